import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A wait the helper asked for before trying again (too many sessions started). `waiting` is true
 * until it is over, when the host updates (so its retry button appears). The timer runs only while
 * the host is connected; a host put back in the page picks up what is left of the wait.
 */
export class RetryWait implements ReactiveController {
  #host: ReactiveControllerHost;
  #until = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #connected = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get waiting(): boolean {
    return Date.now() < this.#until;
  }

  /** Starts a wait of `seconds` (none when undefined), replacing any other. */
  start(seconds: number | undefined): void {
    this.#until = seconds ? Date.now() + seconds * 1000 : 0;
    this.#arm();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#arm();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#connected || !this.waiting) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#host.requestUpdate();
    }, this.#until - Date.now());
  }
}
