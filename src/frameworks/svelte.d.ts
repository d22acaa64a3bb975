/**
 * `import 'yoti-elements/types/svelte'` (once, in a .d.ts of the app, such as src/app.d.ts): the tags
 * in Svelte's elements, so svelte-check checks their attributes (`session-id`), properties and
 * listeners (`onyoti-success`, as Svelte 5 attaches them).
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { AsAttributes, OnEventName, YotiTags } from './props.js';

type Tag<T extends keyof YotiTags> = Omit<HTMLAttributes<YotiTags[T][2]>, keyof YotiTags[T][0]> &
  YotiTags[T][0] &
  AsAttributes<YotiTags[T][0]> &
  OnEventName<YotiTags[T][1]>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'yoti-share-button': Tag<'yoti-share-button'>;
    'yoti-docscan-frame': Tag<'yoti-docscan-frame'>;
    'yoti-idv-status': Tag<'yoti-idv-status'>;
  }
}
