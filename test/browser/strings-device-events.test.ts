import { expect } from '@open-wc/testing';
import { isHandheld, resolveShareMode } from '../../src/core/device.js';
import { emit } from '../../src/core/events.js';
import { coreStrings, languageOf, loadLanguage, translate } from '../../src/core/strings.js';
import { docscanStrings } from '../../src/elements/docscan-frame/strings.js';
import { statusStrings } from '../../src/elements/idv-status/strings.js';
import { shareStrings } from '../../src/elements/share-button/strings.js';

const iPhone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const pixel =
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const macSafari =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const windowsChrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

describe('strings', () => {
  const tables = { core: coreStrings, share: shareStrings, docscan: docscanStrings, status: statusStrings };

  it('has a French string for every English key, and no other, in every table', async () => {
    for (const [name, tableSet] of Object.entries(tables)) {
      const [en, fr] = [tableSet.en, await tableSet.fr()];
      expect(Object.keys(fr).sort(), name).to.deep.equal(Object.keys(en).sort());
      for (const [key, text] of Object.entries(fr))
        expect(text, `${name} ${key}`).to.be.a('string').and.not.equal('');
    }
  });

  it('picks the language of a locale, English otherwise', () => {
    expect(languageOf('fr')).to.equal('fr');
    expect(languageOf('fr-CA')).to.equal('fr');
    expect(languageOf('FR_fr')).to.equal('fr');
    expect(languageOf('de')).to.equal('en');
    expect(languageOf(undefined)).to.equal('en');
    expect(languageOf('__proto__')).to.equal('en');
  });

  it('shows English until a French table is loaded, then French', async () => {
    const french = { en: { hello: 'Hello' }, fr: async () => ({ hello: 'Bonjour' }) };
    expect(translate(french, 'hello', 'fr-CA', undefined)).to.equal('Hello');
    expect(loadLanguage(french, 'en')).to.equal(undefined);
    await loadLanguage(french, 'fr-CA');
    expect(translate(french, 'hello', 'fr-CA', undefined)).to.equal('Bonjour');
    expect(translate(french, 'hello', 'en', undefined)).to.equal('Hello');
    expect(loadLanguage(french, 'fr'), 'loaded once').to.equal(undefined);
  });

  it('keeps English, with one warning, when a French table cannot load', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (message: unknown) => warnings.push(message);
    try {
      const broken = { en: { hello: 'Hello' }, fr: () => Promise.reject(new TypeError('Failed to fetch')) };
      await loadLanguage(broken, 'fr');
      expect(translate(broken, 'hello', 'fr', undefined)).to.equal('Hello');
      expect(loadLanguage(broken, 'fr'), 'not tried again').to.equal(undefined);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
  });

  it('fills placeholders and prefers string overrides for known keys', () => {
    expect(translate(coreStrings, 'error.unknown', 'en', undefined, { code: 'x1' })).to.equal(
      'Something went wrong (x1).',
    );
    expect(translate(coreStrings, 'common.retry', 'fr', { 'common.retry': 'Encore' })).to.equal('Encore');
    expect(translate(coreStrings, 'common.retry', 'en', { 'common.retry': 42 })).to.equal('Try again');
    expect(translate(coreStrings, 'error.unknown', 'en', undefined, {})).to.equal(
      'Something went wrong ({code}).',
    );
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
