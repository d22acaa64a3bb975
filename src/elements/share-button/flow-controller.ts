import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveShareMode } from '../../core/device.js';
import type { YotiCloseReason } from '../../core/events.js';
import type { InViewController } from '../../core/in-view-controller.js';
import { OverlayController } from './overlay-controller.js';
import type { ShareFlow } from './share-button.js';

/** What the controller reads of its element: the attributes that choose the flow, and its shadow root. */
export interface FlowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
  mode: 'auto' | 'desktop' | 'mobile';
  flow: ShareFlow;
  mobileFlow?: ShareFlow;
}

export interface FlowOptions {
  /** Whether the element can be seen (an instant panel opens when it first can). */
  inView: InViewController;
  /** The element's internals, for its `in-place` custom state. */
  internals: ElementInternals;
  /** The panel opened: the share starts. */
  opened: () => void;
  /** The panel is closing, or the element left the page: everything under way stops. */
  stop: () => void;
  /** The panel closed, for `reason`. */
  closed: (reason: YotiCloseReason) => void;
}

/**
 * Opens and closes the share's panel the way its flow says: in the overlay (`modal`, `controlled`;
 * see `OverlayController`) or in place (`inline`, `instant`, with the element's `in-place` state).
 * An instant panel opens the first time it can be seen, and stays; a share is never moved between
 * an overlay and the page under the person's eyes: a change of flow closes it.
 */
export class ShareFlowController implements ReactiveController {
  readonly inView: InViewController;
  readonly overlay: OverlayController;
  #host: FlowHost;
  #options: FlowOptions;
  #internals: ElementInternals;
  #open = false;
  /** The flow the open share was opened in. */
  #openFlow?: ShareFlow;

  constructor(host: FlowHost, options: FlowOptions) {
    this.#host = host;
    this.#options = options;
    this.#internals = options.internals;
    this.inView = options.inView;
    this.overlay = new OverlayController(host, {
      dialog: () => host.renderRoot.querySelector('dialog'),
      isOpen: () => this.#open,
      close: (reason) => this.close(reason),
    });
    this.inView.addEventListener('visibilitychange', () => this.startInstant());
    host.addController(this);
  }

  /** Whether the panel shows: the overlay open, or the panel in place revealed or started. */
  get isOpen(): boolean {
    return this.#open;
  }

  /** The flow in use here: `mobile-flow` on a phone, else `flow`. */
  get flow(): ShareFlow {
    return (this.mobile && this.#host.mobileFlow) || this.#host.flow || 'modal';
  }

  get mobile(): boolean {
    return resolveShareMode(this.#host.mode) === 'mobile';
  }

  get inPlace(): boolean {
    return this.flow === 'inline' || this.flow === 'instant';
  }

  async open(): Promise<void> {
    if (this.#open) return;
    const host = this.#host;
    if (!host.hasUpdated) await host.updateComplete;
    if (this.#open) return;
    this.#setOpen(true);
    this.#openFlow = this.flow;
    if (!this.inPlace) this.overlay.show({ returnFocus: this.#openFlow === 'controlled' });
    this.#options.opened();
  }

  close(reason: YotiCloseReason): void {
    if (!this.#open || (this.#openFlow === 'instant' && this.flow === 'instant')) return;
    this.#options.stop();
    this.#setOpen(false);
    this.overlay.hide();
    this.#options.closed(reason);
    this.overlay.restoreFocus(this.#host.renderRoot.querySelector<HTMLElement>('.trigger'));
  }

  /**
   * Called from the host's `willUpdate`, before its live region speaks: a share whose flow changed
   * closes; what counts as being seen (the box too, in place) and the `in-place` state follow the flow.
   */
  sync(): void {
    if (this.#open && this.flow !== this.#openFlow) this.close('host');
    const inPlace = this.inPlace;
    this.inView.track(inPlace);
    if (inPlace) this.#internals.states.add('in-place');
    else this.#internals.states.delete('in-place');
  }

  /** An instant panel starts its share the first time it can be seen (and again after a removal). */
  startInstant(): void {
    if (this.flow !== 'instant' || this.#open || !this.#host.isConnected) return;
    if (this.inView.visibilityState !== 'visible') return;
    void this.open();
  }

  hostDisconnected(): void {
    if (this.#open) this.#options.stop();
    this.#setOpen(false);
  }

  #setOpen(open: boolean): void {
    if (open === this.#open) return;
    this.#open = open;
    this.#host.requestUpdate();
  }
}
