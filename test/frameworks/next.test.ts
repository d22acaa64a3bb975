// Next.js 16 App Router with React 19, as docs/frameworks.md's Next.js section shows it: a server component
// page with a client component using yoti-elements/react's wrapper (plain tags, typed by
// yoti-elements/types/react, are type-checked here too), the helper
// as a route handler made at the first request. `next build` runs without secrets and type-checks
// the app; a wrong prop fails the type check; `next start` serves the journey, the page rendered by
// Next's server with the tag in it.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { failsWithFile, inApp, makeApp, servesJourney, useSandbox } from './support.js';

describe('Next.js App Router', () => {
  const sandbox = useSandbox();
  let dir: string;
  before(() => {
    dir = makeApp('next');
  });

  it('builds with no secrets and no configuration, type-checking the tags', () => {
    const started = Date.now();
    const built = inApp(dir, 'npx', ['next', 'build'], { NEXT_TELEMETRY_DISABLED: '1' });
    console.log(`next build ${((Date.now() - started) / 1000).toFixed(0)} s`);
    assert.match(built, /\/yoti\/\[\.\.\.path\]/, 'the route handler is built');
    assert.doesNotMatch(built, /warn/i);
  });

  it('rejects a wrong prop or event detail in the type check', () => {
    const said = failsWithFile(
      dir,
      'app/wrong.tsx',
      [
        "import { YotiShareButton } from 'yoti-elements/react';",
        'export const A = () => <yoti-share-button flow="sideways" />;',
        'export const B = () => <yoti-idv-status pollInterval="soon" />;',
        'export const C = () => <yoti-share-button onyoti-success={(event) => event.detail.code} />;',
        'export const D = () => <YotiShareButton flow="sideways" />;',
        '// Right: no error below.',
        'export const E = () => <yoti-share-button flow="inline" onyoti-success={(event) => event.detail.receiptId} />;',
        '',
      ].join('\n'),
      'npx',
      ['tsc', '--noEmit', '-p', '.'],
    );
    assert.match(said, /wrong\.tsx\(2,[^)]*\): error TS2322: Type '"sideways"' is not assignable/);
    assert.match(
      said,
      /wrong\.tsx\(3,[^)]*\): error TS2322: Type 'string' is not assignable to type 'number'/,
    );
    assert.match(said, /wrong\.tsx\(4,[^)]*\): error TS2339: Property 'code' does not exist/);
    assert.match(said, /wrong\.tsx\(5,[^)]*\): error TS2322: Type '"sideways"' is not assignable/);
    assert.doesNotMatch(said, /wrong\.tsx\(7,/);
  });

  it('serves the page and the helper: click, QR decoded, shared, the component showed the receipt', () =>
    servesJourney(
      sandbox(),
      dir,
      'npx',
      (port) => ['next', 'start', '-p', String(port), '-H', '127.0.0.1'],
      () => ({ NEXT_TELEMETRY_DISABLED: '1' }),
    ));
});
