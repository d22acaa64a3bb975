import { defineElement } from '../../core/define.js';
import { YotiIdvSessions } from './idv-sessions.js';

export { YotiIdvSessions };

defineElement(YotiIdvSessions);

declare global {
  interface HTMLElementTagNameMap {
    'yoti-idv-sessions': YotiIdvSessions;
  }
}
