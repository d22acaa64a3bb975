/**
 * yoti-elements: the element classes and their types, with no side effects (nothing is
 * registered). Import `yoti-elements/define` to register all the tags, or one tag's entry.
 */
export { define } from './core/define.js';
export type {
  IdvCheckSummary,
  IdvRecommendation,
  IdvResult,
  IdvState,
  YotiCloseDetail,
  YotiCloseReason,
  YotiErrorCode,
  YotiErrorDetail,
  YotiEventDetails,
  YotiEventName,
  YotiFrameEventDetail,
  YotiStatusDetail,
  YotiSuccessDetail,
} from './core/events.js';
export type { StringKey, Strings } from './core/strings.js';
export { VERSION } from './core/version.js';
