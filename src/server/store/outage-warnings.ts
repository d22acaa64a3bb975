/**
 * A shared store's default `onError` (Redis, Postgres): one `console.warn` an outage, naming the store,
 * never one a failed call; `recovered()` arms it again once the store answers. Given the host's own
 * `onError`, every error goes there instead.
 */
export function outageWarnings(
  store: string,
  onError?: (error: Error) => void,
): { report: (error: Error) => void; recovered: () => void } {
  let warned = false;
  const warnOnce = (error: Error) => {
    if (warned) return;
    warned = true;
    console.warn(`yoti-elements/server/${store}: ${error.message}`);
  };
  return {
    report: onError ?? warnOnce,
    recovered: () => {
      warned = false;
    },
  };
}
