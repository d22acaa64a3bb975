/**
 * `import 'yoti-elements/types/vue'` (once, in a .d.ts of the app): the tags in Vue's
 * GlobalComponents, so vue-tsc checks their props (`session-id`, `:poll-interval`) and listeners
 * (`@yoti-success`). At run time, tell Vue's compiler they are custom elements (isCustomElement).
 */
import type { DefineComponent } from 'vue';
import type { OnVueEvent, YotiTags } from './props.js';

type Tag<T extends keyof YotiTags> = DefineComponent<YotiTags[T][0] & OnVueEvent<YotiTags[T][1]>>;

declare module 'vue' {
  interface GlobalComponents {
    'yoti-share-button': Tag<'yoti-share-button'>;
    'yoti-docscan-frame': Tag<'yoti-docscan-frame'>;
    'yoti-idv-status': Tag<'yoti-idv-status'>;
  }
}
