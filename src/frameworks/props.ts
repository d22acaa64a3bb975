/**
 * What a template may set on each tag, and the events it fires, for the framework declarations
 * beside this file (React 19 JSX, Vue, Svelte): taken from the element classes, so they cannot drift.
 */
import type { YotiEventDetails, YotiEventName } from '../core/events.js';
import type { YotiDocScanFrame } from '../elements/docscan-frame/docscan-frame.js';
import type { YotiIdvStatus } from '../elements/idv-status/idv-status.js';
import type { YotiShareButton } from '../elements/share-button/share-button.js';

type Settable<E, K extends keyof E> = { [P in K]?: E[P] | undefined };

/** The properties of `<yoti-share-button>` a framework may set. */
export type YotiShareButtonProps = Settable<
  YotiShareButton,
  | 'sessionId'
  | 'endpoint'
  | 'label'
  | 'mode'
  | 'flow'
  | 'mobileFlow'
  | 'alignment'
  | 'redirectUri'
  | 'pollInterval'
  | 'sessionIdResolver'
  | 'prepare'
  | 'locale'
  | 'strings'
>;

/** The properties of `<yoti-docscan-frame>` a framework may set. */
export type YotiDocScanFrameProps = Settable<
  YotiDocScanFrame,
  | 'sessionId'
  | 'sessionToken'
  | 'endpoint'
  | 'linkCode'
  | 'apiUrl'
  | 'launch'
  | 'tokenTtl'
  | 'loadTimeout'
  | 'preflight'
  | 'sessionResolver'
  | 'locale'
  | 'strings'
>;

/** The properties of `<yoti-idv-status>` a framework may set. */
export type YotiIdvStatusProps = Settable<
  YotiIdvStatus,
  'sessionId' | 'endpoint' | 'pollInterval' | 'locale' | 'strings'
>;

/** The events each tag fires. */
export type YotiShareButtonEvent = 'yoti-open' | 'yoti-close' | 'yoti-success' | 'yoti-error';
export type YotiDocScanFrameEvent =
  | 'yoti-ready'
  | 'yoti-preflight'
  | 'yoti-success'
  | 'yoti-error'
  | 'yoti-event';
export type YotiIdvStatusEvent = 'yoti-status' | 'yoti-error';

/** A listener of event `N`, given its typed CustomEvent. */
export type YotiListener<N extends YotiEventName> = (event: CustomEvent<YotiEventDetails[N]>) => void;

type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/**
 * The same properties as the attributes a template writes (`sessionId` -> `session-id`), text or
 * numbers only; a number attribute is written as text, so `poll-interval="5000"` is one and `"soon"` is not.
 */
export type AsAttributes<P> = {
  [K in keyof P & string as NonNullable<P[K]> extends string | number ? KebabCase<K> : never]?:
    | P[K]
    | (NonNullable<P[K]> extends number ? `${number}` : never);
};

/** Listeners as `on` + the event's name (`onyoti-success`): React 19 and Svelte 5 attach them so. */
export type OnEventName<N extends YotiEventName> = { [K in N as `on${K}`]?: YotiListener<K> };

/** Listeners as Vue names them (`@yoti-success` is `onYotiSuccess`). */
export type OnVueEvent<N extends YotiEventName> = {
  [K in N as K extends `yoti-${infer Rest}` ? `onYoti${Capitalize<Rest>}` : never]?: YotiListener<K>;
};

/** Tag name -> [properties, events, element class], for the declarations of each framework. */
export interface YotiTags {
  'yoti-share-button': [YotiShareButtonProps, YotiShareButtonEvent, YotiShareButton];
  'yoti-docscan-frame': [YotiDocScanFrameProps, YotiDocScanFrameEvent, YotiDocScanFrame];
  'yoti-idv-status': [YotiIdvStatusProps, YotiIdvStatusEvent, YotiIdvStatus];
}
