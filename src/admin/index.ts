/**
 * yoti-elements/admin: the back office's elements for a business's own staff pages (never part of
 * yoti-elements/define): `<yoti-idv-sessions>`, `<yoti-idv-review>` and `<yoti-idv-link-form>`,
 * all registered (guarded) by importing this module; `yoti-elements/admin/idv-sessions` (and
 * `/idv-review`, `/idv-link-form`) registers one. They call the helper's admin routes, which ask
 * the host's `admin.authorize(request)` first.
 */
import { defineElement } from '../core/define.js';
import { YotiIdvLinkForm } from './idv-link-form/idv-link-form.js';
import { YotiIdvReview } from './idv-review/idv-review.js';
import { YotiIdvSessions } from './idv-sessions/idv-sessions.js';

export type {
  YotiDecisionDetail,
  YotiDeletedDetail,
  YotiLinkDetail,
  YotiSelectDetail,
} from '../core/events.js';
export type { CreatedLink, RecordRow, RecordState, SessionDetail } from './admin-api.js';
export type {} from './idv-link-form/define.js';
export type {} from './idv-review/define.js';
export type {} from './idv-sessions/define.js';
export { YotiIdvLinkForm, YotiIdvReview, YotiIdvSessions };

defineElement(YotiIdvSessions);
defineElement(YotiIdvReview);
defineElement(YotiIdvLinkForm);
