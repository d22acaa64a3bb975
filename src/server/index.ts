/**
 * yoti-elements/server: the companion helper that creates Yoti sessions with the official `yoti`
 * SDK and answers the JSON routes the elements call. Node only.
 */
export { ApiError, YotiOptionsError } from './errors.js';
export { createYotiHandler, type YotiHandler } from './handler.js';
export type { IdvSessionSpec } from './idv-spec.js';
export { toNodeListener } from './node.js';
export type {
  ShareApp,
  ShareOptions,
  SharePolicyJson,
  WantedAttributeJson,
  YotiHandlerOptions,
} from './options.js';
export type { ShareReceiptProfile } from './receipt.js';
export { MemoryStatusStore, type SessionNotification, type StatusStore } from './store.js';
export type { IdvCheck, IdvSummary } from './summaries.js';
