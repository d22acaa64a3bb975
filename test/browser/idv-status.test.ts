import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import sinon from 'sinon';
import '../../src/elements/idv-status/define.js';
import type { YotiStatusDetail } from '../../src/core/events.js';
import type { YotiIdvStatus } from '../../src/elements/idv-status/idv-status.js';
import { startWorker, worker } from '../support/msw.js';
import { macrotask, until } from '../support/real-time.js';

type Answer = Record<string, unknown> | { status: number; body?: unknown } | 'network-error';

const ONGOING = { sessionId: 's1', state: 'ONGOING', outcome: 'PENDING', checks: [] };
const APPROVED = {
  sessionId: 's1',
  state: 'COMPLETED',
  outcome: 'APPROVED',
  checks: [
    { type: 'ID_DOCUMENT_AUTHENTICITY', state: 'DONE', recommendation: { value: 'APPROVE' } },
    { type: 'LIVENESS', state: 'DONE', recommendation: { value: 'APPROVE' } },
    { type: 'ID_DOCUMENT_FACE_MATCH', state: 'DONE', recommendation: { value: 'APPROVE' } },
  ],
};
/** A rejection as a helper with `publicDetail: 'reasons'` hands it over. */
const REJECTED = {
  sessionId: 's1',
  state: 'COMPLETED',
  outcome: 'REJECTED',
  result: 'ABORTED',
  failureReason: 'FRAUD_DETECTED',
  checks: [
    {
      type: 'ID_DOCUMENT_AUTHENTICITY',
      state: 'DONE',
      recommendation: { value: 'REJECT', reason: 'COUNTERFEIT' },
    },
    { type: 'LIVENESS', state: 'DONE', recommendation: { value: 'APPROVE' } },
  ],
};

