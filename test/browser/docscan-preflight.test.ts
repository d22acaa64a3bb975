import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import '../../src/elements/docscan-frame/define.js';
import type { YotiPreflightDetail } from '../../src/core/events.js';
import type { YotiDocScanFrame } from '../../src/elements/docscan-frame/docscan-frame.js';
import {
  browserProblem,
  offersFor,
  type PreflightEnvironment,
  preflightProblems,
} from '../../src/elements/docscan-frame/preflight.js';
import { startWorker, worker } from '../support/msw.js';

// The preflight (issue 34): what would make the capture fail here, checked before Yoti's page
// loads, and the ways forward the frame offers instead. The fake IDV page is on another origin.
const API_URL = `http://127.0.0.1:${location.port}/test/fixtures/idv`;

/** Real user agents, as each browser sends it, and what the preflight makes of it. */
const USER_AGENTS: ReadonlyArray<[string, string, string | undefined]> = [
  [
    'Instagram on an iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 312.0.0.32.112 (iPhone14,5; iOS 17_1; en_GB; en-GB; scale=3.00; 1170x2532; 548339486)',
    'in-app-browser',
  ],
  [
    'Instagram on Android',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UD1A.230803.041; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.43 Mobile Safari/537.36 Instagram 309.1.0.41.113 Android (34/14; 420dpi; 1080x2205; Google/google; Pixel 8; shiba; shiba; en_GB; 541635890)',
    'in-app-browser',
  ],
  [
    'Facebook on an iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/442.0.0.47.110;FBBV/540178035;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.1.2;FBSS/3;FBID/phone;FBLC/en_GB;FBOP/5;FBRV/542117457]',
    'in-app-browser',
  ],
  [
    'Facebook on Android',
    'Mozilla/5.0 (Linux; Android 13; SM-S911B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.193 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/443.0.0.23.229;]',
    'in-app-browser',
  ],
  [
    'Messenger on an iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/MessengerForiOS;FBAV/438.0.0.33.118;FBBV/529435839;FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/16.6;FBSS/3;FBCR/;FBID/phone;FBLC/en_GB;FBOP/5]',
    'in-app-browser',
  ],
  [
    'TikTok on an iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_31.5.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/GB RevealType/Dialog isDarkMode/0 WKWebView/1 BytedanceWebview/d8a21c6',
    'in-app-browser',
  ],
  [
    'TikTok on Android',
    'Mozilla/5.0 (Linux; Android 12; SM-A525F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/114.0.5735.196 Mobile Safari/537.36 trill_310503 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/trill app_version/31.5.3 ByteLocale/en ByteFullLocale/en Region/GB Spark/1.4.4.2-bugfix AppVersion/31.5.3 BytedanceWebview/d8a21c6',
    'in-app-browser',
  ],
  [
    'LinkedIn on an iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.6924',
    'in-app-browser',
  ],
  [
    'WeChat on Android',
    'Mozilla/5.0 (Linux; Android 13; 2211133C Build/TKQ1.220905.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5235 MMWEBSDK/20230805 MMWEBID/6151 MicroMessenger/8.0.42.2460(0x28002A35) WeChat/arm64 Weixin NetType/WIFI Language/en ABI/arm64',
    'in-app-browser',
  ],
  [
    'Line on an iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/13.19.0',
    'in-app-browser',
  ],
  [
    'Chrome on an iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
    'ios-not-safari',
  ],
  [
    'Firefox on an iPad',
    'Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/121.0 Mobile/15E148 Safari/605.1.15',
    'ios-not-safari',
  ],
  [
    'Edge on an iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/120.2210.84 Mobile/15E148 Safari/605.1.15',
    'ios-not-safari',
  ],
  [
    "Google's app on an iPhone",
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/292.0.590215436 Mobile/15E148 Safari/604.1',
    'ios-not-safari',
  ],
  [
    'Safari on an iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
    undefined,
  ],
  [
    'Safari on an iPad asking for desktop pages',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
    undefined,
  ],
  [
    'Chrome on Android',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
    undefined,
  ],
  [
    'Samsung Internet',
    'Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
    undefined,
  ],
  [
    'Chrome on Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    undefined,
  ],
  ['Firefox on Linux', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', undefined],
  ['an outline-drawing app (Line inside a word)', 'Mozilla/5.0 Outline/2.1 Chrome/120', undefined],
  ['nothing at all', '', undefined],
  ['nonsense', '\u0000<script>alert(1)</script>'.repeat(50), undefined],
];

/** A browser as the preflight reads it: secure, a camera, nothing refused, unless `changes` say otherwise. */
function environment(changes: Partial<PreflightEnvironment> = {}, devices: string[] = ['videoinput']) {
  return {
    secure: true,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120',
    mediaDevices: {
      enumerateDevices: async () => devices.map((kind) => ({ kind }) as MediaDeviceInfo),
    },
    ...changes,
  } satisfies PreflightEnvironment;
}

describe('the preflight: what it finds', () => {
  for (const [who, userAgent, expected] of USER_AGENTS) {
    it(`${who}: ${expected ?? 'a normal browser'}`, () => {
      expect(browserProblem(userAgent)).to.equal(expected);
    });
  }

  it('an http page (no mediaDevices): the secure-context problem, never an exception', async () => {
    expect(await preflightProblems(environment({ secure: false, mediaDevices: undefined }))).to.deep.equal([
      'insecure-context',
    ]);
  });

  it("the page's policy refusing the camera: blocked, whatever the devices", async () => {
    const policy = { allowsFeature: (feature: string) => feature !== 'camera' };
    expect(await preflightProblems(environment({ policy }))).to.deep.equal(['camera-blocked']);
  });

  it('where no policy can be read, a standing denial is blocked; a prompt still to come is not', async () => {
    const asked = (state: PermissionState) => ({
      query: async () => ({ state }) as PermissionStatus,
    });
    expect(await preflightProblems(environment({ permissions: asked('denied') }))).to.deep.equal([
      'camera-blocked',
    ]);
    expect(await preflightProblems(environment({ permissions: asked('prompt') }))).to.deep.equal([]);
    const unknownName = { query: () => Promise.reject(new TypeError("'camera' is not a valid name")) };
    expect(await preflightProblems(environment({ permissions: unknownName }))).to.deep.equal([]);
  });

  it('no camera among the devices: no-camera; devices that cannot be listed: nothing said', async () => {
    expect(await preflightProblems(environment({}, ['audioinput', 'audiooutput']))).to.deep.equal([
      'no-camera',
    ]);
    const refusing = { enumerateDevices: () => Promise.reject(new DOMException('no', 'NotAllowedError')) };
    expect(await preflightProblems(environment({ mediaDevices: refusing }))).to.deep.equal([]);
    expect(await preflightProblems(environment())).to.deep.equal([]);
  });

  it('the browser first: an in-app browser without a camera is told to open the page elsewhere', async () => {
    const userAgent = USER_AGENTS[0]?.[1] ?? '';
    expect(await preflightProblems(environment({ userAgent }, []))).to.deep.equal([
      'in-app-browser',
      'no-camera',
    ]);
  });

  it('offers the way forward for each problem, as far as the session allows', () => {
    const both = { handoff: true, upload: true };
    expect(offersFor(['camera-blocked'], both)).to.deep.equal(['handoff', 'upload']);
    expect(offersFor(['insecure-context'], { handoff: true })).to.deep.equal(['handoff']);
    expect(offersFor(['no-camera'], both)).to.deep.equal(['handoff', 'upload', 'continue']);
    expect(offersFor(['in-app-browser'], both)).to.deep.equal(['open-in-browser', 'upload', 'continue']);
    expect(offersFor(['ios-not-safari'], both)).to.deep.equal(['open-in-browser']);
    // Never a dead end: with nothing else to offer, trying anyway.
    expect(offersFor(['camera-blocked'], {})).to.deep.equal(['continue']);
  });
});

describe('<yoti-docscan-frame>: the preflight on the page', () => {
  let created = 0;
  before(() => startWorker());
  after(() => worker.stop());

  const restore: Array<() => void> = [];
  /** Replaces `name` on `target` for this test (its own property, over the prototype's). */
  function stub<T extends object>(target: T, name: string, value: unknown) {
    Object.defineProperty(target, name, { value, configurable: true });
    restore.push(() => delete (target as Record<string, unknown>)[name]);
  }
  afterEach(() => {
    for (const undo of restore.splice(0)) undo();
  });

  beforeEach(() => {
    created = 0;
    worker.resetHandlers(
      http.post('/yoti/idv-sessions', () => {
        created += 1;
        return HttpResponse.json({
          sessionId: 'sess-pf',
          sessionToken: 'tok-pf',
          ttl: 600,
          iframeUrl: `${API_URL}/web/index.html?sessionID=sess-pf&sessionToken=tok-pf`,
          live: false,
          handoff: true,
          upload: true,
        });
      }),
      http.get('/yoti/idv-sessions/sess-pf', () =>
        HttpResponse.json({
          sessionId: 'sess-pf',
          state: 'ONGOING',
          outcome: 'PENDING',
          progress: { document: true, face: false, submitted: false },
          live: false,
        }),
      ),
    );
  });

  async function mount(attributes = '') {
    const el = await fixture<YotiDocScanFrame>(
      attributes === 'off'
        ? html`<yoti-docscan-frame endpoint="/yoti" api-url=${API_URL} preflight="off"></yoti-docscan-frame>`
        : html`<yoti-docscan-frame endpoint="/yoti" api-url=${API_URL}></yoti-docscan-frame>`,
    );
    const preflights: YotiPreflightDetail[] = [];
    el.addEventListener('yoti-preflight', (event) => preflights.push(event.detail));
    return { el, preflights };
  }
  const panel = (el: YotiDocScanFrame) => el.shadowRoot?.querySelector('[part~="preflight"]');
  const buttons = (el: YotiDocScanFrame) =>
    [...(panel(el)?.querySelectorAll('button') ?? [])].map((button) => button.textContent?.trim());

  it('no camera, upload allowed: says so, offers the phone, photos and trying anyway; photos load the flow', async () => {
    stub(navigator.mediaDevices, 'enumerateDevices', async () => [{ kind: 'audioinput' }]);
    const fired: YotiPreflightDetail[] = [];
    document.addEventListener(
      'yoti-preflight',
      (event) => fired.push((event as CustomEvent<YotiPreflightDetail>).detail),
      { once: true },
    );
    const { el } = await mount();
    await waitUntil(() => panel(el), 'the preflight panel', { timeout: 5000 });
    expect(fired).to.deep.equal([{ problems: ['no-camera'], offered: ['handoff', 'upload', 'continue'] }]);
    expect(panel(el)?.querySelector('h2')?.textContent).to.equal("We couldn't find a camera");
    expect(buttons(el)).to.deep.equal(['Continue on your phone', 'Upload photos instead', 'Try anyway']);
    expect(el.shadowRoot?.querySelector('iframe')).to.equal(null);
    await expect(el).to.be.accessible();
    const upload = [...(panel(el)?.querySelectorAll('button') ?? [])][1] as HTMLButtonElement;
    upload.click();
    await waitUntil(() => el.shadowRoot?.querySelector('iframe'), 'the flow loads', { timeout: 5000 });
    expect(panel(el)).to.equal(null);
    expect(created).to.equal(1);
  });

  it("continuing on the phone shows the person's progress above the flow", async () => {
    stub(navigator.mediaDevices, 'enumerateDevices', async () => []);
    const { el } = await mount();
    await waitUntil(() => panel(el), 'the preflight panel', { timeout: 5000 });
    ([...(panel(el)?.querySelectorAll('button') ?? [])][0] as HTMLButtonElement).click();
    await waitUntil(() => el.shadowRoot?.querySelector('iframe'), 'the flow loads', { timeout: 5000 });
    const steps = () => el.shadowRoot?.querySelector('[part="progress"]');
    await waitUntil(() => steps()?.querySelector('li.done'), 'the document step ticked', { timeout: 5000 });
    expect(
      [...(steps()?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['✓Document captured', 'Face captured', 'Sent for checking']);
    expect(steps()?.querySelector('li.done [role="img"]')?.getAttribute('aria-label')).to.equal('Done');
    await expect(el).to.be.accessible();
  });

  it('an in-app browser takes no session: it offers the link, copied to the clipboard', async () => {
    stub(navigator, 'userAgent', USER_AGENTS[0]?.[1]);
    const copied: string[] = [];
    stub(navigator, 'clipboard', { writeText: async (text: string) => void copied.push(text) });
    const { el, preflights } = await mount();
    await waitUntil(() => panel(el), 'the preflight panel', { timeout: 5000 });
    expect(preflights).to.deep.equal([
      { problems: ['in-app-browser'], offered: ['open-in-browser', 'continue'] },
    ]);
    expect(created).to.equal(0);
    expect(panel(el)?.querySelector('h2')?.textContent).to.equal('Open this page in your browser');
    ([...(panel(el)?.querySelectorAll('button') ?? [])][0] as HTMLButtonElement).click();
    await waitUntil(() => copied.length > 0, 'the link copied');
    expect(copied).to.deep.equal([location.href]);
    await waitUntil(() => panel(el)?.textContent?.includes('Link copied'), 'the copy confirmed');
    await expect(el).to.be.accessible();
    // Trying anyway takes the session then, and loads the flow.
    ([...(panel(el)?.querySelectorAll('button') ?? [])][1] as HTMLButtonElement).click();
    await waitUntil(() => el.shadowRoot?.querySelector('iframe'), 'the flow loads', { timeout: 5000 });
    expect(created).to.equal(1);
  });

  it('a clipboard that refuses: the link shown, selected, to copy by hand', async () => {
    stub(navigator, 'userAgent', USER_AGENTS[10]?.[1]);
    stub(navigator, 'clipboard', {
      writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')),
    });
    const { el, preflights } = await mount();
    await waitUntil(() => panel(el), 'the preflight panel', { timeout: 5000 });
    expect(preflights[0]?.problems).to.deep.equal(['ios-not-safari']);
    expect(buttons(el)).to.deep.equal(['Copy link']);
    ([...(panel(el)?.querySelectorAll('button') ?? [])][0] as HTMLButtonElement).click();
    const field = () => panel(el)?.querySelector<HTMLInputElement>('.copy-field input');
    await waitUntil(() => field(), 'the link shown');
    expect(field()?.value).to.equal(location.href);
    expect(el.shadowRoot?.activeElement).to.equal(field());
    await expect(el).to.be.accessible();
  });

  it('preflight="off" checks nothing and loads the flow', async () => {
    let listed = 0;
    stub(navigator.mediaDevices, 'enumerateDevices', async () => {
      listed += 1;
      return [];
    });
    const { el, preflights } = await mount('off');
    await waitUntil(() => el.shadowRoot?.querySelector('iframe'), 'the flow loads', { timeout: 5000 });
    expect(listed).to.equal(0);
    expect(preflights).to.deep.equal([]);
  });

  it('a browser where all is well: no panel, no event, the flow at once', async () => {
    const { el, preflights } = await mount();
    await waitUntil(() => el.shadowRoot?.querySelector('iframe'), 'the flow loads', { timeout: 5000 });
    expect(preflights).to.deep.equal([]);
    expect(panel(el)).to.equal(null);
  });
});
