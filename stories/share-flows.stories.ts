import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type {
  ShareAlignment,
  ShareFlow,
  YotiShareButton,
} from '../src/elements/share-button/share-button.js';
import { shareHelper, shareHelperDown, shareHelperLoading } from './mocks.js';

// The share button's flows other than the modal (stories/share-button.stories.ts): the panel
// revealed in place (inline), in place from the start (instant), and the overlay the host opens
// (controlled), each in its main states.
interface Args {
  flow: ShareFlow;
  mode: 'auto' | 'desktop' | 'mobile';
  alignment?: ShareAlignment;
}

const meta: Meta<Args> = {
  title: 'Elements/yoti-share-button/Flows',
  component: 'yoti-share-button',
  args: { mode: 'desktop' },
  argTypes: {
    flow: { control: 'inline-radio', options: ['modal', 'inline', 'instant', 'controlled'] },
    mode: { control: 'inline-radio', options: ['auto', 'desktop', 'mobile'] },
    alignment: { control: 'inline-radio', options: [undefined, 'start', 'center', 'end', 'fill'] },
  },
  render: ({ flow, mode, alignment }) => html`
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
    <yoti-share-button flow=${flow} mode=${mode} alignment=${alignment ?? nothing}></yoti-share-button>
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
    if (args.flow === 'inline')
      root(canvasElement).querySelector<HTMLButtonElement>('[part="button"]')!.click();
    if (args.flow === 'controlled') canvasElement.querySelector<HTMLButtonElement>('.host-button')!.click();
    await waitFor(() => expect(root(canvasElement).querySelector(selector)).not.toBeNull(), {
      timeout: 5000,
    });
  };

/** A story of `flow` in one state: the helper answers with `msw`, and `selector` shows the state. */
const state = (flow: ShareFlow, selector: string, msw = shareHelper(), args: Partial<Args> = {}): Story => ({
  args: { flow, ...args },
  parameters: { msw },
  play: startAndWait(selector),
});

export const InlineClosed: Story = {
  args: { flow: 'inline' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[part="button"]')?.getAttribute('aria-expanded')).toBe(
        'false',
      ),
    );
  },
};
export const InlineQrCode = state('inline', 'svg[part="qr"]');
export const InlineShareDetailsMobile = state('inline', '[part="share-link"]', shareHelper(), {
  mode: 'mobile',
});
export const InlineLoading = state('inline', '.stage[role="status"] .spinner', shareHelperLoading);
export const InlineQrCodeRefreshing = state(
  'inline',
  '.qr.stale',
  shareHelper({ qrTtlMs: 400, refresh: false }),
);
export const InlineExpired = state('inline', '.outcome.problem', shareHelper({ status: 'EXPIRED' }));
export const InlineDenied = state('inline', '.outcome.problem', shareHelper({ status: 'FAILED' }));
export const InlineHelperError = state('inline', '.outcome.problem', shareHelperDown);
export const InlineSuccess = state('inline', '.outcome.success', shareHelper({ status: 'COMPLETED' }));
export const InlineFill = state('inline', 'svg[part="qr"]', shareHelper(), { alignment: 'fill' });

export const InstantQrCode = state('instant', 'svg[part="qr"]');
export const InstantShareDetailsMobile = state('instant', '[part="share-link"]', shareHelper(), {
  mode: 'mobile',
});
export const InstantLoading = state('instant', '.stage[role="status"] .spinner', shareHelperLoading);
export const InstantQrCodeRefreshing = state(
  'instant',
  '.qr.stale',
  shareHelper({ qrTtlMs: 400, refresh: false }),
);
export const InstantExpired = state('instant', '.outcome.problem', shareHelper({ status: 'EXPIRED' }));
export const InstantDenied = state('instant', '.outcome.problem', shareHelper({ status: 'FAILED' }));
export const InstantHelperError = state('instant', '.outcome.problem', shareHelperDown);
export const InstantSuccess = state('instant', '.outcome.success', shareHelper({ status: 'COMPLETED' }));
export const InstantCentered = state('instant', 'svg[part="qr"]', shareHelper(), { alignment: 'center' });

export const ControlledQrCode = state('controlled', 'svg[part="qr"]');
export const ControlledShareDetailsMobile = state('controlled', '[part="share-link"]', shareHelper(), {
  mode: 'mobile',
});
export const ControlledHelperError = state('controlled', '[role="alert"]', shareHelperDown);
export const ControlledSuccess = state(
  'controlled',
  '.outcome.success',
  shareHelper({ status: 'COMPLETED' }),
);
