// What the stories' play functions share: the story element's shadow root, and a step that waits
// until the element shows a text.
import { expect, waitFor } from 'storybook/test';

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
