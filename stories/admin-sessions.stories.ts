import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/admin/index.js';
import { downHelper, forbiddenHelper, listHelper, liveListHelper, ROWS } from './admin-mocks.js';
import { shadowOf, showsIn } from './play.js';

interface Args {
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Back office/yoti-idv-sessions',
  component: 'yoti-idv-sessions',
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'fr'] } },
  render: ({ locale }) => html`<yoti-idv-sessions locale=${locale ?? ''}></yoti-idv-sessions>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'yoti-idv-sessions');
const shows = showsIn('yoti-idv-sessions');

/** Nobody has been sent a check yet. */
export const Empty: Story = { parameters: { msw: listHelper([]) }, play: shows('No identity checks yet.') };
export const Loading: Story = {
  parameters: { msw: listHelper(ROWS, { loading: true }) },
  play: shows('Loading…'),
};
/** Each state (in progress, completed, expired) and each decision (approved, rejected, none). */
export const States: Story = {
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
  parameters: { msw: listHelper() },
  play: async (context) => {
    await shows('Priya Shah')(context);
    const search = root(context.canvasElement).querySelector('input[type="search"]')!;
    await userEvent.type(search, 'PRIYA.SHAH@');
    await waitFor(() => expect(root(context.canvasElement).querySelectorAll('tbody tr')).toHaveLength(1));
    expect(root(context.canvasElement).textContent).not.toContain('Sam Person');
  },
};
export const NoMatch: Story = {
  parameters: { msw: listHelper() },
  play: async (context) => {
    await shows('Priya Shah')(context);
    await userEvent.type(root(context.canvasElement).querySelector('input[type="search"]')!, 'nobody');
    await shows('No identity checks match.')(context);
  },
};
/** The first row completes while the list is open: the helper's event stream says so, no reload. */
export const Live: Story = {
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
  parameters: { msw: forbiddenHelper },
  play: shows('You do not have access to the back office.'),
};
export const Unavailable: Story = { parameters: { msw: downHelper }, play: shows('Try again') };
export const French: Story = {
  args: { locale: 'fr' },
  parameters: { msw: listHelper() },
  play: shows('Vérifications d'),
};
