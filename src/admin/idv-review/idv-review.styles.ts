import { css } from 'lit';

/**
 * The review: a header that wraps (a long name or email is cut short, the whole of it in a
 * tooltip), checks that expand, the document's fields in two columns that become one in a narrow
 * box, images that open larger, and the viewer's turns and brightness as classes.
 */
export const styles = css`
  .card {
    container-type: inline-size;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: 0.5rem 1rem;
  }
  .who {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .who h2,
  .who .email {
    margin: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .who .email {
    margin-block-start: 0.25rem;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .banner {
    margin-block: 1rem 0;
    padding: 0.75rem 1rem;
    border-radius: 8px;
    border-inline-start: 4px solid var(--_tone, var(--_muted));
    background: var(--_subtle);
  }
  .banner.APPROVED {
    --_tone: var(--_success);
  }
  .banner.REJECTED {
    --_tone: var(--_danger);
  }
  .banner.REVIEW {
    --_tone: var(--_warning);
  }
  .banner.PENDING {
    --_tone: var(--_primary);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .checks li {
    border: 1px solid var(--_border);
    border-radius: 8px;
    margin-block-end: 0.5rem;
  }
  summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem 1rem;
    min-block-size: 24px;
    padding: 0.625rem 0.875rem;
    border-radius: 8px;
    cursor: pointer;
    font-weight: 600;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary .name::before {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-end: 0.6em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(-45deg);
    transition: transform 120ms ease;
  }
  :host(:dir(rtl)) summary .name::before {
    transform: translateY(-0.15em) rotate(135deg);
  }
  details[open] > summary .name::before {
    transform: translateY(-0.25em) rotate(45deg);
  }
  details > div {
    padding: 0 0.875rem 0.75rem;
    color: var(--_muted);
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    gap: 0.5rem 1.5rem;
    margin: 0.5rem 0 0;
  }
  dt {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .images {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(11rem, 100%), 1fr));
    gap: 0.75rem;
  }
  .thumb {
    display: grid;
    gap: 0.375rem;
    inline-size: 100%;
    padding: 0.375rem;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface);
    color: var(--_muted);
    font: 400 0.8125rem/1.3 var(--_font);
    text-align: start;
    cursor: zoom-in;
  }
  .thumb:hover {
    border-color: var(--_primary);
  }
  .thumb:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }
  .thumb img {
    display: block;
    inline-size: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: 6px;
    background: var(--_subtle);
  }
  .result {
    margin: 0.5rem 0 0;
    padding: 0.75rem 1rem;
    border-radius: 8px;
    background: var(--_subtle);
  }
  .decided p {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  blockquote {
    margin: 0.5rem 0 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .decide {
    display: grid;
    gap: 0.75rem;
    margin-block-start: 0.75rem;
  }
  .history summary {
    justify-content: flex-start;
    padding-inline: 0;
  }
  .history ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .history li {
    padding: 0.25rem 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .history time {
    margin-inline-end: 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  .choose {
    padding: 2rem 0.5rem;
    text-align: center;
  }
  dialog.viewer {
    max-inline-size: min(56rem, calc(100vw - 2rem));
    inline-size: 100%;
    box-sizing: border-box;
  }
  .stage {
    display: grid;
    place-items: center;
    block-size: min(60vh, 34rem);
    overflow: hidden;
    border-radius: 8px;
    background: #101820;
    container-type: size;
  }
  /* The image fills the stage, turned or not (a quarter turn swaps the box it must fit). */
  .stage img {
    inline-size: 100cqi;
    block-size: 100cqb;
    object-fit: contain;
    transition: transform 150ms ease;
  }
  .stage img.turn-1,
  .stage img.turn-3 {
    inline-size: 100cqb;
    block-size: 100cqi;
  }
  .turn-1 {
    transform: rotate(90deg);
  }
  .turn-2 {
    transform: rotate(180deg);
  }
  .turn-3 {
    transform: rotate(270deg);
  }
  .light-50 {
    filter: brightness(0.5);
  }
  .light-75 {
    filter: brightness(0.75);
  }
  .light-125 {
    filter: brightness(1.25);
  }
  .light-150 {
    filter: brightness(1.5);
  }
  .light-175 {
    filter: brightness(1.75);
  }
  .light-200 {
    filter: brightness(2);
  }
  .tools {
    justify-content: flex-start;
    align-items: center;
  }
  .tools .brightness {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .tools .brightness input {
    min-block-size: 24px;
    padding: 0;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .stage img,
    summary .name::before {
      transition: none;
    }
  }
`;
