import { defineElement } from '../../core/define.js';
import { YotiShareButton } from './share-button.js';

export { YotiShareButton };

defineElement(YotiShareButton);

declare global {
  interface HTMLElementTagNameMap {
    'yoti-share-button': YotiShareButton;
  }
}
