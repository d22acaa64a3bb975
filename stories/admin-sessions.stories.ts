import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/admin/index.js';
import { downHelper, forbiddenHelper, listHelper, liveListHelper, ROWS } from './admin-mocks.js';
import { shadowOf, showsIn, typeInto } from './play.js';

// The back office's list in each of its states; the helper's admin routes are mocked per story.
const meta: Meta = {
  title: 'Back office/yoti-idv-sessions',
  component: 'yoti-idv-sessions',
  render: (_args, { loaded }) => html`<yoti-idv-sessions endpoint=${loaded.endpoint}></yoti-idv-sessions>`,
};
export default meta;
type Story = StoryObj;
const playedOnDocs = { docs: { story: { autoplay: true } } };

const root = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'yoti-idv-sessions');
const shows = showsIn('yoti-idv-sessions');

/** Nobody has been sent a check yet. */
export const Empty: Story = {
  name: 'Nobody sent a check yet',
  parameters: { msw: listHelper([]) },
  play: shows('No identity checks yet.'),
};
export const Loading: Story = {
  name: 'Loading',
  parameters: { msw: listHelper(ROWS, { loading: true }) },
  play: shows('Loading…'),
};
/** Each state (in progress, completed, expired) and each decision (approved, rejected, none). */
export const States: Story = {
  name: 'Every state and decision',
  parameters: { msw: listHelper() },
  play: async (context) => {
    await shows('Priya Shah')(context);
    const text = root(context.canvasElement).textContent ?? '';
    for (const word of [
      'In progress',
      'Completed',
      'Expired',
      'Approved',
      'Rejected',
      'No decision',
      'Unnamed session',
    ])
      expect(text).toContain(word);
  },
};
/** A search by email, case aside, leaves the one row that matches. */
export const Searching: Story = {
  name: 'Searched by email',
  parameters: { msw: listHelper(), ...playedOnDocs },
  play: async (context) => {
    await shows('Priya Shah')(context);
    const search = root(context.canvasElement).querySelector<HTMLInputElement>('input[type="search"]')!;
    await typeInto(context, search, 'PRIYA.SHAH@');
    await waitFor(() => expect(root(context.canvasElement).querySelectorAll('tbody tr')).toHaveLength(1));
    expect(root(context.canvasElement).textContent).not.toContain('Sam Person');
  },
};
export const NoMatch: Story = {
  name: 'A search that matches nobody',
  parameters: { msw: listHelper(), ...playedOnDocs },
  play: async (context) => {
    await shows('Priya Shah')(context);
    await typeInto(
      context,
      root(context.canvasElement).querySelector<HTMLInputElement>('input[type="search"]')!,
      'nobody',
    );
    await shows('No identity checks match.')(context);
  },
};
/** The first row completes while the list is open: the helper's event stream says so, no reload. */
export const Live: Story = {
  name: 'A row completes, live',
  parameters: { msw: liveListHelper() },
  play: async (context) => {
    await shows('Sam Person')(context);
    await waitFor(
      () => expect(root(context.canvasElement).querySelector('tbody tr')?.textContent).toContain('Completed'),
      { timeout: 5000 },
    );
  },
};
/** Signed in, but not staff: the helper answers 403 and the list says so plainly. */
export const Forbidden: Story = {
  name: 'No access',
  parameters: { msw: forbiddenHelper },
  play: shows('You do not have access to the back office.'),
};
/** The helper cannot reach its store: said plainly, with a retry. */
export const Unavailable: Story = {
  name: 'The helper is unavailable',
  parameters: { msw: downHelper },
  play: shows('Try again'),
};
export const French: Story = {
  name: 'In French',
  globals: { locale: 'fr' },
  parameters: { msw: listHelper() },
  play: shows('Vérifications d'),
};

/** Right to left, in the dark colour scheme. */
export const ArabicDark: Story = {
  name: 'In Arabic, dark',
  globals: { locale: 'ar', theme: 'dark' },
  parameters: { msw: listHelper() },
  play: shows('Priya Shah'),
};
