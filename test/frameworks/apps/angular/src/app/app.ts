// docs/frameworks.md's Angular component: the tag with its directive from yoti-elements/angular, so that
// strictTemplates checks the bindings on it; the listener's $event is typed (the tag's events are
// in HTMLElementEventMap).
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { YotiSuccessDetail } from 'yoti-elements';
import { YotiShareButtonDirective } from 'yoti-elements/angular';
import 'yoti-elements/share-button';

@Component({
  selector: 'app-root',
  imports: [YotiShareButtonDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Framework Shop</h1>
      <yoti-share-button endpoint="/yoti" [pollInterval]="pollInterval" (yoti-success)="onSuccess($event)"></yoti-share-button>
      <p id="result" role="status">{{ receipt() ? 'Receipt: ' + receipt() : '' }}</p>
    </main>
  `,
})
export class App {
  protected readonly receipt = signal('');
  protected readonly pollInterval = 1500;

  protected onSuccess(event: CustomEvent<YotiSuccessDetail>) {
    event.preventDefault();
    this.receipt.set(event.detail.receiptId ?? '');
  }
}
