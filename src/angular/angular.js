// yoti-elements/angular: one standalone directive per tag, so that Angular's strictTemplates check
// what a template binds on it (`[sessionId]`, `flow="inline"`, `[pollInterval]`) against the
// element's own types (angular.d.ts). Each input is handed to the element as the property of the
// same name. The declarations are in Angular's partial ("linker") format, which Angular 14 and
// later link when they build an app; that format must be literal, hence written out per tag.
// Register the tags themselves with their own entries (yoti-elements/share-button, ...).
import * as i0 from '@angular/core';
import { ElementRef, inject } from '@angular/core';

/** Gives `directive` an accessor per input that reads and writes the element's property. */
function forwardInputs(directive, inputs) {
  for (const name of inputs) {
    Object.defineProperty(directive.prototype, name, {
      get() {
        return this.element[name];
      },
      set(value) {
        this.element[name] = value;
      },
    });
  }
}

export class YotiShareButtonDirective {
  element = inject(ElementRef).nativeElement;
  static ɵfac = i0.ɵɵngDeclareFactory({
    minVersion: '12.0.0',
    version: '17.0.0',
    ngImport: i0,
    type: YotiShareButtonDirective,
    deps: [],
    target: i0.ɵɵFactoryTarget.Directive,
  });
  static ɵdir = i0.ɵɵngDeclareDirective({
    minVersion: '14.0.0',
    version: '17.0.0',
    type: YotiShareButtonDirective,
    isStandalone: true,
    selector: 'yoti-share-button',
    inputs: {
      sessionId: 'sessionId',
      endpoint: 'endpoint',
      label: 'label',
      mode: 'mode',
      flow: 'flow',
      mobileFlow: 'mobileFlow',
      alignment: 'alignment',
      redirectUri: 'redirectUri',
      pollInterval: 'pollInterval',
      sessionIdResolver: 'sessionIdResolver',
      prepare: 'prepare',
      locale: 'locale',
      strings: 'strings',
    },
    ngImport: i0,
  });
}
forwardInputs(YotiShareButtonDirective, [
  'sessionId',
  'endpoint',
  'label',
  'mode',
  'flow',
  'mobileFlow',
  'alignment',
  'redirectUri',
  'pollInterval',
  'sessionIdResolver',
  'prepare',
  'locale',
  'strings',
]);

export class YotiDocScanFrameDirective {
  element = inject(ElementRef).nativeElement;
  static ɵfac = i0.ɵɵngDeclareFactory({
    minVersion: '12.0.0',
    version: '17.0.0',
    ngImport: i0,
    type: YotiDocScanFrameDirective,
    deps: [],
    target: i0.ɵɵFactoryTarget.Directive,
  });
  static ɵdir = i0.ɵɵngDeclareDirective({
    minVersion: '14.0.0',
    version: '17.0.0',
    type: YotiDocScanFrameDirective,
    isStandalone: true,
    selector: 'yoti-docscan-frame',
    inputs: {
      sessionId: 'sessionId',
      sessionToken: 'sessionToken',
      endpoint: 'endpoint',
      linkCode: 'linkCode',
      apiUrl: 'apiUrl',
      launch: 'launch',
      tokenTtl: 'tokenTtl',
      loadTimeout: 'loadTimeout',
      sessionResolver: 'sessionResolver',
      locale: 'locale',
      strings: 'strings',
    },
    ngImport: i0,
  });
}
forwardInputs(YotiDocScanFrameDirective, [
  'sessionId',
  'sessionToken',
  'endpoint',
  'linkCode',
  'apiUrl',
  'launch',
  'tokenTtl',
  'loadTimeout',
  'sessionResolver',
  'locale',
  'strings',
]);

export class YotiIdvStatusDirective {
  element = inject(ElementRef).nativeElement;
  static ɵfac = i0.ɵɵngDeclareFactory({
    minVersion: '12.0.0',
    version: '17.0.0',
    ngImport: i0,
    type: YotiIdvStatusDirective,
    deps: [],
    target: i0.ɵɵFactoryTarget.Directive,
  });
  static ɵdir = i0.ɵɵngDeclareDirective({
    minVersion: '14.0.0',
    version: '17.0.0',
    type: YotiIdvStatusDirective,
    isStandalone: true,
    selector: 'yoti-idv-status',
    inputs: {
      sessionId: 'sessionId',
      endpoint: 'endpoint',
      pollInterval: 'pollInterval',
      locale: 'locale',
      strings: 'strings',
    },
    ngImport: i0,
  });
}
forwardInputs(YotiIdvStatusDirective, ['sessionId', 'endpoint', 'pollInterval', 'locale', 'strings']);

/** All three, for a component's `imports`. */
export const YOTI_DIRECTIVES = [YotiShareButtonDirective, YotiDocScanFrameDirective, YotiIdvStatusDirective];
