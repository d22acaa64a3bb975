/**
 * yoti-elements/angular: standalone directives whose inputs are the tags' properties, so that
 * strictTemplates checks every binding on the tags. The listeners' `$event` is typed already (the
 * tags' events are in HTMLElementEventMap). Angular reads these declarations as written (not
 * through the type checker), so each input map is spelled out, and each input is a field of the
 * class (an input inherited from an interface is not checked).
 */
import type * as i0 from '@angular/core';
import type { YotiDocScanFrameProps, YotiIdvStatusProps, YotiShareButtonProps } from '../frameworks/props.js';

export declare class YotiShareButtonDirective {
  sessionId: YotiShareButtonProps['sessionId'];
  endpoint: YotiShareButtonProps['endpoint'];
  label: YotiShareButtonProps['label'];
  mode: YotiShareButtonProps['mode'];
  flow: YotiShareButtonProps['flow'];
  mobileFlow: YotiShareButtonProps['mobileFlow'];
  alignment: YotiShareButtonProps['alignment'];
  redirectUri: YotiShareButtonProps['redirectUri'];
  pollInterval: YotiShareButtonProps['pollInterval'];
  sessionIdResolver: YotiShareButtonProps['sessionIdResolver'];
  prepare: YotiShareButtonProps['prepare'];
  locale: YotiShareButtonProps['locale'];
  strings: YotiShareButtonProps['strings'];
  static ɵfac: i0.ɵɵFactoryDeclaration<YotiShareButtonDirective, never>;
  static ɵdir: i0.ɵɵDirectiveDeclaration<
    YotiShareButtonDirective,
    'yoti-share-button',
    never,
    {
      sessionId: { alias: 'sessionId'; required: false };
      endpoint: { alias: 'endpoint'; required: false };
      label: { alias: 'label'; required: false };
      mode: { alias: 'mode'; required: false };
      flow: { alias: 'flow'; required: false };
      mobileFlow: { alias: 'mobileFlow'; required: false };
      alignment: { alias: 'alignment'; required: false };
      redirectUri: { alias: 'redirectUri'; required: false };
      pollInterval: { alias: 'pollInterval'; required: false };
      sessionIdResolver: { alias: 'sessionIdResolver'; required: false };
      prepare: { alias: 'prepare'; required: false };
      locale: { alias: 'locale'; required: false };
      strings: { alias: 'strings'; required: false };
    },
    // biome-ignore lint/complexity/noBannedTypes: no outputs, written as Angular reads it (literally)
    {},
    never,
    never,
    true,
    never
  >;
}

export declare class YotiDocScanFrameDirective {
  sessionId: YotiDocScanFrameProps['sessionId'];
  sessionToken: YotiDocScanFrameProps['sessionToken'];
  endpoint: YotiDocScanFrameProps['endpoint'];
  linkCode: YotiDocScanFrameProps['linkCode'];
  apiUrl: YotiDocScanFrameProps['apiUrl'];
  launch: YotiDocScanFrameProps['launch'];
  tokenTtl: YotiDocScanFrameProps['tokenTtl'];
  loadTimeout: YotiDocScanFrameProps['loadTimeout'];
  sessionResolver: YotiDocScanFrameProps['sessionResolver'];
  locale: YotiDocScanFrameProps['locale'];
  strings: YotiDocScanFrameProps['strings'];
  static ɵfac: i0.ɵɵFactoryDeclaration<YotiDocScanFrameDirective, never>;
  static ɵdir: i0.ɵɵDirectiveDeclaration<
    YotiDocScanFrameDirective,
    'yoti-docscan-frame',
    never,
    {
      sessionId: { alias: 'sessionId'; required: false };
      sessionToken: { alias: 'sessionToken'; required: false };
      endpoint: { alias: 'endpoint'; required: false };
      linkCode: { alias: 'linkCode'; required: false };
      apiUrl: { alias: 'apiUrl'; required: false };
      launch: { alias: 'launch'; required: false };
      tokenTtl: { alias: 'tokenTtl'; required: false };
      loadTimeout: { alias: 'loadTimeout'; required: false };
      sessionResolver: { alias: 'sessionResolver'; required: false };
      locale: { alias: 'locale'; required: false };
      strings: { alias: 'strings'; required: false };
    },
    // biome-ignore lint/complexity/noBannedTypes: no outputs, written as Angular reads it (literally)
    {},
    never,
    never,
    true,
    never
  >;
}

export declare class YotiIdvStatusDirective {
  sessionId: YotiIdvStatusProps['sessionId'];
  endpoint: YotiIdvStatusProps['endpoint'];
  pollInterval: YotiIdvStatusProps['pollInterval'];
  locale: YotiIdvStatusProps['locale'];
  strings: YotiIdvStatusProps['strings'];
  static ɵfac: i0.ɵɵFactoryDeclaration<YotiIdvStatusDirective, never>;
  static ɵdir: i0.ɵɵDirectiveDeclaration<
    YotiIdvStatusDirective,
    'yoti-idv-status',
    never,
    {
      sessionId: { alias: 'sessionId'; required: false };
      endpoint: { alias: 'endpoint'; required: false };
      pollInterval: { alias: 'pollInterval'; required: false };
      locale: { alias: 'locale'; required: false };
      strings: { alias: 'strings'; required: false };
    },
    // biome-ignore lint/complexity/noBannedTypes: no outputs, written as Angular reads it (literally)
    {},
    never,
    never,
    true,
    never
  >;
}

/** All three, for a component's `imports`. */
export declare const YOTI_DIRECTIVES: readonly [
  typeof YotiShareButtonDirective,
  typeof YotiDocScanFrameDirective,
  typeof YotiIdvStatusDirective,
];
