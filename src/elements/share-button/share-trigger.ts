import { html, nothing, type TemplateResult } from 'lit';
import type { ShareFlow } from './share-button.js';
import { yotiMark } from './share-panel.js';

/** What the button needs from its element: the flow, its text, and what the person does to it. */
export interface TriggerContext {
  flow: ShareFlow;
  /** The panel it reveals shows (inline flow). */
  expanded: boolean;
  label: string;
  onClick: () => void;
  /** The person is about to click: a pointer over the button, focus, a touch. */
  onIntent: () => void;
}

/**
 * The button that opens the overlay (`modal`) or reveals the panel in place (`inline`); the
 * `instant` and `controlled` flows have none.
 */
export function shareTrigger(context: TriggerContext): TemplateResult | typeof nothing {
  const { flow, onIntent } = context;
  if (flow === 'instant' || flow === 'controlled') return nothing;
  const inline = flow === 'inline';
  return html`<button
    part="button"
    class="button trigger"
    type="button"
    aria-haspopup=${inline ? nothing : 'dialog'}
    aria-expanded=${inline ? String(context.expanded) : nothing}
    aria-controls=${inline ? 'panel' : nothing}
    @click=${context.onClick}
    @pointerenter=${onIntent}
    @focus=${onIntent}
    @touchstart=${{ handleEvent: onIntent, passive: true }}
  >
    ${yotiMark}<span>${context.label}</span>
  </button>`;
}
