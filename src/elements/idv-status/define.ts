import { defineElement } from '../../core/define.js';
import { YotiIdvStatus } from './idv-status.js';

export { YotiIdvStatus };

defineElement(YotiIdvStatus);

declare global {
  interface HTMLElementTagNameMap {
    'yoti-idv-status': YotiIdvStatus;
  }
}
