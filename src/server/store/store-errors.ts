/** The store cannot be reached (Redis is down, say): the helper answers 503, and the browser tries again. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** The memory store is full of entries that have not expired: it refuses new ones (503) rather than drop any. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
}
