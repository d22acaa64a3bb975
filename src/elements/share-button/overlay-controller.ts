import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { YotiCloseReason } from '../../core/events.js';
import { lockScroll, unlockScroll } from '../../core/scroll-lock.js';

/** How long the success view shows before the overlay closes. */
const SUCCESS_PAUSE_MS = 1200;

export interface OverlayOptions {
  /** The `<dialog>` in the host's shadow root now. */
  dialog: () => HTMLDialogElement | null;
  /** Whether the share is open. */
  isOpen: () => boolean;
  /** The overlay asks to close, for `reason`: the share closes, and calls `hide()`. */
  close: (reason: YotiCloseReason) => void;
}

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * The share's overlay: a native `<dialog>` opened with `showModal()`, the page's scroll locked while
 * it shows (see src/core/scroll-lock.ts), Escape, the backdrop and the browser's own ways of closing
 * a dialog turned into a close with its reason, and focus given back when it closes. Removing the
 * host unlocks the page and cancels a close that was waiting.
 */
export class OverlayController implements ReactiveController {
  #options: OverlayOptions;
  #scrollLocked = false;
  #closeTimer?: ReturnType<typeof setTimeout>;
  /** Where focus goes back when the overlay closes (the host's own control, in the controlled flow). */
  #returnFocus?: HTMLElement;

  constructor(host: ReactiveControllerHost, options: OverlayOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** Shows the dialog and locks the page's scroll; `returnFocus` keeps what has focus now, to focus again on close. */
  show({ returnFocus }: { returnFocus: boolean }): void {
    this.#returnFocus = returnFocus ? deepActiveElement() : undefined;
    this.#options.dialog()?.showModal();
    lockScroll();
    this.#scrollLocked = true;
  }

  /** After a completed share: the overlay steps aside once the success view has had a moment. */
  closeAfterSuccess(): void {
    this.#closeTimer = setTimeout(() => this.#options.close('success'), SUCCESS_PAUSE_MS);
  }

  /** Closes the dialog, if open, and unlocks the page's scroll. */
  hide(): void {
    this.#release();
    const dialog = this.#options.dialog();
    if (dialog?.open) dialog.close();
  }

  /** Focuses what had focus when the overlay opened, if it kept it, else `fallback`. */
  restoreFocus(fallback: HTMLElement | null): void {
    (this.#returnFocus ?? fallback)?.focus();
    this.#returnFocus = undefined;
  }

  hostDisconnected(): void {
    this.#release();
  }

  /** The dialog's `cancel` (Escape): the host closes, rather than the browser alone. */
  onCancel = (event: Event): void => {
    event.preventDefault();
    this.#options.close('escape');
  };

  /** A click on the dialog itself, not its content, is a click on the backdrop. */
  onClick = (event: MouseEvent): void => {
    if (event.target === this.#options.dialog()) this.#options.close('backdrop');
  };

  /**
   * The dialog closed by a way of its own (a close watcher): keep the host's state in step. The
   * event comes a task after dialog.close(), so a dialog already shown again is left alone.
   */
  onClose = (): void => {
    if (this.#options.isOpen() && this.#options.dialog()?.open === false) this.#options.close('escape');
  };

  #release(): void {
    clearTimeout(this.#closeTimer);
    this.#closeTimer = undefined;
    if (this.#scrollLocked) unlockScroll();
    this.#scrollLocked = false;
  }
}
