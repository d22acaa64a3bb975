import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { PollController, type PollOptions, type VisibilitySource } from '../../src/core/poll-controller.js';
import { MAX_FAILURES, SessionStatusController } from '../../src/core/session-status-controller.js';

class FakeVisibility extends EventTarget implements VisibilitySource {
  visibilityState: DocumentVisibilityState = 'visible';
  set(state: DocumentVisibilityState) {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

class PollHost extends LitElement {}
customElements.define('poll-host', PollHost);

interface Answer {
  state: 'ONGOING' | 'COMPLETED';
}

describe('PollController', () => {
  let clock: sinon.SinonFakeTimers;
  let host: PollHost;
  let visibility: FakeVisibility;
  let answers: Array<Answer | Error>;
  let requests: number;
  let results: Answer[];
  let errors: number[];

  function poller(overrides: Partial<PollOptions<Answer>> = {}) {
    return new PollController<Answer>(host, {
      task: async () => {
        requests += 1;
        const next = answers.length > 1 ? answers.shift()! : answers[0]!;
        if (next instanceof Error) throw next;
        return next;
      },
      onResult: (result) => results.push(result),
      onError: (_error, inARow) => errors.push(inARow),
      isTerminal: (result) => result.state === 'COMPLETED',
      interval: () => 1000,
      random: () => 0.5,
      visibility,
      ...overrides,
    });
  }

  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    host = document.createElement('poll-host') as PollHost;
    visibility = new FakeVisibility();
    answers = [{ state: 'ONGOING' }];
    requests = 0;
    results = [];
    errors = [];
  });

  afterEach(() => {
    host.remove();
    clock.restore();
  });

  it('polls at once, then once per interval', async () => {
    const poll = poller();
    document.body.append(host);
    poll.start();
    await clock.tickAsync(0);
    expect(requests).to.equal(1);
    await clock.tickAsync(999);
    expect(requests).to.equal(1);
    await clock.tickAsync(1);
    expect(requests).to.equal(2);
    await clock.tickAsync(10_000);
    expect(requests).to.equal(12);
  });

  it('stops on a terminal answer and makes no request after it', async () => {
    answers = [{ state: 'ONGOING' }, { state: 'ONGOING' }, { state: 'COMPLETED' }];
    const poll = poller();
    document.body.append(host);
    poll.start();
    await clock.tickAsync(60_000);
    expect(requests).to.equal(3);
    expect(results.map((r) => r.state)).to.deep.equal(['ONGOING', 'ONGOING', 'COMPLETED']);
    expect(poll.active).to.equal(false);
  });

  it('backs off exponentially after failures, capped, and returns to the interval after a success', async () => {
    answers = [
      new Error('1'),
      new Error('2'),
      new Error('3'),
      new Error('4'),
      new Error('5'),
      new Error('6'),
      { state: 'ONGOING' },
    ];
    const poll = poller({ max: 10_000 });
    document.body.append(host);
    poll.start();
    // With random() = 0.5 the jitter is neutral: waits are 2 s, 4 s, 8 s, 10 s (capped), 10 s, 10 s.
    for (const [wait, expected] of [
      [0, 1],
      [1999, 1],
      [1, 2],
      [4000, 3],
      [8000, 4],
      [10_000, 5],
      [10_000, 6],
      [10_000, 7],
    ] as const) {
      await clock.tickAsync(wait);
      expect(requests, `after ${Date.now()} ms`).to.equal(expected);
    }
    expect(requests).to.equal(7);
    expect(errors).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(poll.failures).to.equal(0);
    await clock.tickAsync(1000);
    expect(requests).to.equal(8);
  });

  it('spreads backoff waits with jitter', async () => {
    answers = [new Error('down')];
    const low = poller({ random: () => 0 });
    document.body.append(host);
    low.start();
    await clock.tickAsync(0);
    expect(requests).to.equal(1);
    // First failure: 2 s backoff, jitter 25 % with random() = 0 -> 1.5 s.
    await clock.tickAsync(1499);
    expect(requests).to.equal(1);
    await clock.tickAsync(1);
    expect(requests).to.equal(2);
  });

  it('stops when its host gives up in onError (after 3 failures in a row here)', async () => {
    answers = [new Error('down')];
    const poll: PollController<Answer> = poller({
      onError: (_error, inARow) => {
        if (inARow >= 3) poll.stop();
      },
    });
    document.body.append(host);
    poll.start();
    await clock.tickAsync(120_000);
    expect(requests).to.equal(3);
    expect(poll.active).to.equal(false);
  });

  it('makes no request while the page is hidden, and polls at once when it is shown again', async () => {
    const poll = poller();
    document.body.append(host);
    poll.start();
    await clock.tickAsync(0);
    expect(requests).to.equal(1);
    visibility.set('hidden');
    await clock.tickAsync(600_000);
    expect(requests).to.equal(1);
    visibility.set('visible');
    await clock.tickAsync(0);
    expect(requests).to.equal(2);
    await clock.tickAsync(1000);
    expect(requests).to.equal(3);
  });

  it('does not start while hidden', async () => {
    visibility.visibilityState = 'hidden';
    const poll = poller();
    document.body.append(host);
    poll.start();
    await clock.tickAsync(10_000);
    expect(requests).to.equal(0);
    visibility.set('visible');
    await clock.tickAsync(0);
    expect(requests).to.equal(1);
  });

  it('stops on disconnect, aborting the request in flight, and resumes when reconnected', async () => {
    let signal: AbortSignal | undefined;
    const poll = poller({
      task: (s) => {
        requests += 1;
        signal = s;
        return new Promise<Answer>((resolve) => setTimeout(() => resolve({ state: 'ONGOING' }), 500));
      },
    });
    document.body.append(host);
    poll.start();
    await clock.tickAsync(100);
    host.remove();
    expect(signal?.aborted).to.equal(true);
    await clock.tickAsync(600_000);
    expect(requests).to.equal(1);
    expect(results).to.have.length(0);
    expect(clock.countTimers()).to.equal(0);
    document.body.append(host);
    await clock.tickAsync(0);
    expect(requests).to.equal(2);
    expect(poll.active).to.equal(true);
  });

  it('keeps at most one request in flight, however often it is asked to poll', async () => {
    let inFlight = 0;
    let most = 0;
    const poll = poller({
      task: async () => {
        requests += 1;
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 3000));
        inFlight -= 1;
        return { state: 'ONGOING' };
      },
    });
    document.body.append(host);
    poll.start();
    poll.start();
    visibility.set('hidden');
    visibility.set('visible');
    await clock.tickAsync(10_000);
    expect(most).to.equal(1);
  });

  it('stop() ends polling and leaves no timer', async () => {
    const poll = poller();
    document.body.append(host);
    poll.start();
    await clock.tickAsync(0);
    poll.stop();
    await clock.tickAsync(60_000);
    expect(requests).to.equal(1);
    expect(clock.countTimers()).to.equal(0);
  });
});

