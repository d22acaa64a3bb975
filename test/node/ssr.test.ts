// Every element and flow renders to Declarative Shadow DOM under @lit-labs/ssr (issue 26) without
// touching document or window (Node has neither) and without a request: what an element fetches,
// it fetches in the browser. Hydration is tested in the browser (test/browser/ssr.test.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';

const requests: string[] = [];
const originalFetch = globalThis.fetch;

const cases: Array<[string, TemplateResult, string]> = [
  ['<yoti-share-button>', html`<yoti-share-button></yoti-share-button>`, 'Yoti'],
  ['<yoti-share-button label>', html`<yoti-share-button label="Verify"></yoti-share-button>`, 'Verify'],
  [
    '<yoti-share-button flow="inline">',
    html`<yoti-share-button flow="inline" endpoint="/yoti"></yoti-share-button>`,
    '',
  ],
  [
    '<yoti-share-button flow="instant">',
    html`<yoti-share-button flow="instant" session-id="ss.v2.x"></yoti-share-button>`,
    '',
  ],
  [
    '<yoti-share-button prepare="intent">',
    html`<yoti-share-button prepare="intent"></yoti-share-button>`,
    '',
  ],
  ['<yoti-docscan-frame endpoint>', html`<yoti-docscan-frame endpoint="/yoti"></yoti-docscan-frame>`, ''],
  [
    '<yoti-docscan-frame link-code>',
    html`<yoti-docscan-frame endpoint="/yoti" link-code="abc"></yoti-docscan-frame>`,
    '',
  ],
  ['<yoti-idv-status>', html`<yoti-idv-status session-id="s"></yoti-idv-status>`, 'Identity verification'],
  [
    '<yoti-idv-status> without a session',
    html`<yoti-idv-status></yoti-idv-status>`,
    'No verification session',
  ],
  ['<yoti-idv-sessions>', html`<yoti-idv-sessions></yoti-idv-sessions>`, 'Identity checks'],
  ['<yoti-idv-review>', html`<yoti-idv-review session-id="s"></yoti-idv-review>`, ''],
  ['<yoti-idv-link-form>', html`<yoti-idv-link-form></yoti-idv-link-form>`, 'Send an identity check'],
];

describe('server-side rendering with @lit-labs/ssr', () => {
  before(async () => {
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      requests.push(String(input));
      throw new Error('no request during server-side rendering');
    }) as typeof fetch;
    await import('../../src/define.js');
    await import('../../src/admin/index.js');
  });
  after(() => {
    globalThis.fetch = originalFetch;
  });

  for (const [name, template, text] of cases) {
    it(`${name} renders a declarative shadow root, touching no DOM and asking for nothing`, async () => {
      const markup = await collectResult(render(template));
      assert.match(markup, /<template shadowroot="open" shadowrootmode="open">/);
      if (text) assert.ok(markup.includes(text), `${name} shows "${text}"`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual(requests, []);
    });
  }
});
