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
  name: string,
  selector: string,
  msw: HelperMock = shareHelper(),
  args: Partial<Args> = {},
): Story => ({
  name,
  args: { flow, ...args },
  parameters: { msw },
  play: startAndWait(selector),
});

export const ModalLoading = state(
  'modal',
  'Overlay: getting a code ready',
  '.stage > .spinner',
  shareHelperLoading,
);
export const ModalQrCode = state('modal', 'Overlay: QR code on a desktop', 'svg[part="qr"]');
export const ModalShareDetailsMobile = state(
  'modal',
  'Overlay: share details on a phone',
  '[part="share-link"]',
  shareHelper(),
  { mode: 'mobile' },
);
export const ModalQrCodeRefreshing = state(
  'modal',
  'Overlay: a fresh code on its way',
  '.qr.stale',
  shareHelper({ qrTtlMs: 400, refresh: false }),
);
export const ModalExpired = state(
  'modal',
  'Overlay: the session expired',
  '.outcome.problem',
  shareHelper({ status: 'EXPIRED' }),
);
export const ModalDenied = state(
  'modal',
  'Overlay: the share was declined',
  '.outcome.problem',
  shareHelper({ status: 'FAILED' }),
);
export const ModalHelperError = state(
  'modal',
  'Overlay: the helper cannot be reached',
  '.outcome.problem',
  shareHelperDown,
);
export const ModalSuccess = state(
  'modal',
  'Overlay: details shared',
  '.outcome.success',
  shareHelper({ status: 'COMPLETED' }),
);
export const ModalArabicDark: Story = {
  ...state('modal', 'Overlay: in Arabic, dark', 'svg[part="qr"]'),
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
export const InlineQrCode = state('inline', 'Inline: QR code on a desktop', 'svg[part="qr"]');
export const InlineShareDetailsMobile = state(
  'inline',
  'Inline: share details on a phone',
  '[part="share-link"]',
  shareHelper(),
  { mode: 'mobile' },
);
export const InlineLoading = state(
  'inline',
  'Inline: getting a code ready',
  '.stage > .spinner',
  shareHelperLoading,
);
export const InlineQrCodeRefreshing = state(
  'inline',
  'Inline: a fresh code on its way',
  '.qr.stale',
  shareHelper({ qrTtlMs: 400, refresh: false }),
);
export const InlineExpired = state(
  'inline',
  'Inline: the session expired',
  '.outcome.problem',
  shareHelper({ status: 'EXPIRED' }),
);
export const InlineDenied = state(
  'inline',
  'Inline: the share was declined',
  '.outcome.problem',
  shareHelper({ status: 'FAILED' }),
);
export const InlineHelperError = state(
  'inline',
  'Inline: the helper cannot be reached',
  '.outcome.problem',
  shareHelperDown,
);
export const InlineSuccess = state(
  'inline',
  'Inline: details shared',
  '.outcome.success',
  shareHelper({ status: 'COMPLETED' }),
);
export const InlineFill = state('inline', 'Inline: filling its box', 'svg[part="qr"]', shareHelper(), {
  alignment: 'fill',
});
export const InstantCentered = state(
  'instant',
  'Instant: centred in its box',
  'svg[part="qr"]',
  shareHelper(),
  {
    alignment: 'center',
  },
);

export const ControlledQrCode = state('controlled', 'Controlled: QR code on a desktop', 'svg[part="qr"]');
export const ControlledShareDetailsMobile = state(
  'controlled',
  'Controlled: share details on a phone',
  '[part="share-link"]',
  shareHelper(),
  { mode: 'mobile' },
);
export const ControlledHelperError = state(
  'controlled',
  'Controlled: the helper cannot be reached',
  '.outcome.problem',
  shareHelperDown,
);
export const ControlledSuccess = state(
  'controlled',
  'Controlled: details shared',
  '.outcome.success',
  shareHelper({ status: 'COMPLETED' }),
);
