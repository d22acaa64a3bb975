// What the stories' play functions share: the story element's shadow root, a step that waits until
// the element shows a text, and typing and clicking as a person would. On a docs page, where every
// story plays at once, typing and clicking leave focus alone (no story scrolls the page to itself).
import { expect, userEvent, waitFor } from 'storybook/test';

/** The shadow root of the story's `tag`. */
export const shadowOf = (canvasElement: HTMLElement, tag: string): ShadowRoot =>
  canvasElement.querySelector(tag)!.shadowRoot!;

/** A play step for the story's `tag`: waits (5 s unless told) until the element shows `text`. */
export const showsIn =
  (tag: string) =>
  (text: string, timeout = 5000) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement, tag).textContent).toContain(text), { timeout });
  };

type Where = { viewMode?: string };

/** Types `text` into `field`: key by key in a story's own view, at once on a docs page. */
export async function typeInto(
  { viewMode }: Where,
  field: HTMLInputElement | HTMLTextAreaElement,
  text: string,
) {
  if (viewMode !== 'docs') return userEvent.type(field, text);
  field.value += text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}

/** Clicks `target`: as a pointer would in a story's own view, without moving focus on a docs page. */
export async function press({ viewMode }: Where, target: HTMLElement) {
  if (viewMode !== 'docs') return userEvent.click(target);
  target.click();
}
