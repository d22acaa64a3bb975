/**
 * `import 'yoti-elements/types/react'` (once, in a .d.ts of the app): React 19 JSX types for the
 * plain tags. Props are the elements' properties (React 19 sets them as properties); listeners are
 * `on` + the event's name, as React 19 attaches them: `<yoti-share-button onyoti-success={...} />`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OnEventName, YotiTags } from './props.js';

type Tag<T extends keyof YotiTags> = Omit<
  DetailedHTMLProps<HTMLAttributes<YotiTags[T][2]>, YotiTags[T][2]>,
  keyof YotiTags[T][0]
> &
  YotiTags[T][0] &
  OnEventName<YotiTags[T][1]>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'yoti-share-button': Tag<'yoti-share-button'>;
      'yoti-docscan-frame': Tag<'yoti-docscan-frame'>;
      'yoti-idv-status': Tag<'yoti-idv-status'>;
    }
  }
}
