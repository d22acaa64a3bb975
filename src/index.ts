/**
 * yoti-elements: the element classes and their types, with no side effects (nothing is
 * registered). Import `yoti-elements/define` to register all the tags, or one tag's entry.
 */
export { define } from './core/define.js';
export type {
  IdvCheckSummary,
  IdvOutcome,
  IdvProgress,
  IdvRecommendation,
  IdvResult,
  IdvState,
  PreflightOffer,
  PreflightProblem,
  YotiCloseDetail,
  YotiCloseReason,
  YotiErrorCode,
  YotiErrorDetail,
  YotiEventDetails,
  YotiEventName,
  YotiFrameEventDetail,
  YotiPreflightDetail,
  YotiStatusDetail,
  YotiSuccessDetail,
} from './core/events.js';
export { registerLocale, type Table, type Translations } from './core/strings.js';
export { VERSION } from './core/version.js';
export type { DocScanSession, DocScanSessionResolver } from './elements/docscan-frame/docscan-api.js';
export { YotiDocScanFrame } from './elements/docscan-frame/docscan-frame.js';
export { YotiIdvStatus } from './elements/idv-status/idv-status.js';
export type {
  ShareApp,
  ShareQrCode,
  ShareSessionIdResolver,
  ShareStatus,
  WantedAttribute,
} from './elements/share-button/share-api.js';
export { YotiShareButton } from './elements/share-button/share-button.js';
