import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type {
  ShareAlignment,
  ShareFlow,
  YotiShareButton,
} from '../src/elements/share-button/share-button.js';
import { type HelperMock, shareHelper, shareHelperDown, shareHelperLoading } from './mocks.js';

// The share button's states in its other flows: the overlay (modal, the default), the panel
// revealed in place (inline), and the overlay the host opens (controlled), each opened as a person
// would. The panel in place from the start (instant) is on the element's own page
// (stories/share-button.stories.ts). These stories open overlays, so they stay off the docs page.
interface Args {
  flow: ShareFlow;
  mode: 'auto' | 'desktop' | 'mobile';
  alignment?: ShareAlignment;
}

const meta: Meta<Args> = {
  title: 'Elements/yoti-share-button/Flows',
  component: 'yoti-share-button',
  tags: ['!autodocs'],
  args: { mode: 'desktop' },
  render: ({ flow, mode, alignment }, { loaded }) => html`
    ${
      flow === 'controlled'
        ? html`<button
            class="host-button"
            type="button"
            @click=${(event: Event) => void ((event.target as Element).nextElementSibling as YotiShareButton).open()}
          >
            Verify my identity
          </button>`
        : nothing
    }
    <yoti-share-button
      endpoint=${loaded.endpoint}
      flow=${flow}
      mode=${mode}
      alignment=${alignment ?? nothing}
    ></yoti-share-button>
  `,
  parameters: { msw: shareHelper() },
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector<YotiShareButton>('yoti-share-button')!.shadowRoot!;

/** Starts the share as a person would in `flow` (instant needs nothing), then waits for `selector`. */
const startAndWait =
  (selector: string) =>
  async ({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }) => {
    await canvasElement.querySelector<YotiShareButton>('yoti-share-button')!.updateComplete;
    if (args.flow === 'controlled') canvasElement.querySelector<HTMLButtonElement>('.host-button')!.click();
    else if (args.flow !== 'instant')
      root(canvasElement).querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await waitFor(() => expect(root(canvasElement).querySelector(selector)).not.toBeNull(), {
      timeout: 5000,
    });
  };

/** A story of `flow` in one state: the helper answers with `msw`, and `selector` shows the state. */
const state = (
  flow: ShareFlow,
  selector: string,
  msw: HelperMock = shareHelper(),
  args: Partial<Args> = {},
): Story => ({
  args: { flow, ...args },
  parameters: { msw },
  play: startAndWait(selector),
});

export const ModalLoading: Story = {
  name: 'Overlay: getting a code ready',
  ...state('modal', '.stage > .spinner', shareHelperLoading),
};
export const ModalQrCode: Story = {
  name: 'Overlay: QR code on a desktop',
  ...state('modal', 'svg[part="qr"]'),
};
export const ModalShareDetailsMobile: Story = {
  name: 'Overlay: share details on a phone',
  ...state('modal', '[part="share-link"]', shareHelper(), { mode: 'mobile' }),
};
export const ModalQrCodeRefreshing: Story = {
  name: 'Overlay: a fresh code on its way',
  ...state('modal', '.qr.stale', shareHelper({ qrTtlMs: 400, refresh: false })),
};
export const ModalExpired: Story = {
  name: 'Overlay: the session expired',
  ...state('modal', '.outcome.problem', shareHelper({ status: 'EXPIRED' })),
};
export const ModalDenied: Story = {
  name: 'Overlay: the share was declined',
  ...state('modal', '.outcome.problem', shareHelper({ status: 'FAILED' })),
};
export const ModalHelperError: Story = {
  name: 'Overlay: the helper cannot be reached',
  ...state('modal', '.outcome.problem', shareHelperDown),
};
export const ModalSuccess: Story = {
  name: 'Overlay: details shared',
  ...state('modal', '.outcome.success', shareHelper({ status: 'COMPLETED' })),
};
export const ModalArabicDark: Story = {
  name: 'Overlay: in Arabic, dark',
  ...state('modal', 'svg[part="qr"]'),
  globals: { locale: 'ar', theme: 'dark' },
};

export const InlineClosed: Story = {
  name: 'Inline: closed',
  args: { flow: 'inline' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[part="button"]')?.getAttribute('aria-expanded')).toBe(
        'false',
      ),
    );
  },
};
export const InlineQrCode: Story = {
  name: 'Inline: QR code on a desktop',
  ...state('inline', 'svg[part="qr"]'),
};
export const InlineShareDetailsMobile: Story = {
  name: 'Inline: share details on a phone',
  ...state('inline', '[part="share-link"]', shareHelper(), { mode: 'mobile' }),
};
export const InlineLoading: Story = {
  name: 'Inline: getting a code ready',
  ...state('inline', '.stage > .spinner', shareHelperLoading),
};
export const InlineQrCodeRefreshing: Story = {
  name: 'Inline: a fresh code on its way',
  ...state('inline', '.qr.stale', shareHelper({ qrTtlMs: 400, refresh: false })),
};
export const InlineExpired: Story = {
  name: 'Inline: the session expired',
  ...state('inline', '.outcome.problem', shareHelper({ status: 'EXPIRED' })),
};
export const InlineDenied: Story = {
  name: 'Inline: the share was declined',
  ...state('inline', '.outcome.problem', shareHelper({ status: 'FAILED' })),
};
export const InlineHelperError: Story = {
  name: 'Inline: the helper cannot be reached',
  ...state('inline', '.outcome.problem', shareHelperDown),
};
export const InlineSuccess: Story = {
  name: 'Inline: details shared',
  ...state('inline', '.outcome.success', shareHelper({ status: 'COMPLETED' })),
};
export const InlineFill: Story = {
  name: 'Inline: filling its box',
  ...state('inline', 'svg[part="qr"]', shareHelper(), {
    alignment: 'fill',
  }),
};
export const InstantCentered: Story = {
  name: 'Instant: centred in its box',
  ...state('instant', 'svg[part="qr"]', shareHelper(), {
    alignment: 'center',
  }),
};

export const ControlledQrCode: Story = {
  name: 'Controlled: QR code on a desktop',
  ...state('controlled', 'svg[part="qr"]'),
};
export const ControlledShareDetailsMobile: Story = {
  name: 'Controlled: share details on a phone',
  ...state('controlled', '[part="share-link"]', shareHelper(), { mode: 'mobile' }),
};
export const ControlledHelperError: Story = {
  name: 'Controlled: the helper cannot be reached',
  ...state('controlled', '.outcome.problem', shareHelperDown),
};
export const ControlledSuccess: Story = {
  name: 'Controlled: details shared',
  ...state('controlled', '.outcome.success', shareHelper({ status: 'COMPLETED' })),
};
