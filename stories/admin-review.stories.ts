import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/admin/index.js';
import { DETAIL, forbiddenHelper, notFoundHelper, ONGOING, REJECTED, reviewHelper } from './admin-mocks.js';
import { shadowOf, showsIn } from './play.js';

interface Args {
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Back office/yoti-idv-review',
  component: 'yoti-idv-review',
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'fr'] } },
  render: ({ locale }) =>
    html`<yoti-idv-review session-id=${DETAIL.sessionId} locale=${locale ?? ''} style="max-width: 36rem"></yoti-idv-review>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'yoti-idv-review');
const shows = showsIn('yoti-idv-review');
const button = (canvasElement: HTMLElement, name: string) =>
  [...root(canvasElement).querySelectorAll('button')].find((each) => each.textContent?.trim() === name)!;

export const InProgress: Story = {
  parameters: { msw: reviewHelper(ONGOING) },
  play: shows('No checks have run yet.'),
};
/** Completed, every check approved, the document's fields and images: waiting for the business's decision. */
export const Completed: Story = {
  parameters: { msw: reviewHelper() },
  play: async (context) => {
    await shows('Priya Shah')(context);
    await waitFor(() => expect(root(context.canvasElement).querySelectorAll('.thumb img')).toHaveLength(3));
  },
};
/** A check rejected with its reason, a manual-check mode, an identity profile not met. */
export const RejectedWithReason: Story = {
  parameters: { msw: reviewHelper(REJECTED) },
  play: async (context) => {
    await shows('Identity profile not met')(context);
    const summary = root(context.canvasElement).querySelector('summary')!;
    await userEvent.click(summary);
    await shows('Reason: Expired document')(context);
  },
};
/** The media were deleted: the checks, the details and the decision stay. */
export const MediaDeleted: Story = {
  parameters: { msw: reviewHelper(REJECTED) },
  play: shows('The images and document data were deleted.'),
};
/** Approving with a note records the decision and shows who made it. */
export const Decide: Story = {
  parameters: { msw: reviewHelper() },
  play: async (context) => {
    await shows('Priya Shah')(context);
    await userEvent.type(
      root(context.canvasElement).querySelector('textarea')!,
      'Checked against the passport.',
    );
    await userEvent.click(button(context.canvasElement, 'Approve'));
    await shows('by Jordan Reyes')(context);
    await shows('Checked against the passport.')(context);
  },
};
/** Deleting asks first, in a dialog. */
export const ConfirmDelete: Story = {
  parameters: { msw: reviewHelper() },
  play: async (context) => {
    await shows('Priya Shah')(context);
    await userEvent.click(button(context.canvasElement, 'Delete images and data'));
    await waitFor(() =>
      expect(root(context.canvasElement).querySelector<HTMLDialogElement>('dialog.confirm')?.open).toBe(true),
    );
    await shows("Delete this session's images and document data?")(context);
  },
};
/** A member of staff who may only view: no decision, no deletion, the images still open larger. */
export const ViewOnly: Story = {
  parameters: { msw: reviewHelper(DETAIL, ['view']) },
  play: async (context) => {
    await shows('Recording a decision needs the decide permission.')(context);
    await expect(button(context.canvasElement, 'Approve')).toBeUndefined();
  },
};
/** An image opened larger, turned a quarter: as Yoti's portal shows them. */
export const ImageViewer: Story = {
  parameters: { msw: reviewHelper() },
  play: async (context) => {
    await shows('Priya Shah')(context);
    await waitFor(() => expect(root(context.canvasElement).querySelector('.thumb')).not.toBeNull());
    await userEvent.click(root(context.canvasElement).querySelector<HTMLElement>('.thumb')!);
    await waitFor(() =>
      expect(root(context.canvasElement).querySelector<HTMLDialogElement>('dialog.viewer')?.open).toBe(true),
    );
    await userEvent.click(button(context.canvasElement, 'Rotate right'));
  },
};
/** Nothing picked yet: the review says what to do. */
export const NothingChosen: Story = {
  parameters: { msw: reviewHelper() },
  render: ({ locale }) =>
    html`<yoti-idv-review locale=${locale ?? ''} style="max-width: 36rem"></yoti-idv-review>`,
  play: shows('Choose a session'),
};
export const Forbidden: Story = {
  parameters: { msw: forbiddenHelper },
  play: shows('You do not have access to the back office.'),
};
export const NotFound: Story = {
  parameters: { msw: notFoundHelper },
  play: shows('This session no longer exists.'),
};
export const French: Story = {
  args: { locale: 'fr' },
  parameters: { msw: reviewHelper() },
  play: shows('Contrôles'),
};
