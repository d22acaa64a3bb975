// Every element and flow renders on a server (@lit-labs/ssr, Declarative Shadow DOM) without
// touching document, window or the network, and hydrates in the browser without errors (issue 26).
import {
  cleanupFixtures,
  csrFixture,
  ssrHydratedFixture,
  ssrNonHydratedFixture,
} from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';

const modules = ['../../src/define.ts', '../../src/admin/index.ts'];

const cases: Array<[string, TemplateResult, string]> = [
  ['share button', html`<yoti-share-button></yoti-share-button>`, 'Yoti'],
  [
    'share button with a label',
    html`<yoti-share-button label="Verify with Yoti"></yoti-share-button>`,
    'Verify with Yoti',
  ],
  [
    'share button inline',
    html`<yoti-share-button flow="inline" session-id="ss.v2.x"></yoti-share-button>`,
    '',
  ],
  [
    'share button instant',
    html`<yoti-share-button flow="instant" session-id="ss.v2.x"></yoti-share-button>`,
    '',
  ],
  ['share button in French', html`<yoti-share-button locale="fr"></yoti-share-button>`, ''],
  ['Doc Scan frame', html`<yoti-docscan-frame endpoint="/ssr-none"></yoti-docscan-frame>`, ''],
  ['status card', html`<yoti-idv-status session-id="ssr-none"></yoti-idv-status>`, 'Identity verification'],
  ['status card in French', html`<yoti-idv-status session-id="ssr-none" locale="fr"></yoti-idv-status>`, ''],
  ['session list', html`<yoti-idv-sessions endpoint="/ssr-none"></yoti-idv-sessions>`, 'Identity checks'],
  ['review', html`<yoti-idv-review endpoint="/ssr-none" session-id="x"></yoti-idv-review>`, ''],
  [
    'link form',
    html`<yoti-idv-link-form endpoint="/ssr-none"></yoti-idv-link-form>`,
    'Send an identity check',
  ],
];

describe('server-side rendering (@lit-labs/ssr)', () => {
  let errors: string[] = [];
  const original = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.error = original;
    cleanupFixtures();
  });

  for (const [name, template, text] of cases) {
    it(`${name}: rendered on the server with its shadow root, then hydrated without errors`, async () => {
      const rendered = await ssrNonHydratedFixture(template, { modules });
      expect(rendered.shadowRoot, 'a declarative shadow root').to.exist;
      if (text) expect(rendered.shadowRoot?.textContent).to.contain(text);
      cleanupFixtures();
      const hydrated = await ssrHydratedFixture(template, { modules });
      await (hydrated as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      if (text) expect(hydrated.shadowRoot?.textContent).to.contain(text);
      const client = await csrFixture(template, { modules });
      await (client as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(errors.filter((line) => /hydrat|mismatch/i.test(line))).to.deep.equal([]);
    });
  }
});
