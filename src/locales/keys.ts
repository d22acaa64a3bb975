import type { DocscanKey } from '../elements/docscan-frame/strings.js';
import type { StatusKey } from '../elements/idv-status/strings.js';
import type { ShareKey } from '../elements/share-button/strings.js';

/** Every string of the public elements (the shared ones, the share button's, the frame's, the status card's), by key. */
export type ElementsKey = ShareKey | DocscanKey | StatusKey;

/** One language's strings for the public elements: every key, as the English tables have them. */
export type ElementsStrings = Readonly<Record<ElementsKey, string>>;
