import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/docscan-frame/define.js';
import type { YotiDocScanFrame } from '../../src/elements/docscan-frame/docscan-frame.js';
import { generate } from '../support/fuzz.js';

const IDV_ORIGIN = `http://127.0.0.1:${location.port}`;
const API_URL = `${IDV_ORIGIN}/test/fixtures/idv`;
const PER_CHANNEL = 4000;

async function mount() {
  const el = await fixture<YotiDocScanFrame>(
    html`<yoti-docscan-frame session-id="fuzz" session-token="fuzz-token" api-url=${API_URL}></yoti-docscan-frame>`,
  );
  const fired: string[] = [];
  for (const type of ['yoti-ready', 'yoti-success', 'yoti-error', 'yoti-event'])
    el.addEventListener(type, () => fired.push(type));
  await waitUntil(() => fired.includes('yoti-ready'), 'started', { timeout: 5000 });
  fired.length = 0;
  const own = el.shadowRoot!.querySelector('iframe')!.contentWindow!;
  return { el, fired, own };
}

/** Posts `messages` from `source` (a window on the IDV origin), then a sentinel from the element's own frame. */
async function flood(source: Window, messages: unknown[], own: Window, seen: () => boolean) {
  for (let i = 0; i < messages.length; i += 500) {
    source.postMessage({ command: 'post-many', messages: messages.slice(i, i + 500) }, IDV_ORIGIN);
  }
  own.postMessage({ command: 'post', message: { eventType: 'SENTINEL' } }, IDV_ORIGIN);
  await waitUntil(seen, 'the sentinel', { timeout: 20_000 });
}

describe('postMessage fuzz on <yoti-docscan-frame>', () => {
  let errors: unknown[];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  it(`${PER_CHANNEL} messages from a foreign origin (the host page itself) fire nothing`, async () => {
    const { fired } = await mount();
    const messages = generate(PER_CHANNEL, 1, { outcomes: true }).map((g) => g.message);
    for (const message of messages) window.postMessage(message, '*');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fired).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    console.log(
      `fuzz: foreign origin: ${messages.length} messages, ${fired.length} events, ${errors.length} exceptions`,
    );
  });

  it(`${PER_CHANNEL} messages from another window on the IDV origin fire nothing`, async () => {
    const { fired, own } = await mount();
    const impostor = document.createElement('iframe');
    impostor.src = `${API_URL}/web/index.html`;
    document.body.append(impostor);
    await new Promise((resolve) => impostor.addEventListener('load', resolve, { once: true }));
    const messages = generate(PER_CHANNEL, 2, { outcomes: true }).map((g) => g.message);
    await flood(impostor.contentWindow!, messages, own, () => fired.includes('yoti-event'));
    impostor.remove();
    expect(fired).to.deep.equal(['yoti-event']);
    expect(errors).to.deep.equal([]);
    console.log(
      `fuzz: foreign window, right origin: ${messages.length} messages, ${fired.length - 1} events, ${errors.length} exceptions`,
    );
  });

  it(`${PER_CHANNEL} hostile and well-formed messages from its own iframe: only the well-formed are mapped`, async () => {
    const { el, fired, own } = await mount();
    const details: string[] = [];
    el.addEventListener('yoti-event', (event) => details.push(event.detail.eventType));
    const generated = generate(PER_CHANNEL, 3, { outcomes: false });
    const expected = generated.filter((g) => g.mapsToEvent).length;
    await flood(
      own,
      generated.map((g) => g.message),
      own,
      () => details.includes('SENTINEL'),
    );
    expect(details.length - 1).to.equal(expected);
    expect(fired.every((type) => type === 'yoti-event')).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    console.log(
      `fuzz: own iframe: ${generated.length} messages, ${expected} well-formed mapped, ${generated.length - expected} ignored, ${errors.length} exceptions`,
    );
  });
});
