import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { IdvProgress } from '../../core/events.js';
import {
  fetchSummary,
  isTerminal,
  parseSummary,
  type SessionSummary,
  summaryEventsUrl,
} from '../../core/idv-summary.js';
import { lastStepDone, progressSteps } from '../../core/progress-steps.js';
import { SessionStatusController } from '../../core/session-status-controller.js';
import type { progressStrings } from '../../core/strings/progress.js';

type ProgressKey = keyof typeof progressStrings;

/**
 * How far the person has come (on this device or a phone), followed through the helper's
 * `GET /idv-sessions/:id` and its stream while the frame runs: the stream at once when the session
 * is live (the helper said so when it made it), else polls, which may find it live. It stops once
 * everything is sent, on the frame's end, or after five failures in a row, quietly: the progress is
 * a courtesy, the frame goes on without it. Each step done is announced.
 */
export class ProgressFollower implements ReactiveController {
  progress?: IdvProgress;
  #follower?: SessionStatusController<SessionSummary>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly announce: (key: ProgressKey) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Follows `session` through the helper at `endpoint` (once: a second call while following does nothing). */
  follow(
    endpoint: string,
    { sessionId, live: streams = false }: { sessionId: string; live?: boolean },
  ): void {
    if (this.#follower) return;
    let live = streams;
    this.#follower = new SessionStatusController<SessionSummary>(this.host, {
      read: (signal) => fetchSummary(endpoint, sessionId, signal),
      streamUrl: () => (live ? summaryEventsUrl(endpoint, sessionId) : undefined),
      parse: parseSummary,
      isTerminal: (state) => isTerminal(state) || state.summary.progress?.submitted === true,
      interval: () => 5000,
      onState: ({ summary, live: streamed }) => {
        live = streamed;
        if (summary.progress) this.#onProgress(summary.progress);
      },
      retryable: () => true,
      onFailure: () => undefined,
    });
    this.#follower.start();
  }

  stop(): void {
    this.#follower?.stop();
    if (this.#follower) this.host.removeController(this.#follower);
    this.#follower = undefined;
  }

  #onProgress(progress: IdvProgress): void {
    const before = this.progress;
    this.progress = progress;
    const step = lastStepDone(progress);
    if (step && (!before || step !== lastStepDone(before))) this.announce(step);
    this.host.requestUpdate();
  }

  /** The steps, once one is done (or, `waiting` for a phone, before). */
  steps(t: (key: ProgressKey) => string, waiting: boolean): TemplateResult | typeof import('lit').nothing {
    return progressSteps(this.progress, t, { waiting });
  }
}
