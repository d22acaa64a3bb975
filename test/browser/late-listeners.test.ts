// A framework that hydrates late (SvelteKit, a React effect) attaches its handler after the element
// answered: the first event must still reach it, once, and no listener may hear an event twice.
import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import sinon from 'sinon';
import '../../src/elements/idv-status/define.js';
import type { YotiErrorDetail, YotiStatusDetail } from '../../src/core/events.js';
import type { YotiIdvStatus } from '../../src/elements/idv-status/idv-status.js';
import { startWorker, worker } from '../support/msw.js';
import { macrotask, until } from '../support/real-time.js';

const NOT_FOUND = { error: { code: 'session_not_found', message: 'No such IDV session.' } };
const ONGOING = { sessionId: 's', state: 'ONGOING', outcome: 'PENDING', checks: [] };

describe('events reach a listener attached after the element answered', () => {
  /** What a listener on the document heard as it happened: the event did fire. */
  let heard: string[];
  const onDocument = (event: Event) => heard.push(event.type);

  before(() => startWorker());
  after(() => worker.stop());
  beforeEach(() => {
    heard = [];
    document.addEventListener('yoti-error', onDocument);
    document.addEventListener('yoti-status', onDocument);
  });
  afterEach(() => {
    document.removeEventListener('yoti-error', onDocument);
    document.removeEventListener('yoti-status', onDocument);
    sinon.restore();
  });

  async function answered(answer: 'not-found' | 'ongoing', type: 'yoti-error' | 'yoti-status') {
    worker.resetHandlers(
      http.get('/yoti/idv-sessions/:id', () =>
        answer === 'not-found'
          ? HttpResponse.json(NOT_FOUND, { status: 404 })
          : HttpResponse.json({ ...ONGOING, sessionId: 'late' }),
      ),
    );
    const el = await fixture<YotiIdvStatus>(html`<yoti-idv-status session-id="late"></yoti-idv-status>`);
    await until(() => heard.includes(type), `the first ${type}`);
    return el;
  }

  it('the first yoti-error goes to the handler attached after it, once', async () => {
    const el = await answered('not-found', 'yoti-error');
    const late: YotiErrorDetail[] = [];
    el.addEventListener('yoti-error', (event) => late.push(event.detail));
    expect(late, 'handed over asynchronously, not inside addEventListener').to.have.length(0);
    await until(() => late.length === 1, 'the kept error');
    expect(late[0]).to.include({ code: 'session_not_found', retryable: false });
    const second: unknown[] = [];
    el.addEventListener('yoti-error', (event) => second.push(event));
    for (let i = 0; i < 5; i += 1) await macrotask();
    expect(late, 'once').to.have.length(1);
    expect(second, 'to the first listener only').to.have.length(0);
    expect(
      heard.filter((type) => type === 'yoti-error'),
      'the document heard it once',
    ).to.have.length(1);
  });

  it('the first yoti-status goes to a handler an on… prop adds after it, with the element as target', async () => {
    const el = await answered('ongoing', 'yoti-status');
    const late: Array<{ detail: YotiStatusDetail; target: EventTarget | null }> = [];
    el.addEventListener('yoti-status', (event) => late.push({ detail: event.detail, target: event.target }));
    await until(() => late.length === 1, 'the kept status');
    expect(late[0]?.detail).to.include({ state: 'ONGOING', outcome: 'PENDING' });
    expect(late[0]?.target).to.equal(el);
  });

  it('a listener attached before the answer hears it once, and nobody hears it again', async () => {
    worker.resetHandlers(
      http.get('/yoti/idv-sessions/:id', () => HttpResponse.json(NOT_FOUND, { status: 404 })),
    );
    const early: unknown[] = [];
    const el = document.createElement('yoti-idv-status') as YotiIdvStatus;
    el.setAttribute('session-id', 'early');
    el.addEventListener('yoti-error', (event) => early.push(event.detail));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await until(() => early.length === 1, 'the error');
    const later: unknown[] = [];
    el.addEventListener('yoti-error', (event) => later.push(event.detail));
    for (let i = 0; i < 5; i += 1) await macrotask();
    expect(early, 'no duplicate for the early listener').to.have.length(1);
    expect(later, 'nothing kept: it was heard').to.have.length(0);
  });

  it('a handler removed before the hand-over gets nothing; the one added in its place does (StrictMode)', async () => {
    const el = await answered('not-found', 'yoti-error');
    const first: unknown[] = [];
    const second: unknown[] = [];
    const mounted = (event: Event) => first.push(event);
    el.addEventListener('yoti-error', mounted);
    el.removeEventListener('yoti-error', mounted);
    el.addEventListener('yoti-error', (event) => second.push(event), { once: true });
    await until(() => second.length === 1, 'the kept error, to the handler in place');
    expect(first).to.have.length(0);
  });

  it('an event nobody heard for 10 s is dropped', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['performance'] });
    const el = await fixture<YotiIdvStatus>(html`<yoti-idv-status></yoti-idv-status>`);
    el.dispatchEvent(
      new CustomEvent('yoti-error', { detail: { code: 'x', message: 'x', retryable: false } }),
    );
    clock.tick(10_001);
    const late: unknown[] = [];
    el.addEventListener('yoti-error', (event) => late.push(event));
    for (let i = 0; i < 5; i += 1) await macrotask();
    expect(late).to.have.length(0);
  });
});
