import { defineElement } from '../../core/define.js';
import { YotiIdvReview } from './idv-review.js';

export { YotiIdvReview };

defineElement(YotiIdvReview);

declare global {
  interface HTMLElementTagNameMap {
    'yoti-idv-review': YotiIdvReview;
  }
}
