import { expect } from '@open-wc/testing';
import { isHandheld, resolveShareMode } from '../../src/core/device.js';
import { emit } from '../../src/core/events.js';
import { coreStrings, registerLocale, speak, translate } from '../../src/core/strings.js';
import { docscanStrings } from '../../src/elements/docscan-frame/strings.js';
import { statusStrings } from '../../src/elements/idv-status/strings.js';
import { shareStrings } from '../../src/elements/share-button/strings.js';
import { pseudoLocalise } from '../../src/locales/pseudo.js';
import { match } from '../../src/shared/locales.js';

const iPhone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const pixel =
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const macSafari =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const windowsChrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

describe('strings', () => {
  /** A table of one key in English, whose German loads (or fails to) on demand. */
  const table = (german: () => Promise<Record<string, string>>) => ({
    en: { hello: 'Hello', wait: 'Wait {seconds, plural, one {# second} other {# seconds}}.' },
    source: async () => ({
      match: (wanted: readonly string[]) => (wanted[0]?.startsWith('de') ? 'de' : 'en'),
      load: german,
      rtl: () => false,
    }),
  });

  it('speaks English at once, and another language once its table is loaded', async () => {
    const tables = table(async () => ({ hello: 'Hallo' }));
    expect(speak(tables, ['en-US'])).to.equal('en');
    expect(speak(tables, ['en-GB', 'de'])).to.equal('en');
    const speaking = speak(tables, ['de-AT']);
    expect(speaking).to.be.instanceOf(Promise);
    expect(await speaking).to.equal('de');
    expect(translate(tables, 'hello', 'de', undefined)).to.equal('Hallo');
    expect(translate(tables, 'hello', 'en', undefined)).to.equal('Hello');
    expect(speak(tables, ['de']), 'loaded once').to.equal('de');
  });

  it('falls back key by key to English, and keeps English, with one warning, when a table cannot load', async () => {
    const partial = table(async () => ({ hello: 'Hallo' }));
    await speak(partial, ['de']);
    expect(translate(partial, 'wait', 'de', undefined, { seconds: 1 })).to.equal('Wait 1 second.');
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (message: unknown) => warnings.push(message);
    try {
      const broken = {
        en: { hello: 'Hello' },
        source: () => Promise.reject(new TypeError('Failed to fetch')),
      };
      expect(await speak(broken, ['de'])).to.equal('en');
      expect(translate(broken, 'hello', 'en', undefined)).to.equal('Hello');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
  });

  it('fills placeholders and plurals through Intl, and prefers string overrides for known keys', () => {
    expect(translate(coreStrings, 'error.unknown', 'en', undefined, { code: 'x1' })).to.equal(
      'Something went wrong (x1).',
    );
    expect(translate(coreStrings, 'common.retry', 'fr', { 'common.retry': 'Encore' })).to.equal('Encore');
    expect(translate(coreStrings, 'common.retry', 'en', { 'common.retry': 42 })).to.equal('Try again');
    expect(translate(coreStrings, 'error.unknown', 'en', undefined, {})).to.equal(
      'Something went wrong ({code}).',
    );
    const wait = (seconds: number, tag = 'en') =>
      translate(coreStrings, 'error.rate_limited', tag, undefined, { seconds });
    expect(wait(1)).to.match(/in 1 second\.$/);
    expect(wait(30)).to.match(/in 30 seconds\.$/);
    expect(wait(1500)).to.match(/in 1,500 seconds\.$/);
  });

  it('lets a host register strings for a language, over the built-in ones, key by key', async () => {
    const tables = table(async () => ({ hello: 'Hallo' }));
    registerLocale('de', { hello: 'Servus' });
    expect(await speak(tables, ['de'])).to.equal('de');
    expect(translate(tables, 'hello', 'de', undefined)).to.equal('Servus');
    registerLocale('eo', { hello: 'Saluton' });
    expect(translate(tables, 'hello', 'eo', undefined)).to.equal('Saluton');
    expect(translate(tables, 'wait', 'eo', undefined, { seconds: 2 }), 'the rest in English').to.equal(
      'Wait 2 seconds.',
    );
  });

  it('negotiates a language: the whole tag, its language and script, its language; English when wanted or nothing matches', () => {
    expect(match(['de-AT'])).to.equal('de');
    expect(match(['zh-CN'])).to.equal('zh-Hans');
    expect(match(['zh-TW', 'ja'])).to.equal('ja');
    expect(match(['en-US', 'fr'])).to.equal('en');
    expect(match(['xx', '__proto__', 'not a tag'])).to.equal('en');
    expect(match(['iw'])).to.equal('he');
    expect(match(['eo'], ['eo'])).to.equal('eo');
    expect(match(['pt-BR'])).to.equal('pt');
  });

  it('makes the pseudo-locale from English: accented, 40% longer, bracketed, placeholders and plurals kept', () => {
    const pseudo = pseudoLocalise({
      retry: 'Try again',
      wait: 'In {seconds, plural, one {# second} other {# seconds}} at {time}.',
    });
    expect(pseudo.retry).to.match(/^\[Ţŕý àĝàîñ( ~)+\]$/);
    expect((pseudo.retry ?? '').length).to.be.at.least('Try again'.length * 1.4);
    expect(pseudo.wait).to.contain('{seconds, plural, one {# ');
    expect(pseudo.wait).to.contain('{time}');
  });

  it('gives each element only its own strings and the shared ones', () => {
    expect(Object.keys(docscanStrings.en).some((key) => key.startsWith('share.'))).to.equal(false);
    expect(Object.keys(shareStrings.en).some((key) => key.startsWith('idv.'))).to.equal(false);
    expect(statusStrings.en['common.retry']).to.equal('Try again');
  });
});

describe('device detection', () => {
  it('tells phones and tablets from desktops', () => {
    expect(isHandheld({ userAgent: iPhone })).to.equal(true);
    expect(isHandheld({ userAgent: pixel })).to.equal(true);
    expect(isHandheld({ userAgent: windowsChrome })).to.equal(false);
    expect(isHandheld({ userAgent: macSafari, platform: 'MacIntel', maxTouchPoints: 0 })).to.equal(false);
    expect(isHandheld({ userAgent: macSafari, platform: 'MacIntel', maxTouchPoints: 5 })).to.equal(true);
    expect(isHandheld({ userAgent: windowsChrome, userAgentData: { mobile: true } })).to.equal(true);
  });

  it('lets the mode attribute force a mode, and detects for auto or anything else', () => {
    expect(resolveShareMode('mobile', { userAgent: windowsChrome })).to.equal('mobile');
    expect(resolveShareMode('desktop', { userAgent: iPhone })).to.equal('desktop');
    expect(resolveShareMode('auto', { userAgent: iPhone })).to.equal('mobile');
    expect(resolveShareMode(null, { userAgent: windowsChrome })).to.equal('desktop');
    expect(resolveShareMode('tablet', { userAgent: windowsChrome })).to.equal('desktop');
  });

  it('reads this browser when given no hints (headless Chromium on Linux is a desktop)', () => {
    expect(resolveShareMode('auto')).to.equal('desktop');
  });
});

describe('emit()', () => {
  it('fires a bubbling, composed event that crosses a shadow root, with its detail', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    const seen: Array<CustomEvent> = [];
    document.body.addEventListener('yoti-error', (event) => seen.push(event), { once: true });
    emit(inner, 'yoti-error', { code: 2002, message: 'Expired', retryable: true });
    host.remove();
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail).to.deep.equal({ code: 2002, message: 'Expired', retryable: true });
    expect(seen[0]!.composed).to.equal(true);
  });

  it('reports a cancelable event that a listener prevented', () => {
    const target = document.createElement('div');
    target.addEventListener('yoti-success', (event) => event.preventDefault());
    expect(emit(target, 'yoti-success', { sessionId: 's', receiptId: 'r' }, { cancelable: true })).to.equal(
      false,
    );
    expect(emit(target, 'yoti-success', { sessionId: 's', receiptId: 'r' })).to.equal(true);
  });
});
