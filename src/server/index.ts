/**
 * yoti-elements/server: the companion helper that creates Yoti sessions with the official `yoti`
 * SDK and answers the JSON routes the elements call. Node only.
 */

export type { Permission, StaffMember } from '../shared/back-office.js';
/** The language the elements would speak for `wanted` (Accept-Language's order), and its direction: for a page's `lang` and `dir`. */
export { isRightToLeft, LOCALES, match as matchLocale } from '../shared/locales.js';
export {
  type FastifyInstanceLike,
  type FastifyPluginOptions,
  toFastifyPlugin,
} from './adapters/fastify.js';
export { type NextRoute, toNextRoute } from './adapters/next.js';
export { type NodeListenerOptions, requestHead, toNodeListener } from './adapters/node.js';
export { type SvelteKitEvent, type SvelteKitRoute, toSvelteKitRoute } from './adapters/sveltekit.js';
export type { SessionDetail } from './admin/back-office.js';
export type { CreatedLink, LinkInput } from './admin/links.js';
export type { AdminApi } from './admin/mount.js';
export type { SweepResult } from './admin/retention.js';
export type { ReviewCheck, ReviewIdentityProfile, ReviewMedia } from './admin/session-review.js';
export {
  AdminUnauthenticated,
  ApiError,
  type ApiErrorOptions,
  type ErrorContext,
  type ErrorReporter,
  InvalidRecordError,
  StoreFullError,
  StoreUnavailableError,
  YotiOptionsError,
  YotiSdkMessage,
} from './core/errors.js';
export { createYotiHandler, type HostCreated, type HostRequest, type YotiHandler } from './handler.js';
export type { CallerResolver } from './http/caller.js';
export type { LimitOptions } from './http/limits.js';
export { type TrustProxy, withClientAddress } from './http/origin.js';
export type { Staff } from './http/router.js';
export type {
  AdminOptions,
  LinkOptions,
  RetentionOptions,
  StaffIdentity,
} from './options/admin-options.js';
export type { IdvOption, IdvPublicDetail, PublicDetail } from './options/idv-options.js';
export type { IdvSessionSpec } from './options/idv-spec.js';
export type { ShareOptions, YotiHandlerOptions } from './options/resolve-options.js';
export type {
  ShareApp,
  ShareExtensionJson,
  ShareNotificationJson,
  SharePolicyJson,
  ShareSessionOverrides,
  WantedAttributeJson,
} from './options/share-options.js';
export type { CreatedIdvSession } from './sessions/idv-sessions.js';
export type { ShareReceiptProfile } from './sessions/receipt.js';
export type { CreatedShareSession, ShareQrCode } from './sessions/share-sessions.js';
export type { IdvCheck, IdvSummary, PublicSummary } from './sessions/summaries.js';
export { MemoryRecords } from './store/memory-records.js';
export type {
  AuditEntry,
  Decision,
  DueQuery,
  IdvLink,
  IdvRecord,
  IdvRecordRow,
  Outcome,
  RecordChange,
  RecordPage,
  RecordPatch,
  RecordQuery,
  YotiRecords,
} from './store/records.js';
export {
  MemoryStore,
  type SessionKind,
  type SessionRecord,
  type SharePresentation,
  type StatusEvent,
  type StatusUpdate,
  type YotiStore,
} from './store/store.js';