describe('<yoti-idv-status>', () => {
  let answers: Answer[];
  let requests: number;
  let sessionId = 's0';
  let mounted = 0;
  let pending = new Set<Promise<unknown>>();
  const realFetch = window.fetch;
  let clock: sinon.SinonFakeTimers | undefined;

  before(() => startWorker());
  after(() => worker.stop());

  beforeEach(() => {
    answers = [ONGOING];
    requests = 0;
    const mine = new Set<Promise<unknown>>();
    pending = mine;
    window.fetch = (...args) => {
      const request = realFetch(...args);
      // settled once the answer's body has arrived, as the element reads it
      const answered = request.then((response) => response.clone().text()).catch(() => undefined);
      mine.add(answered);
      answered.then(() => mine.delete(answered));
      return request;
    };
    worker.resetHandlers(
      http.get('/yoti/idv-sessions/:id', ({ params }) => {
        // a straggler from an earlier test's element asks for another session: not counted
        if (params.id !== sessionId)
          return HttpResponse.json({ error: { code: 'other_test' } }, { status: 410 });
        requests += 1;
        const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
        if (answer === 'network-error') return HttpResponse.error();
        if ('status' in answer && typeof answer.status === 'number') {
          return HttpResponse.json(
            answer.body ?? { error: { code: `http_${answer.status}`, message: 'x' } },
            { status: answer.status },
          );
        }
        return HttpResponse.json(answer);
      }),
    );
  });

  afterEach(() => {
    window.fetch = realFetch;
    clock?.restore();
    clock = undefined;
  });

  async function mount(attrs = '') {
    const statuses: YotiStatusDetail[] = [];
    const errors: unknown[] = [];
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mounted += 1;
    sessionId = `s${mounted}`;
    const el = await fixture<YotiIdvStatus>(
      html`<yoti-idv-status session-id=${sessionId} poll-interval="1000" locale=${attrs || 'en'}></yoti-idv-status>`,
    );
    el.addEventListener('yoti-status', (e) => statuses.push(e.detail));
    el.addEventListener('yoti-error', (e) => errors.push(e.detail));
    return { el, statuses, errors };
  }

  /** Lets every request in flight answer and its answer be handled, in no fake time. */
  async function settle() {
    await until(() => pending.size === 0, 'requests in flight');
    for (let i = 0; i < 5; i += 1) await macrotask();
    await clock!.tickAsync(0);
  }

  /** Advances fake time by `ms`, a step at a time, letting each poll's request complete in no time. */
  async function advance(ms: number, step = 250) {
    await settle();
    for (let elapsed = 0; elapsed < ms; elapsed += step) {
      await clock!.tickAsync(step);
      await settle();
    }
  }

  /** axe schedules its work with setTimeout: it runs on real timers. */
  async function accessible(el: YotiIdvStatus) {
    clock?.restore();
    clock = undefined;
    await expect(el).to.be.accessible();
  }

  const text = (el: YotiIdvStatus) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

  it('shows a loading state, then the session in progress', async () => {
    const { el, statuses } = await mount();
    expect(text(el)).to.contain('Checking your verification');
    await until(() => statuses.length === 1, 'the first status');
    await el.updateComplete;
    expect(statuses[0]).to.deep.equal({ state: 'ONGOING', outcome: 'PENDING', checks: [] });
    expect(el.shadowRoot!.querySelector('[part~="outcome"]')!.className).to.contain('PENDING');
    expect(text(el)).to.contain('Checking your documents');
    expect(text(el)).to.contain('This page updates by itself');
    await accessible(el);
  });

  it("tells the capture's progress: nothing is being checked before it is all sent, then it is", async () => {
    const capturing = (document: boolean, face: boolean, submitted: boolean) => ({
      ...ONGOING,
      progress: { document, face, submitted },
    });
    answers = [capturing(true, false, false), capturing(true, true, true)];
    const { el, statuses } = await mount();
    await until(() => statuses.length === 1, 'the first status');
    await el.updateComplete;
    expect(statuses[0]?.progress).to.deep.equal({ document: true, face: false, submitted: false });
    const outcome = () =>
      el.shadowRoot!.querySelector('[part~="outcome"]')!.textContent!.replace(/\s+/g, ' ');
    expect(outcome()).to.contain('Identity check in progress');
    expect(outcome()).to.contain("Your documents haven't been sent yet.");
    expect(outcome()).not.to.contain('Checking your documents');
    const steps = () =>
      [...el.shadowRoot!.querySelectorAll('[part="progress"] li')].map(
        (li) =>
          `${li.querySelector('[role="img"]')!.getAttribute('aria-label')}: ${li.textContent!.replace(/[✓\s]+/g, ' ').trim()}`,
      );
    expect(steps()).to.deep.equal([
      'Done: Document captured',
      'Not yet: Face captured',
      'Not yet: Sent for checking',
    ]);
    await advance(1000);
    await until(() => statuses.length === 2, 'the next status');
    await el.updateComplete;
    expect(outcome()).to.contain('Checking your documents');
    expect(steps()).to.deep.equal([
      'Done: Document captured',
      'Done: Face captured',
      'Done: Sent for checking',
    ]);
    await accessible(el);
  });

  it('follows ONGOING -> COMPLETED with one event per change, then stops polling', async () => {
    answers = [ONGOING, ONGOING, ONGOING, APPROVED];
    const { el, statuses } = await mount();
    await until(() => requests === 1, 'the first poll');
    await advance(10_000);
    expect(requests).to.equal(4);
    expect(statuses.map((s) => s.state)).to.deep.equal(['ONGOING', 'COMPLETED']);
    // What the last event said stays readable, for a listener that came late.
    expect(el.status).to.deep.equal(statuses.at(-1));
    expect(el.lastError).to.equal(undefined);
    expect(el.following).to.equal(false);
    await el.updateComplete;
    const checks = [...el.shadowRoot!.querySelectorAll('[part="check"]')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(checks).to.deep.equal(['Document authenticity Passed', 'Liveness Passed', 'Face match Passed']);
    expect(el.shadowRoot!.querySelector('[part~="outcome"]')!.textContent).to.contain('Identity verified');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Verification status: Identity verified.',
    );
    await accessible(el);
  });

  it('shows a rejected result with its failure reason and each recommendation with its reason', async () => {
    answers = [REJECTED];
    const { el, statuses } = await mount();
    await until(() => statuses.length === 1, 'the status');
    await el.updateComplete;
    expect(statuses[0]).to.deep.equal({
      state: 'COMPLETED',
      outcome: 'REJECTED',
      result: 'ABORTED',
      failureReason: 'FRAUD_DETECTED',
      checks: REJECTED.checks,
    });
    const result = el.shadowRoot!.querySelector('[part~="result"]')!;
    expect(result.textContent).to.contain("We couldn't verify your identity");
    expect(result.textContent).to.contain('Possible fraud was detected.');
    expect(text(el)).to.contain('Not passed');
    expect(text(el)).to.contain('Reason: Counterfeit');
    await accessible(el);
  });

  it('tells a rejection as the helper hands it over by default: in the danger colour, no reason, never "Completed", with the host\'s next step', async () => {
    answers = [
      {
        sessionId: 's1',
        state: 'COMPLETED',
        outcome: 'REJECTED',
        checks: [
          { type: 'ID_DOCUMENT_AUTHENTICITY', state: 'DONE', recommendation: { value: 'REJECT' } },
          { type: 'LIVENESS', state: 'DONE', recommendation: { value: 'APPROVE' } },
        ],
      },
    ];
    const { el, statuses } = await mount();
    const next = document.createElement('a');
    next.slot = 'next-step';
    next.href = '/try-again';
    next.textContent = 'Try another way';
    el.append(next);
    await until(() => statuses.length === 1, 'the status');
    await el.updateComplete;
    const banner = el.shadowRoot!.querySelector<HTMLElement>('[part~="outcome"]')!;
    expect(banner.classList.contains('REJECTED')).to.equal(true);
    // The danger colour (red), not the success one.
    const [red, green, blue] = (getComputedStyle(banner).color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    expect(red, 'red').to.be.above((green ?? 0) * 2);
    expect(red, 'red').to.be.above((blue ?? 0) * 2);
    expect(banner.textContent).to.contain("We couldn't verify your identity");
    expect(text(el)).not.to.match(/Completed|Counterfeit|Reason/);
    const slot = banner.querySelector<HTMLSlotElement>('slot[name="next-step"]')!;
    expect(slot.assignedElements()).to.deep.equal([next]);
    await accessible(el);
  });

  it('shows a verified result, an aborted one for a missing document, and an expired session', async () => {
    for (const [answer, expected] of [
      [{ ...APPROVED, result: 'DONE' }, 'Identity verified'],
      [{ ...APPROVED, outcome: 'REVIEW' }, 'Your documents are being reviewed'],
      [
        {
          sessionId: 's1',
          state: 'COMPLETED',
          outcome: 'REJECTED',
          result: 'ABORTED',
          failureReason: 'MANDATORY_DOCUMENT_COULD_NOT_BE_PROVIDED',
          checks: [],
        },
        'A required document could not be provided.',
      ],
      [{ sessionId: 's1', state: 'EXPIRED', outcome: 'EXPIRED', checks: [] }, 'This verification expired'],
      [
        {
          sessionId: 's1',
          state: 'COMPLETED',
          outcome: 'REJECTED',
          result: 'ABORTED',
          failureReason: 'SOMETHING_NEW',
          checks: [{ type: 'NEW_CHECK', state: 'DONE' }],
        },
        'Something new',
      ],
    ] as const) {
      answers = [answer];
      const { el, statuses } = await mount();
      await until(() => statuses.length === 1, 'the status');
      await el.updateComplete;
      expect(text(el)).to.contain(expected);
      await accessible(el);
    }
  });

  it('backs off on failures, recovers, and fires no event while the status is unchanged', async () => {
    answers = [ONGOING, 'network-error', 'network-error', { status: 503 }, ONGOING, APPROVED];
    const { el, statuses, errors } = await mount();
    await until(() => requests === 1, 'the first poll');
    // failures wait 2 s, 4 s, 8 s (interval 1 s doubled each time, jitter within ±25 %)
    await advance(1000);
    expect(requests).to.equal(2);
    await advance(1250);
    expect(requests).to.equal(2);
    await advance(30_000);
    expect(requests).to.equal(6);
    expect(errors).to.deep.equal([]);
    expect(statuses.map((s) => s.state)).to.deep.equal(['ONGOING', 'COMPLETED']);
    expect(el.following).to.equal(false);
  });

  it('after 5 failures in a row, shows an error with a retry and fires yoti-error once', async () => {
    answers = ['network-error'];
    const { el, errors } = await mount();
    await advance(120_000, 1000);
    expect(requests).to.equal(5);
    expect(errors).to.deep.equal([
      {
        code: 'network_error',
        message:
          "We couldn't get the status of this verification. We couldn't reach the server. Check your connection and try again.",
        retryable: true,
      },
    ]);
    expect(el.lastError).to.deep.equal(errors[0]);
    await el.updateComplete;
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    await accessible(el);
    answers = [APPROVED];
    retry.click();
    await until(() => requests === 6, 'the retry');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('stops at once on an unknown session (404)', async () => {
    answers = [
      { status: 404, body: { error: { code: 'session_not_found', message: 'No such IDV session.' } } },
    ];
    const { errors } = await mount();
    await advance(60_000, 1000);
    expect(requests).to.equal(1);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'session_not_found', retryable: false });
  });

  it('treats a malformed answer as an error, rendering nothing from it', async () => {
    answers = [{ status: 200, body: { state: '<img src=x onerror=alert(1)>', checks: [] } }];
    const { el, errors } = await mount();
    await advance(60_000, 1000);
    expect(errors[0]).to.include({ code: 'bad_response' });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('makes no request while the page is hidden', async () => {
    const { statuses } = await mount();
    await until(() => statuses.length === 1, 'the first status');
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      await advance(60_000, 1000);
      expect(requests).to.equal(1);
    } finally {
      Object.defineProperty(document, 'visibilityState', hidden);
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => requests === 2, 'a poll once visible');
  });

  it('makes no request after it is removed, and leaves no timer', async () => {
    const { el, statuses } = await mount();
    await until(() => statuses.length === 1, 'the first status');
    el.remove();
    await advance(60_000, 1000);
    expect(requests).to.equal(1);
    expect(clock!.countTimers()).to.equal(0);
  });

  it('speaks French', async () => {
    answers = [REJECTED];
    const { el, statuses } = await mount('fr');
    await until(() => statuses.length === 1, 'the status');
    await el.updateComplete;
    expect(text(el)).to.contain('Nous n’avons pas pu vérifier votre identité');
    expect(text(el)).to.contain('Authenticité du document');
    expect(text(el)).to.contain('Non réussi');
  });
});
