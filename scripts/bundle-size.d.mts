export type EntryName = 'share-button' | 'docscan-frame' | 'idv-status' | 'all three';
export const ENTRIES: Record<EntryName, string>;
export const BUDGETS_KB: Record<EntryName, number>;
/** kB: `raw` and `gz` up front, `lazyGz` on demand, `floorGz` the libraries under the entry with an empty element. */
export function bundleSize(
  name: EntryName,
): Promise<{ raw: number; gz: number; lazyGz: number; floorGz: number }>;
