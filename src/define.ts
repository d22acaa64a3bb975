/**
 * yoti-elements/define: registers every tag (guarded: loading it twice is harmless) and exports
 * the classes. The single-file browser build is this module with everything inside.
 */
import { defineElement } from './core/define.js';
import { YotiDocScanFrame } from './elements/docscan-frame/docscan-frame.js';
import { YotiIdvStatus } from './elements/idv-status/idv-status.js';
import { YotiShareButton } from './elements/share-button/share-button.js';

export type {} from './elements/docscan-frame/define.js';
export type {} from './elements/idv-status/define.js';
export type {} from './elements/share-button/define.js';
export * from './index.js';

defineElement(YotiDocScanFrame);
defineElement(YotiIdvStatus);
defineElement(YotiShareButton);
