import { StoreFullError } from '../core/errors.js';
import {
  type AuditEntry,
  checkRecord,
  type DueQuery,
  type IdvLink,
  type IdvRecord,
  isDue,
  pageOf,
  type RecordChange,
  type RecordPage,
  type RecordPatch,
  type RecordQuery,
  rowOf,
  sortKey,
  type YotiRecords,
} from './records.js';

/** Where `key` goes in `keys` (sorted newest first, that is descending): the first place whose key is not above it. */
function placeOf(keys: string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] as string) > key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The records in this process's memory, bounded: the default. The list's order is kept as sorted
 * keys (sortKey, newest first), each change placed by binary search, so that an insert costs
 * O(log n) comparisons at 100,000 records rather than a pass over them all; a search still reads
 * every record in order (it matches anywhere in a name or email), which a small site can afford.
 */
export class MemoryRecords implements YotiRecords {
  readonly #records = new Map<string, IdvRecord>();
  readonly #links = new Map<string, IdvLink>();
  /** sortKey of every record, newest first. */
  readonly #order: string[] = [];
  readonly #listeners = new Set<(change: RecordChange) => void>();

  constructor(readonly capacity = 100_000) {}

  #tell(change: RecordChange): void {
    for (const listener of this.#listeners) listener(structuredClone(change));
  }

  #unlist(record: IdvRecord): void {
    const key = sortKey(record);
    const at = placeOf(this.#order, key);
    if (this.#order[at] === key) this.#order.splice(at, 1);
  }

  async create(record: IdvRecord): Promise<void> {
    checkRecord(record);
    const old = this.#records.get(record.sessionId);
    if (!old && this.#records.size >= this.capacity) {
      // Records are kept until deleted; a full store refuses rather than forget someone's.
      throw new StoreFullError(`the memory records hold ${this.capacity} sessions`);
    }
    if (old) this.#unlist(old);
    this.#records.set(record.sessionId, structuredClone(record));
    const key = sortKey(record);
    this.#order.splice(placeOf(this.#order, key), 0, key);
    this.#tell({ row: rowOf(record) });
  }

  async get(sessionId: string): Promise<IdvRecord | undefined> {
    const record = this.#records.get(sessionId);
    return record && structuredClone(record);
  }

  async update(sessionId: string, patch: RecordPatch, audit?: AuditEntry): Promise<IdvRecord | undefined> {
    const record = this.#records.get(sessionId);
    if (!record) return undefined;
    Object.assign(record, structuredClone(patch));
    if (audit) record.audit.push({ ...audit });
    this.#tell({ row: rowOf(record) });
    return structuredClone(record);
  }

  async delete(sessionId: string): Promise<boolean> {
    const record = this.#records.get(sessionId);
    if (!record) return false;
    this.#records.delete(sessionId);
    this.#unlist(record);
    this.#tell({ deleted: sessionId });
    return true;
  }

  /** The records in the list's order, from just after `cursor` (a sortKey) when there is one. */
  *#from(cursor: string | undefined): Generator<IdvRecord> {
    const start = cursor === undefined ? 0 : placeOf(this.#order, cursor);
    for (let at = start; at < this.#order.length; at += 1) {
      const key = this.#order[at] as string;
      if (key === cursor) continue;
      const record = this.#records.get(key.slice(16));
      if (record) yield record;
    }
  }

  async list(query: RecordQuery): Promise<RecordPage> {
    return structuredClone(pageOf(this.#from(query.cursor), query));
  }

  async due(query: DueQuery): Promise<string[]> {
    const due: IdvRecord[] = [];
    for (const record of this.#records.values()) if (isDue(record, query)) due.push(record);
    const key = (record: IdvRecord) => (query.kind === 'media' ? record.completedAt : record.createdAt) ?? '';
    return due
      .sort((a, b) => key(a).localeCompare(key(b)))
      .slice(0, query.limit)
      .map((record) => record.sessionId);
  }

  usage(): { size: number; capacity: number } {
    return { size: this.#records.size, capacity: this.capacity };
  }

  async putLink(link: IdvLink): Promise<void> {
    if (this.#links.size >= this.capacity) {
      const now = Date.now();
      for (const [id, kept] of this.#links) if (kept.expiresAt <= now) this.#links.delete(id);
    }
    this.#links.set(link.linkId, structuredClone(link));
  }

  async getLink(linkId: string): Promise<IdvLink | undefined> {
    const link = this.#links.get(linkId);
    return link && structuredClone(link);
  }

  async claimLink(linkId: string, caller: string): Promise<IdvLink | undefined> {
    const link = this.#links.get(linkId);
    if (link && link.caller === undefined) link.caller = caller;
    return link && structuredClone(link);
  }

  async updateLink(linkId: string, patch: Pick<Partial<IdvLink>, 'session' | 'revokedAt'>): Promise<void> {
    const link = this.#links.get(linkId);
    if (link) Object.assign(link, structuredClone(patch));
  }

  async follow(listener: (change: RecordChange) => void): Promise<() => void> {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
