import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The button that toggles the popover, and the popover, as they are in the host's shadow root now. */
type PopoverParts = () => { button?: HTMLElement | null; popover?: HTMLElement | null };

/**
 * Keeps a native popover (`popover="auto"`: light dismiss and Escape come from the browser) placed
 * next to the button that toggles it, with floating-ui, while it is open, and tells assistive
 * technology whether it is expanded. Positions are CSSOM writes, allowed under a strict CSP.
 */
export class PopoverController implements ReactiveController {
  #stopPositioning?: () => void;
  #parts: PopoverParts;

  constructor(host: ReactiveControllerHost, parts: PopoverParts) {
    this.#parts = parts;
    host.addController(this);
  }

  toggle(): void {
    this.#parts().popover?.togglePopover();
  }

  /** Closes the popover, if open, and stops following its button. */
  hide(): void {
    const { popover } = this.#parts();
    if (popover?.matches(':popover-open')) popover.hidePopover();
    this.#release();
  }

  /** The popover's `toggle` event. */
  onToggle(event: ToggleEvent): void {
    const open = event.newState === 'open';
    const { button, popover } = this.#parts();
    button?.setAttribute('aria-expanded', String(open));
    this.#release();
    if (!open || !button || !popover) return;
    this.#stopPositioning = autoUpdate(button, popover, () => {
      void computePosition(button, popover, {
        strategy: 'fixed',
        placement: 'top-start',
        middleware: [offset(8), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        popover.style.left = `${x}px`;
        popover.style.top = `${y}px`;
      });
    });
  }

  hostDisconnected(): void {
    this.#release();
  }

  #release(): void {
    this.#stopPositioning?.();
    this.#stopPositioning = undefined;
  }
}
