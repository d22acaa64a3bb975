import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/admin/index.js';
import { DETAIL, forbiddenHelper, notFoundHelper, ONGOING, REJECTED, reviewHelper } from './admin-mocks.js';
import { press, shadowOf, showsIn, typeInto } from './play.js';

// The review of one session in each of its states; the helper's admin routes are mocked per story.
// Stories that open a dialog (deleting, an image larger) are played in their own view only.
const meta: Meta = {
  title: 'Back office/yoti-idv-review',
  component: 'yoti-idv-review',
  render: (_args, { loaded }) =>
    html`<yoti-idv-review
      endpoint=${loaded.endpoint}
      session-id=${DETAIL.sessionId}
      style="max-width: 36rem"
    ></yoti-idv-review>`,
};
export default meta;
type Story = StoryObj;
const playedOnDocs = { docs: { story: { autoplay: true } } };

const root = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'yoti-idv-review');
const shows = showsIn('yoti-idv-review');
const button = (canvasElement: HTMLElement, name: string) =>
  [...root(canvasElement).querySelectorAll('button')].find((each) => each.textContent?.trim() === name)!;

export const InProgress: Story = {
  name: 'In progress',
  parameters: { msw: reviewHelper(ONGOING) },
  play: shows('No checks have run yet.'),
};
/** Completed, every check approved, the document's fields and images: waiting for the business's decision. */
export const Completed: Story = {
  name: 'Completed, waiting for a decision',
  parameters: { msw: reviewHelper() },
  play: async (context) => {
    await shows('Priya Shah')(context);
    await waitFor(() => expect(root(context.canvasElement).querySelectorAll('.thumb img')).toHaveLength(3));
  },
};
/** A check rejected with its reason, a manual-check mode, an identity profile not met. */
export const RejectedWithReason: Story = {
  name: 'A check rejected, with its reason',
  parameters: { msw: reviewHelper(REJECTED), ...playedOnDocs },
  play: async (context) => {
    await shows('Identity profile not met')(context);
    const summary = root(context.canvasElement).querySelector('summary')!;
    await press(context, summary);
    await shows('Reason: Expired document')(context);
  },
};
/** The media were deleted: the checks, the details and the decision stay. */
export const MediaDeleted: Story = {
  name: 'Its images and data deleted',
  parameters: { msw: reviewHelper(REJECTED) },
  play: shows('The images and document data were deleted.'),
};
/** Approving with a note records the decision and shows who made it. */
export const Decide: Story = {
  name: 'Approved, with a note',
  parameters: { msw: reviewHelper(), ...playedOnDocs },
  play: async (context) => {
    await shows('Priya Shah')(context);
    await typeInto(
      context,
      root(context.canvasElement).querySelector('textarea')!,
      'Checked against the passport.',
    );
    await press(context, button(context.canvasElement, 'Approve'));
    await shows('by Jordan Reyes')(context);
    await shows('Checked against the passport.')(context);
  },
};
/** Deleting asks first, in a dialog. */
export const ConfirmDelete: Story = {
  name: 'Deleting, confirmed first',
  tags: ['!autodocs'],
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
  name: 'For staff who may only view',
  parameters: { msw: reviewHelper(DETAIL, ['view']) },
  play: async (context) => {
    await shows('Recording a decision needs the decide permission.')(context);
    await expect(button(context.canvasElement, 'Approve')).toBeUndefined();
  },
};
/** An image opened larger, turned a quarter: as Yoti's portal shows them. */
export const ImageViewer: Story = {
  name: 'An image opened larger',
  tags: ['!autodocs'],
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
  name: 'Nothing chosen yet',
  parameters: { msw: reviewHelper() },
  render: (_args, { loaded }) =>
    html`<yoti-idv-review endpoint=${loaded.endpoint} style="max-width: 36rem"></yoti-idv-review>`,
  play: shows('Choose a session'),
};
export const Forbidden: Story = {
  name: 'No access',
  parameters: { msw: forbiddenHelper },
  play: shows('You do not have access to the back office.'),
};
export const NotFound: Story = {
  name: 'The session no longer exists',
  parameters: { msw: notFoundHelper },
  play: shows('This session no longer exists.'),
};
export const French: Story = {
  name: 'In French',
  globals: { locale: 'fr' },
  parameters: { msw: reviewHelper() },
  play: shows('Contrôles'),
};

/** Right to left, in the dark colour scheme. */
export const ArabicDark: Story = {
  name: 'In Arabic, dark',
  globals: { locale: 'ar', theme: 'dark' },
  parameters: { msw: reviewHelper() },
  play: shows('الفحوصات'),
};
