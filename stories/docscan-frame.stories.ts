import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { YotiDocScanFrame } from '../src/elements/docscan-frame/docscan-frame.js';
import { scanHelper } from './mocks.js';

interface Args {
  launch: 'url' | 'handshake';
  tokenTtl?: number;
  loadTimeout?: number;
}

/** The stand-in IDV page the stories embed, served by Storybook itself (never the internet). */
const apiUrl = () => `${location.origin}/idv`;

// Each state of the frame, driven by a stand-in for Yoti's IDV page (test/fixtures/idv/) that
// posts what Yoti's would; the docs page plays each story, so that every state shows there.
const meta: Meta<Args> = {
  title: 'Elements/yoti-docscan-frame',
  component: 'yoti-docscan-frame',
  args: { launch: 'url' },
  argTypes: {
    launch: { control: 'inline-radio', options: ['url', 'handshake'] },
    tokenTtl: { control: 'number' },
    loadTimeout: { control: 'number' },
  },
  render: ({ launch, tokenTtl, loadTimeout }) => html`<yoti-docscan-frame
    session-id="story-session"
    session-token="story-token"
    api-url=${apiUrl()}
    launch=${launch}
    token-ttl=${tokenTtl ?? nothing}
    load-timeout=${loadTimeout ?? 30000}
  ></yoti-docscan-frame>`,
  parameters: { docs: { story: { autoplay: true } } },
};
export default meta;
type Story = StoryObj<Args>;

const frameOf = (canvas: HTMLElement) => canvas.querySelector<YotiDocScanFrame>('yoti-docscan-frame')!;

async function started(canvas: HTMLElement) {
  await waitFor(() => expect(frameOf(canvas).shadowRoot!.querySelector('iframe')).not.toBeNull(), {
    timeout: 5000,
  });
  const iframe = frameOf(canvas).shadowRoot!.querySelector('iframe')!;
  // The loading panel goes once Yoti's page has loaded in the frame.
  await waitFor(() => expect(frameOf(canvas).shadowRoot!.querySelector('[part="panel"]')).toBeNull(), {
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

/** Waiting for a session (here, a resolver that never answers). */
export const Loading: Story = {
  name: 'Getting a session',
  render: () => {
    const el = document.createElement('yoti-docscan-frame');
    el.sessionResolver = () => new Promise(() => undefined);
    return el;
  },
};

/** Yoti's page, running in the frame (a stand-in here), with the session in its URL. */
export const Running: Story = {
  name: 'Running',
  play: async ({ canvasElement }) => void (await started(canvasElement)),
};

/** The session sent by postMessage once the page says STARTED: the token stays out of URLs. */
export const RunningHandshake: Story = {
  name: 'Running, the session sent by handshake',
  args: { launch: 'handshake' },
  play: Running.play,
};

export const Success: Story = {
  name: 'Finished',
  play: idvPosts({ eventType: 'SUCCESS' }, '[part="panel"] .icon.success'),
};

/** Yoti's error codes, each said in words, with "Start again" where it can help. */
export const UserCancelled: Story = {
  name: 'Error 1000: the person cancelled',
  play: idvPosts({ eventType: 'ERROR', eventCode: 1000 }, '[part="panel"] .icon.error'),
};
export const SessionError: Story = {
  name: 'Error 2001: session not found',
  play: idvPosts({ eventType: 'ERROR', eventCode: 2001 }, '[part="panel"] .icon.error'),
};
export const ServiceDown: Story = {
  name: 'Error 3000: the service is down',
  play: idvPosts({ eventType: 'ERROR', eventCode: 3000 }, '[part="panel"] .icon.error'),
};
export const CameraDenied: Story = {
  name: 'Error 4000: camera permission denied',
  play: idvPosts({ eventType: 'ERROR', eventCode: 4000 }, '[part="panel"] .icon.error'),
};
export const UnsupportedBrowser: Story = {
  name: 'Error 5001: an unsupported browser',
  play: idvPosts({ eventType: 'ERROR', eventCode: 5001 }, '[part="panel"] .icon.error'),
};
export const MissingDocuments: Story = {
  name: 'Error 7000: the person lacks the documents asked for',
  play: idvPosts({ eventType: 'ERROR', eventCode: 7000 }, '[part="panel"] .icon.error'),
};

/** The session token ran out (here after half a second): error 2002, and a way to start again. */
export const Expired: Story = {
  name: 'The session expired',
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
  name: "Yoti's page never loads",
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
export const RedirectModeSuccess: Story = {
  ...inRedirectMode('', '[part="panel"] .icon.success'),
  name: 'Redirect mode: finished',
};
export const RedirectModeError: Story = {
  ...inRedirectMode('?yotiErrorCode=4000', '[part="panel"] .icon.error'),
  name: 'Redirect mode: error 4000',
};

/** A frame made from the helper at the story's endpoint, on the stand-in IDV page. */
const fromHelper: Story['render'] = (_args, { loaded }) =>
  html`<yoti-docscan-frame endpoint=${loaded.endpoint} api-url=${apiUrl()}></yoti-docscan-frame>`;

const shows =
  (text: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(frameOf(canvasElement).shadowRoot!.textContent).toContain(text), {
      timeout: 5000,
    });
  };

/**
 * Replaces `name` on `target` while the story shows (its own window: the story is in a frame of its
 * own on the docs page), to show what a browser of another kind sees.
 */
const stubbing =
  (target: () => object | undefined, name: string, value: unknown): Story['beforeEach'] =>
  () => {
    const on = target();
    if (on) Object.defineProperty(on, name, { value, configurable: true });
    return () => {
      if (on) delete (on as Record<string, unknown>)[name];
    };
  };
const ownFrame = { docs: { story: { inline: false, height: '660px' } } };

/** The person's steps while they capture, here or on their phone: the document is in. */
export const Progress: Story = {
  name: 'The person capturing: their progress',
  render: fromHelper,
  parameters: { msw: scanHelper(apiUrl(), { document: true, face: false, submitted: false }) },
  play: shows('Document captured'),
};

/** A computer without a camera: the preflight offers the phone, photos, or trying anyway. */
export const NoCamera: Story = {
  name: 'Before it starts: no camera',
  render: fromHelper,
  beforeEach: stubbing(
    () => navigator.mediaDevices,
    'enumerateDevices',
    async () => [],
  ),
  parameters: { msw: scanHelper(apiUrl()), ...ownFrame },
  play: shows("We couldn't find a camera"),
};

/** Instagram's in-app browser: open the page in a browser (the link copies), no session taken. */
export const InAppBrowser: Story = {
  name: "Before it starts: an app's in-app browser",
  render: fromHelper,
  beforeEach: stubbing(
    () => navigator,
    'userAgent',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 312.0.0.32.112',
  ),
  parameters: { msw: scanHelper(apiUrl()), ...ownFrame },
  play: shows('Open this page in your browser'),
};

export const French: Story = {
  name: 'In French',
  globals: { locale: 'fr' },
  play: idvPosts({ eventType: 'ERROR', eventCode: 4000 }, '[part="panel"] .icon.error'),
};

/** Right to left, in the dark colour scheme. */
export const ArabicDark: Story = {
  name: 'In Arabic, dark',
  globals: { locale: 'ar', theme: 'dark' },
  play: idvPosts({ eventType: 'ERROR', eventCode: 4000 }, '[part="panel"] .icon.error'),
};