describe('SessionStatusController', () => {
  let clock: sinon.SinonFakeTimers;
  let host: PollHost;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    host = document.createElement('poll-host') as PollHost;
  });
  afterEach(() => {
    host.remove();
    clock.restore();
  });

  function follower(retryable: boolean) {
    const seen = { reads: 0, retrying: [] as number[], failures: [] as unknown[] };
    const status = new SessionStatusController<Answer>(host, {
      read: async () => {
        seen.reads += 1;
        throw new Error('down');
      },
      streamUrl: () => undefined,
      parse: (data) => data as Answer,
      isTerminal: (answer) => answer.state === 'COMPLETED',
      interval: () => 1000,
      visibility: new FakeVisibility(),
      onState: () => {},
      retryable: () => retryable,
      onRetrying: (_error, failures) => seen.retrying.push(failures),
      onFailure: (error) => seen.failures.push(error),
    });
    return { status, seen };
  }

  it(`stops after ${MAX_FAILURES} failures in a row, once, and says so`, async () => {
    const { status, seen } = follower(true);
    document.body.append(host);
    status.start();
    await clock.tickAsync(300_000);
    expect(seen.reads).to.equal(5);
    expect(seen.retrying).to.deep.equal([1, 2, 3, 4]);
    expect(seen.failures).to.have.length(1);
    expect(status.following).to.equal(false);
  });

  it('stops at once on a failure that trying again cannot help', async () => {
    const { status, seen } = follower(false);
    document.body.append(host);
    status.start();
    await clock.tickAsync(60_000);
    expect(seen.reads).to.equal(1);
    expect(seen.failures).to.have.length(1);
    expect(status.following).to.equal(false);
  });
});
