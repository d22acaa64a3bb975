import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { YotiDocScanFrame } from '../src/elements/docscan-frame/docscan-frame.js';

interface Args {
  launch: 'url' | 'handshake';
  tokenTtl?: number;
  loadTimeout?: number;
  locale?: string;
}

/** The stand-in IDV page the stories embed, served by Storybook itself (never the internet). */
const apiUrl = () => `${location.origin}/idv`;

const meta: Meta<Args> = {
  title: 'Elements/yoti-docscan-frame',
  component: 'yoti-docscan-frame',
  args: { launch: 'url' },
  argTypes: {
    launch: { control: 'inline-radio', options: ['url', 'handshake'] },
    tokenTtl: { control: 'number' },
    loadTimeout: { control: 'number' },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'fr'] },
  },
  render: ({ launch, tokenTtl, loadTimeout, locale }) => html`<yoti-docscan-frame
    session-id="story-session"
    session-token="story-token"
    api-url=${apiUrl()}
    launch=${launch}
    token-ttl=${tokenTtl ?? ''}
    load-timeout=${loadTimeout ?? 30000}
    locale=${locale ?? ''}
  ></yoti-docscan-frame>`,
};
export default meta;
type Story = StoryObj<Args>;

const frameOf = (canvas: HTMLElement) => canvas.querySelector<YotiDocScanFrame>('yoti-docscan-frame')!;

async function started(canvas: HTMLElement) {
  await waitFor(() => expect(frameOf(canvas).shadowRoot!.querySelector('iframe')).not.toBeNull(), {
    timeout: 5000,
  });
  const iframe = frameOf(canvas).shadowRoot!.querySelector('iframe')!;
  await waitFor(() => expect(frameOf(canvas).shadowRoot!.querySelector('[role="status"]')).toBeNull(), {
    timeout: 5000,
  });
  return iframe.contentWindow!;
}

/** Makes the stand-in IDV page post `message`, as Yoti's page would, and waits for the panel it causes. */
const idvPosts =
  (message: Record<string, unknown>, panel: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const page = await started(canvasElement);
    page.postMessage({ command: 'post', message }, location.origin);
    await waitFor(() => expect(frameOf(canvasElement).shadowRoot!.querySelector(panel)).not.toBeNull(), {
      timeout: 5000,
    });
  };

export const Loading: Story = {
  render: () => {
    const el = document.createElement('yoti-docscan-frame');
    el.sessionResolver = () => new Promise(() => undefined);
    return el;
  },
};

export const Running: Story = { play: async ({ canvasElement }) => void (await started(canvasElement)) };

export const RunningHandshake: Story = { args: { launch: 'handshake' }, play: Running.play };

export const Success: Story = { play: idvPosts({ eventType: 'SUCCESS' }, '[role="status"] .icon.success') };

export const UserCancelled: Story = {
  play: idvPosts({ eventType: 'ERROR', eventCode: 1000 }, '[role="alert"]'),
};
export const SessionError: Story = {
  play: idvPosts({ eventType: 'ERROR', eventCode: 2001 }, '[role="alert"]'),
};
export const ServiceDown: Story = {
  play: idvPosts({ eventType: 'ERROR', eventCode: 3000 }, '[role="alert"]'),
};
export const CameraDenied: Story = {
  play: idvPosts({ eventType: 'ERROR', eventCode: 4000 }, '[role="alert"]'),
};
export const UnsupportedBrowser: Story = {
  play: idvPosts({ eventType: 'ERROR', eventCode: 5001 }, '[role="alert"]'),
};
export const MissingDocuments: Story = {
  play: idvPosts({ eventType: 'ERROR', eventCode: 7000 }, '[role="alert"]'),
};

export const Expired: Story = {
  args: { tokenTtl: 0.5 },
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(frameOf(canvasElement).shadowRoot!.textContent).toContain('Your session has expired'),
      {
        timeout: 5000,
      },
    );
  },
};

/** The frame gets 1 ms to load, so the bounded wait runs out: what a user sees when Yoti never answers. */
export const NeverLoads: Story = {
  args: { loadTimeout: 1 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(frameOf(canvasElement).shadowRoot!.textContent).toContain("didn't load"), {
      timeout: 5000,
    });
  },
};

/**
 * Yoti's redirect mode, in a frame: the session has a success_url / error_url, and Yoti's page goes
 * there at the end instead of posting a message. The stand-in IDV page is on another origin (as
 * Yoti's is); the URLs are on the host's own, where the element sees the frame arrive.
 */
const inRedirectMode = (landing: string, panel: string): Story => ({
  render: () => {
    const el = document.createElement('yoti-docscan-frame');
    const idvHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    el.setAttribute('api-url', `${location.protocol}//${idvHost}:${location.port}/idv`);
    el.sessionResolver = async () => ({ sessionId: 'story-session', sessionToken: 'story-token' });
    return el;
  },
  play: async ({ canvasElement }) => {
    const page = await started(canvasElement);
    page.postMessage({ command: 'navigate', url: `${location.origin}/static/verified.html${landing}` }, '*');
    await waitFor(() => expect(frameOf(canvasElement).shadowRoot!.querySelector(panel)).not.toBeNull(), {
      timeout: 5000,
    });
  },
});
export const RedirectModeSuccess = inRedirectMode('', '[role="status"] .icon.success');
export const RedirectModeError = inRedirectMode('?yotiErrorCode=4000', '[role="alert"]');

export const French: Story = {
  args: { locale: 'fr' },
  play: idvPosts({ eventType: 'ERROR', eventCode: 4000 }, '[role="alert"]'),
};
