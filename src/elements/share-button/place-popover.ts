import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/**
 * Keeps `popover` above `button` (below or beside when there is no room), in the viewport, until
 * the returned function is called. Loaded on demand by how-popover.ts, with only what it uses of
 * floating-ui. Positions are CSSOM writes, allowed under a strict CSP.
 */
export function placePopover(button: HTMLElement, popover: HTMLElement): () => void {
  return autoUpdate(button, popover, () => {
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
