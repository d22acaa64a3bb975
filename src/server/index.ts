/**
 * yoti-elements/server: the companion helper that creates Yoti sessions with the official `yoti`
 * SDK and answers the JSON routes the elements call. Node only.
 */
export type { CallerResolver } from './caller.js';
export {
  ApiError,
  type ErrorContext,
  type ErrorReporter,
  YotiOptionsError,
  YotiSdkMessage,
} from './errors.js';
export { createYotiHandler, type HostCreated, type HostRequest, type YotiHandler } from './handler.js';
export type { IdvSessionSpec } from './idv-spec.js';
export type { LimitOptions } from './limits.js';
export { requestHead, toNodeListener } from './node.js';
export type { IdvOption, ShareOptions, YotiHandlerOptions } from './options.js';
export type { TrustProxy } from './origin.js';
export type { ShareReceiptProfile } from './receipt.js';
export type { CreatedIdvSession } from './sessions/idv-sessions.js';
export type { CreatedShareSession, ShareQrCode } from './sessions/share-sessions.js';
export type {
  ShareApp,
  ShareExtensionJson,
  ShareNotificationJson,
  SharePolicyJson,
  ShareSessionOverrides,
  WantedAttributeJson,
} from './share-options.js';
export {
  MemoryStore,
  type SessionKind,
  type SessionRecord,
  type SharePresentation,
  type StatusEvent,
  type StatusUpdate,
  StoreFullError,
  StoreUnavailableError,
  type YotiStore,
} from './store.js';
export type { IdvCheck, IdvSummary } from './summaries.js';
