// Angular 21 with SSR (the CLI's own Express server, rendered at each request) and strictTemplates,
// as docs/frameworks.md's Angular section shows it: `ng build` bundles the helper into the server without
// configuration and warns about nothing (qrcode is bundled as ES modules in ours); the built
// server renders the tag, and serves the journey and the helper's routes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { failsWithFile, inApp, makeApp, servesJourney, useSandbox } from './support.js';

describe('Angular with SSR', () => {
  const sandbox = useSandbox();
  let dir: string;
  before(() => {
    dir = makeApp('angular');
  });

  it('builds browser and server with no secrets, no configuration and no warning, bindings checked', () => {
    const built = inApp(dir, 'npx', ['ng', 'build'], { NG_CLI_ANALYTICS: 'false' });
    assert.doesNotMatch(built, /WARNING|CommonJS|qrcode/i, built);
    assert.match(built, /Application bundle generation complete/);
  });

  it('serves the server-rendered page and the helper: click, QR decoded, shared, the component showed the receipt', () =>
    servesJourney(
      sandbox(),
      dir,
      process.execPath,
      () => ['dist/shop/server/server.mjs'],
      () => ({
        NG_ALLOWED_HOSTS: '127.0.0.1',
      }),
    ));

  it('rejects a wrong binding or event detail on the tags under strictTemplates', () => {
    const right = readFileSync(join(dir, 'src', 'app', 'app.ts'), 'utf8');
    const wrong = right.replace(
      '</main>',
      `
      <yoti-share-button flow="sideways"></yoti-share-button>
      <yoti-share-button [pollInterval]="'soon'"></yoti-share-button>
      <yoti-share-button (yoti-success)="$event.detail.code"></yoti-share-button>
    </main>`,
    );
    const said = failsWithFile(dir, 'src/app/app.ts', wrong, 'npx', ['ng', 'build']);
    assert.match(said, /TS2322: Type '"sideways"' is not assignable to type 'ShareFlow \| undefined'/);
    assert.match(said, /TS2322: Type 'string' is not assignable to type 'number'/);
    assert.match(said, /TS2339: Property 'code' does not exist on type 'YotiSuccessDetail'/);
  });
});
