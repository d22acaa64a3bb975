/** How a wait grows after failures: multiplied each time, capped, and spread so clients don't retry in step. */
export interface BackoffOptions {
  /** The longest wait, ms. Default 30 s. */
  max?: number;
  /** Each failure in a row multiplies the wait by this. Default 2. */
  factor?: number;
  /** The share of the wait that is randomised, either way. Default 0.25. */
  jitter?: number;
  random?: () => number;
}

/**
 * The elements' one backoff: the wait after `failures` failures in a row, from `base` ms, grown by
 * `factor` each time up to `max`, then jittered (so that many pages that lost the helper at once do
 * not come back at the same moment).
 */
export function backoff(
  base: number,
  failures: number,
  { max = 30_000, factor = 2, jitter = 0.25, random = Math.random }: BackoffOptions = {},
): number {
  const wait = Math.min(max, base * factor ** failures);
  return Math.round(wait * (1 - jitter + jitter * 2 * random()));
}
