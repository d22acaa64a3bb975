import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { YotiShareButton } from '../src/elements/share-button/share-button.js';
import { shareHelper, shareHelperDown, shareHelperLoading } from './mocks.js';

interface Args {
  label?: string;
  mode: 'auto' | 'desktop' | 'mobile';
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/yoti-share-button',
  component: 'yoti-share-button',
  args: { mode: 'desktop' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['auto', 'desktop', 'mobile'] },
    label: { control: 'text' },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'fr'] },
  },
  render: ({ label, mode, locale }) =>
    html`<yoti-share-button mode=${mode} label=${label ?? ''} locale=${locale ?? ''}></yoti-share-button>`,
  parameters: { msw: shareHelper() },
};
export default meta;
type Story = StoryObj<Args>;

const button = (canvas: HTMLElement) => canvas.querySelector<YotiShareButton>('yoti-share-button')!;
const root = (canvas: HTMLElement) => button(canvas).shadowRoot!;

/**
 * Opens the overlay, as a click on the button does, once the button is there (in French, after the
 * French strings have loaded), and waits for `selector` inside it.
 */
const openAndWait =
  (selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await button(canvasElement).updateComplete;
    root(canvasElement).querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await waitFor(() => expect(root(canvasElement).querySelector(selector)).not.toBeNull(), {
      timeout: 5000,
    });
  };

export const Idle: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[part="button"]')?.textContent?.trim()).toBe('Use Yoti'),
    );
  },
};

export const CustomLabel: Story = { args: { label: 'Verify with Yoti' } };

export const Loading: Story = {
  parameters: { msw: shareHelperLoading },
  play: openAndWait('.stage[role="status"] .spinner'),
};

export const QrCodeDesktop: Story = { play: openAndWait('svg[part="qr"]') };

export const ShareDetailsMobile: Story = {
  args: { mode: 'mobile' },
  play: openAndWait('[part="share-link"]'),
};

export const QrCodeRefreshing: Story = {
  parameters: { msw: shareHelper({ qrTtlMs: 400, refresh: false }) },
  play: openAndWait('.qr.stale'),
};

export const SessionExpired: Story = {
  parameters: { msw: shareHelper({ status: 'EXPIRED' }) },
  play: openAndWait('.outcome.problem'),
};

export const ShareDenied: Story = {
  parameters: { msw: shareHelper({ status: 'FAILED' }) },
  play: openAndWait('.outcome.problem'),
};

export const HelperError: Story = {
  parameters: { msw: shareHelperDown },
  play: openAndWait('[role="alert"]'),
};

export const Success: Story = {
  parameters: { msw: shareHelper({ status: 'COMPLETED' }) },
  play: async (context) => {
    const successes: unknown[] = [];
    button(context.canvasElement).addEventListener('yoti-success', (event) => successes.push(event.detail));
    await openAndWait('.outcome.success')(context);
    await expect(successes).toEqual([{ sessionId: 'ss.v2.story', receiptId: 'receipt-from-story==' }]);
  },
};

export const French: Story = { args: { locale: 'fr' }, play: openAndWait('svg[part="qr"]') };
