import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The button that toggles the popover, and the popover, as they are in the host's shadow root now. */
type PopoverParts = () => { button?: HTMLElement | null; popover?: HTMLElement | null };

/**
 * floating-ui loads when a share panel first opens, not with the page: most people never open
 * "How it works", and by the time someone does it is there. Shared by every element on the page.
 */
let placing: Promise<typeof import('./place-popover.js') | undefined> | undefined;
const loadPlacing = () =>
  (placing ??= import('./place-popover.js').catch(() => {
    // Offline: the popover still opens, beside its button where the page puts it.
    placing = undefined;
    return undefined;
  }));

/**
 * Keeps a native popover (`popover="auto"`: light dismiss and Escape come from the browser) placed
 * next to the button that toggles it while it is open, and tells assistive technology whether it
 * is expanded.
 */
export class PopoverController implements ReactiveController {
  #stopPositioning?: () => void;
  #parts: PopoverParts;
  /** Counts toggles, so that a load that ends after the popover closed again positions nothing. */
  #toggles = 0;
  #shown = false;

  constructor(host: ReactiveControllerHost, parts: PopoverParts) {
    this.#parts = parts;
    host.addController(this);
  }

  /** Starts loading what positions the popover, ahead of its first use. */
  prepare(): void {
    void loadPlacing();
  }

  async toggle(): Promise<void> {
    await loadPlacing();
    this.#parts().popover?.togglePopover();
  }

  /**
   * Open, as the popover's last toggle event said: WebKit closes the popover and gives the dialog
   * the same Escape in one task, before the toggle event says so.
   */
  get shown(): boolean {
    return this.#shown;
  }

  /** Closes the popover, if open, and stops following its button. */
  hide(): void {
    const { popover } = this.#parts();
    if (popover?.matches(':popover-open')) popover.hidePopover();
    this.#shown = false;
    this.#release();
  }

  /** The popover's `toggle` event. */
  async onToggle(event: ToggleEvent): Promise<void> {
    const open = event.newState === 'open';
    this.#shown = open;
    const { button, popover } = this.#parts();
    button?.setAttribute('aria-expanded', String(open));
    this.#release();
    const toggle = ++this.#toggles;
    const placing = open && button && popover ? await loadPlacing() : undefined;
    if (!placing || !button || !popover || toggle !== this.#toggles) return;
    this.#stopPositioning = placing.placePopover(button, popover);
  }

  hostDisconnected(): void {
    this.#release();
  }

  #release(): void {
    this.#stopPositioning?.();
    this.#stopPositioning = undefined;
  }
}
