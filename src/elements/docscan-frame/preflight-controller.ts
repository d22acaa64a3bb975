import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import {
  emit,
  type PreflightOffer,
  type PreflightProblem,
  type YotiPreflightDetail,
} from '../../core/events.js';
import { offersFor, preflightProblems } from './preflight.js';
import { type CopyState, preflightPanel, titleOf } from './preflight-panel.js';
import type { DocscanKey } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The frame's preflight: what it found, the ways forward it offers (fired as `yoti-preflight`), and
 * the one the person took, after which nothing is checked again. Copying the page's link happens
 * here; any other choice goes back to the frame (`onChosen`) to run the flow.
 */
export class PreflightController implements ReactiveController {
  /** What was found and is offered, while the panel shows. */
  check?: YotiPreflightDetail;
  /** The way forward the person took: the preflight is not run again. */
  chosen?: PreflightOffer;
  #copy: CopyState = 'idle';

  constructor(
    private readonly host: Host,
    private readonly options: {
      announce: (key: DocscanKey) => void;
      onChosen: (offer: PreflightOffer) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The problems of this browser, unless the preflight is `off` or the person already chose a way. */
  problems(off: boolean): Promise<PreflightProblem[]> {
    return off || this.chosen ? Promise.resolve([]) : preflightProblems();
  }

  /** Shows the panel for `problems`, with what the session allows, and fires `yoti-preflight`. */
  offer(problems: PreflightProblem[], allows: { handoff?: boolean; upload?: boolean }): void {
    this.check = { problems, offered: offersFor(problems, allows) };
    this.#copy = 'idle';
    emit(this.host, 'yoti-preflight', { problems: [...problems], offered: [...this.check.offered] });
    this.options.announce(titleOf(problems));
    this.host.requestUpdate();
  }

  clear(): void {
    this.check = undefined;
  }

  /** A way forward taken: the link copied, or (any other) the flow run by the frame. */
  choose(offer: PreflightOffer): void {
    if (offer === 'open-in-browser') {
      void this.#copyLink();
      return;
    }
    this.chosen = offer;
    this.check = undefined;
    this.options.onChosen(offer);
  }

  async #copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.#copy = 'copied';
      this.options.announce('preflight.copied');
      this.host.requestUpdate();
    } catch {
      // Some in-app browsers refuse the clipboard: the link is shown, selected, to copy by hand.
      this.#copy = 'failed';
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLInputElement>('.copy-field input')?.focus();
    }
  }

  /** The panel, while there is one to show. */
  panel(t: (key: DocscanKey) => string): TemplateResult | undefined {
    return this.check && preflightPanel(this.check, t, this.#copy, (offer) => this.choose(offer));
  }
}
