import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ShareFlow, YotiShareButton } from '../src/elements/share-button/share-button.js';
import { shareHelper, shareHelperDown, shareHelperLoading } from './mocks.js';

// The share button's page: the button, then each state of its panel shown in place (the `instant`
// flow), so that a docs page shows every state at once. The same states in the overlay, and the
// other flows, are in stories/share-flows.stories.ts.
interface Args {
  label?: string;
  mode: 'auto' | 'desktop' | 'mobile';
  flow: ShareFlow;
}

const meta: Meta<Args> = {
  title: 'Elements/yoti-share-button',
  component: 'yoti-share-button',
  args: { mode: 'desktop', flow: 'modal' },
  render: ({ label, mode, flow }, { loaded }) =>
    html`<yoti-share-button
      endpoint=${loaded.endpoint}
      flow=${flow}
      mode=${mode}
      label=${label ?? nothing}
    ></yoti-share-button>`,
  parameters: { msw: shareHelper() },
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector<YotiShareButton>('yoti-share-button')!.shadowRoot!;

/** Waits (5 s at most) until the share shows `selector`. */
const shows =
  (selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector(selector)).not.toBeNull(), {
      timeout: 5000,
    });
  };

/** A state of the panel, in place: the helper answers with `msw`, and `selector` shows the state. */
const inPlace = (selector: string, msw = shareHelper(), args: Partial<Args> = {}): Story => ({
  args: { flow: 'instant', ...args },
  parameters: { msw },
  play: shows(selector),
});

/** The default: a button that opens the overlay (Storybook's docs page does not open it for you). */
export const Button: Story = {
  name: 'The button',
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[part="button"]')?.textContent?.trim()).toBe('Use Yoti'),
    );
  },
};

export const CustomLabel: Story = { name: 'With your own label', args: { label: 'Verify with Yoti' } };

/**
 * From here on, each state of the panel, shown in place (`flow="instant"`): the default overlay
 * shows the same panel (the Flows stories open it). First, the session and its QR code on their way.
 */
export const Loading: Story = {
  name: 'Getting a code ready',
  ...inPlace('.stage > .spinner', shareHelperLoading),
};

/** The app, the details it asks for, the QR code to scan with the Yoti app, the links. */
export const QrCodeDesktop: Story = { name: 'QR code on a desktop', ...inPlace('svg[part="qr"]') };

/** On a phone: a button that opens the Yoti app instead of a code to scan. */
export const ShareDetailsMobile: Story = {
  name: 'Share details on a phone',
  ...inPlace('[part="share-link"]', shareHelper(), {
    mode: 'mobile',
  }),
};

/** The code is about to expire and the next one has not come yet: the old one is dimmed, never left dead. */
export const QrCodeRefreshing: Story = {
  name: 'A fresh code on its way',
  ...inPlace('.qr.stale', shareHelper({ qrTtlMs: 400, refresh: false })),
};

export const SessionExpired: Story = {
  name: 'The session expired',
  ...inPlace('.outcome.problem', shareHelper({ status: 'EXPIRED' })),
};

/** The person tapped Deny in the Yoti app. */
export const ShareDenied: Story = {
  name: 'The share was declined',
  ...inPlace('.outcome.problem', shareHelper({ status: 'FAILED' })),
};

/** The helper answers 503: said plainly, with a way to try again. */
export const HelperError: Story = {
  name: 'The helper cannot be reached',
  ...inPlace('.outcome.problem', shareHelperDown),
};

/** The share completed: `yoti-success` carries the receipt ID the host's server reads the profile with. */
export const Success: Story = {
  name: 'Details shared',
  ...inPlace('.outcome.success', shareHelper({ status: 'COMPLETED' })),
  play: async (context) => {
    const successes: unknown[] = [];
    context.canvasElement
      .querySelector('yoti-share-button')!
      .addEventListener('yoti-success', (event) => successes.push((event as CustomEvent).detail));
    await shows('.outcome.success')(context);
    await expect(successes).toEqual([{ sessionId: 'ss.v2.story', receiptId: 'receipt-from-story==' }]);
  },
};

export const French: Story = {
  name: 'In French',
  ...inPlace('svg[part="qr"]'),
  globals: { locale: 'fr' },
};

/** Right to left, in the dark colour scheme: the panel mirrors, the QR code never does. */
export const ArabicDark: Story = {
  name: 'In Arabic, dark',
  ...inPlace('svg[part="qr"]'),
  globals: { locale: 'ar', theme: 'dark' },
};
