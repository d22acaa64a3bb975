/**
 * An element with attributes and children, for an element too small to need templates. Strings
 * become text nodes, never markup.
 */
export function h(
  tag: string,
  attributes: Readonly<Record<string, string>>,
  ...children: (Node | string)[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * The nodes shown at one place of a shadow root, swapped for new ones only when their markup
 * differs: an unchanged alert is not announced again, and focus inside it stays.
 */
export class Swap {
  #nodes: HTMLElement[] = [];
  #markup = '';

  /** Shows `nodes` in place of the current ones, put in the page by `insert`, when they differ. */
  show(nodes: HTMLElement[], insert: (nodes: HTMLElement[]) => void): void {
    const markup = nodes.map((node) => node.outerHTML).join('');
    if (markup === this.#markup) return;
    for (const node of this.#nodes) node.remove();
    this.#nodes = nodes;
    this.#markup = markup;
    insert(nodes);
  }
}
