import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { YotiIdvStatus } from '../src/elements/idv-status/idv-status.js';
import { SUMMARIES, statusHelper } from './mocks.js';
import { showsIn } from './play.js';

interface Args {
  pollInterval: number;
}

// Each outcome the helper derives, as a person sees it; the helper's answers are mocked per story.
const meta: Meta<Args> = {
  title: 'Elements/yoti-idv-status',
  component: 'yoti-idv-status',
  args: { pollInterval: 5000 },
  argTypes: { pollInterval: { control: 'number' } },
  render: ({ pollInterval }, { loaded }) =>
    html`<yoti-idv-status
      endpoint=${loaded.endpoint}
      session-id="story-session"
      poll-interval=${pollInterval}
    ></yoti-idv-status>`,
};
export default meta;
type Story = StoryObj<Args>;

const shows = showsIn('yoti-idv-status');

/** The person is at it (here or on their phone): their steps, and nothing said to be checked yet. */
export const Ongoing: Story = {
  name: 'The person is scanning',
  parameters: { msw: statusHelper(SUMMARIES.ongoing) },
  play: shows('Identity check in progress'),
};
/** The person has finished the scan and the checks are running: each is shown pending. */
export const Processing: Story = {
  name: 'Checks running',
  parameters: { msw: statusHelper(SUMMARIES.processing) },
  play: async (context) => {
    await shows('Checking your documents')(context);
    const el = context.canvasElement.querySelector<YotiIdvStatus>('yoti-idv-status')!;
    const checks = () =>
      [...el.shadowRoot!.querySelectorAll('[part="check"]')].map((check) => check.textContent);
    await waitFor(() => expect(checks()).toHaveLength(3));
    expect(checks().every((text) => text?.includes('Pending'))).toBe(true);
  },
};
/** Every check passed: identity verified, in the success colour. */
export const Verified: Story = {
  name: 'Identity verified',
  parameters: { msw: statusHelper(SUMMARIES.approved) },
  play: shows('Identity verified'),
};
/** A person at the business is looking: said neutrally, never as a failure. */
export const UnderReview: Story = {
  name: 'Under review',
  parameters: { msw: statusHelper(SUMMARIES.review) },
  play: shows('Your documents are being reviewed'),
};
/**
 * Not verified, as the helper hands it over by default (no reason, never a fraud signal), with the
 * host's own way forward in the `next-step` slot.
 */
export const NotVerified: Story = {
  name: 'Not verified, with your way forward',
  parameters: { msw: statusHelper(SUMMARIES.rejected) },
  render: (_args, { loaded }) =>
    html`<yoti-idv-status endpoint=${loaded.endpoint} session-id="story-session" poll-interval="5000">
      <a slot="next-step" href="#try-again">Try another way</a>
    </yoti-idv-status>`,
  play: shows("We couldn't verify your identity"),
};
/** Not verified, from a helper set to hand reasons over (`publicDetail: 'reasons'`). */
export const NotVerifiedWithReason: Story = {
  name: 'Not verified, with the reason',
  parameters: { msw: statusHelper(SUMMARIES.aborted) },
  play: shows('A required document could not be provided.'),
};
export const Expired: Story = {
  name: 'Expired',
  parameters: { msw: statusHelper(SUMMARIES.expired) },
  play: shows('This verification expired'),
};
/** The helper cannot be reached: after five failed polls with backoff, the card offers a retry. */
export const Unreachable: Story = {
  name: 'The helper cannot be reached',
  args: { pollInterval: 250 },
  parameters: { msw: statusHelper('down') },
  play: shows('Try again', 15_000),
};
export const French: Story = {
  name: 'In French',
  globals: { locale: 'fr' },
  parameters: { msw: statusHelper(SUMMARIES.rejected) },
  play: shows('Nous n’avons pas pu vérifier votre identité'),
};

/** Right to left, in the dark colour scheme. */
export const ArabicDark: Story = {
  name: 'In Arabic, dark',
  globals: { locale: 'ar', theme: 'dark' },
  parameters: { msw: statusHelper(SUMMARIES.approved) },
  play: shows('تم التحقق من الهوية'),
};
