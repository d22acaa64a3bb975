// msw in the browser tests: one worker for a test file; each test sets its handlers with resetHandlers().
import { setupWorker } from 'msw/browser';

export const worker = setupWorker();

export function startWorker(): Promise<unknown> {
  return worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}
