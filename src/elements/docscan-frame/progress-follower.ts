import type { ReactiveControllerHost } from 'lit';
import type { IdvProgress } from '../../core/events.js';
import {
  fetchSummary,
  isTerminal,
  parseSummary,
  type SessionSummary,
  summaryEventsUrl,
} from '../../core/idv-summary.js';
import { SessionStatusController } from '../../core/session-status-controller.js';

/**
 * Follows how far the person has come (on this device or a phone) through the helper's
 * `GET /idv-sessions/:id` and its stream, while the frame runs: the stream at once when the
 * session is live (the helper said so when it made it), else polls, which may find it live. It
 * stops once everything is sent, on the frame's end, or after five failures in a row, quietly:
 * the progress is a courtesy, the frame goes on without it. Returns the way to stop it.
 */
export function followProgress(
  host: ReactiveControllerHost,
  endpoint: string,
  { sessionId, live: streams = false }: { sessionId: string; live?: boolean },
  onProgress: (progress: IdvProgress) => void,
): () => void {
  let live = streams;
  const follower = new SessionStatusController<SessionSummary>(host, {
    read: (signal) => fetchSummary(endpoint, sessionId, signal),
    streamUrl: () => (live ? summaryEventsUrl(endpoint, sessionId) : undefined),
    parse: parseSummary,
    isTerminal: (state) => isTerminal(state) || state.summary.progress?.submitted === true,
    interval: () => 5000,
    onState: ({ summary, live: streamed }) => {
      live = streamed;
      if (summary.progress) onProgress(summary.progress);
    },
    retryable: () => true,
    onFailure: () => undefined,
  });
  follower.start();
  return () => {
    follower.stop();
    host.removeController(follower);
  };
}
