export type EntryName = 'share-button' | 'docscan-frame' | 'idv-status' | 'all three';
export const ENTRIES: Record<EntryName, string>;
export const BUDGETS_KB: Record<EntryName, number>;
/**
 * kB: `raw` and `gz` up front; `onDemand` gzipped, by what it holds (the French strings, floating-ui
 * for the share panel's popover); `floorGz` the libraries loaded up front, with an empty element.
 */
export function bundleSize(name: EntryName): Promise<{
  raw: number;
  gz: number;
  onDemand: { French: number; 'floating-ui': number; other?: number } & Record<string, number>;
  floorGz: number;
}>;
