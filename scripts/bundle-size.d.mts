export const ENTRIES: Record<'share-button' | 'docscan-frame' | 'idv-status' | 'all three', string>;
export function bundleSize(entry: string): Promise<{ raw: number; gz: number }>;
