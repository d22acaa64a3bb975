import { defineElement } from '../../core/define.js';
import { YotiIdvLinkForm } from './idv-link-form.js';

export { YotiIdvLinkForm };

defineElement(YotiIdvLinkForm);

declare global {
  interface HTMLElementTagNameMap {
    'yoti-idv-link-form': YotiIdvLinkForm;
  }
}
