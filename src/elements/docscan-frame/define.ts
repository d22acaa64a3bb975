import { defineElement } from '../../core/define.js';
import { YotiDocScanFrame } from './docscan-frame.js';

export { YotiDocScanFrame };

defineElement(YotiDocScanFrame);

declare global {
  interface HTMLElementTagNameMap {
    'yoti-docscan-frame': YotiDocScanFrame;
  }
}
