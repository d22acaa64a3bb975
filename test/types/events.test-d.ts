// A type test, checked by `npm run typecheck`: the event map gives hosts typed details, and a
// property that does not exist is a compile error (each @ts-expect-error fails the build if unused).
import '../../src/core/events.js';

const el = document.createElement('div');

el.addEventListener('yoti-success', (e) => {
  const receipt: string | undefined = e.detail.receiptId;
  const session: string = e.detail.sessionId;
  // @ts-expect-error a success has no `code`
  void e.detail.code;
  void receipt;
  void session;
});

el.addEventListener('yoti-error', (e) => {
  const retryable: boolean = e.detail.retryable;
  const code: number | string = e.detail.code;
  // @ts-expect-error the message is a string
  const wrong: number = e.detail.message;
  void retryable;
  void code;
  void wrong;
});

el.addEventListener('yoti-close', (e) => {
  const reason: 'close-button' | 'escape' | 'backdrop' | 'success' | 'host' = e.detail.reason;
  void reason;
});

el.addEventListener('yoti-status', (e) => {
  const state: 'ONGOING' | 'COMPLETED' | 'EXPIRED' = e.detail.state;
  // @ts-expect-error checks is an array
  e.detail.checks.toUpperCase();
  void state;
});
