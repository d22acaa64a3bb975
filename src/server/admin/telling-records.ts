import { type RecordChange, rowOf, type YotiRecords } from '../store/records.js';

/**
 * Records that cannot tell their changes themselves (a host's database without `follow`): every
 * change made through this process is told to `tell`, after it is stored.
 */
export function telling(records: YotiRecords, tell: (change: RecordChange) => void): YotiRecords {
  return {
    create: async (record) => {
      await records.create(record);
      tell({ row: rowOf(record) });
    },
    update: async (sessionId, patch, audit) => {
      const updated = await records.update(sessionId, patch, audit);
      if (updated) tell({ row: rowOf(updated) });
      return updated;
    },
    delete: async (sessionId) => {
      const deleted = await records.delete(sessionId);
      if (deleted) tell({ deleted: sessionId });
      return deleted;
    },
    list: (query) => records.list(query),
    get: (sessionId) => records.get(sessionId),
    putLink: (link) => records.putLink(link),
    getLink: (linkId) => records.getLink(linkId),
    claimLink: (linkId, caller) => records.claimLink(linkId, caller),
    updateLink: (linkId, patch) => records.updateLink(linkId, patch),
    due: records.due?.bind(records),
    usage: records.usage?.bind(records),
  };
}
