export type EntryName = 'share-button' | 'docscan-frame' | 'idv-status' | 'all three';
export const ENTRIES: Record<EntryName, string>;
export const BUDGETS_KB: Record<EntryName, number>;
/** kB: `raw` and `gz` up front, `lazyGz` on demand; `files` loaded up front. */
export function bundleSize(
  entry: string,
): Promise<{ raw: number; gz: number; lazyGz: number; files: number }>;
