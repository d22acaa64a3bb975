/** A plain JSON object (not null, not an array): the one check every untrusted input starts with. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
