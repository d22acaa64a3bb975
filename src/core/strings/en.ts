/**
 * English strings every element shares (buttons, errors from the helper); each element adds its own
 * table beside it (`src/elements/<name>/strings.ts`). `{name}` marks a value filled in at run time.
 */
export const en = {
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.loading': 'Loading…',
  'error.network': "We couldn't reach the server. Check your connection and try again.",
  'error.timeout': 'The server took too long to answer. Please try again.',
  'error.server': 'Something went wrong on our side. Please try again.',
  'error.badResponse': "The server sent an answer we couldn't read. Please try again.",
  'error.request': 'This request could not be completed.',
  'error.unknown': 'Something went wrong ({code}).',
  'error.rate_limited':
    "You've started several checks in a short time. You can try again in {seconds, plural, one {# second} other {# seconds}}.",
} as const;

export type CoreKey = keyof typeof en;
