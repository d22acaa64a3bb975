// SvelteKit 2 with Svelte 5, SSR on, adapter-node, as docs/frameworks.md's SvelteKit section shows it: the
// tag in a page (typed by yoti-elements/types/svelte), the helper as a `+server.ts` endpoint made at
// the first request. `vite build` needs no secrets; svelte-check passes, and fails on a wrong prop;
// the built server serves the journey with the tag in its server-rendered HTML.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { failsWithFile, inApp, makeApp, servesJourney, useSandbox } from './support.js';

describe('SvelteKit', () => {
  const sandbox = useSandbox();
  let dir: string;
  before(() => {
    dir = makeApp('sveltekit');
  });

  it('type-checks the tags with svelte-check, and builds with no secrets', () => {
    const checked = inApp(dir, 'npm', ['run', '--silent', 'check']);
    assert.match(checked, /0 errors and 0 warnings/);
    const built = inApp(dir, 'npx', ['vite', 'build']);
    assert.doesNotMatch(built, /\(!\)|warning/i, built);
  });

  it('rejects a wrong attribute, property or event detail in svelte-check', () => {
    const said = failsWithFile(
      dir,
      'src/routes/Wrong.svelte',
      [
        '<script lang="ts"></script>',
        '<yoti-share-button flow="sideways"></yoti-share-button>',
        '<yoti-idv-status poll-interval="soon"></yoti-idv-status>',
        '<yoti-share-button onyoti-success={(event) => event.detail.code}></yoti-share-button>',
        '<yoti-share-button flow="inline" session-id="abc" onyoti-error={(event) => event.detail.retryable}></yoti-share-button>',
        '<yoti-idv-status poll-interval="5000" session-id="abc" onyoti-status={(event) => event.detail.state}></yoti-idv-status>',
        '',
      ].join('\n'),
      'npm',
      ['run', '--silent', 'check'],
    );
    assert.match(said, /Wrong\.svelte:2:\d+\s*\n?Error: Type '"sideways"' is not assignable/);
    assert.match(said, /Wrong\.svelte:3:\d+\s*\n?Error: Type '"soon"' is not assignable/);
    assert.match(said, /Wrong\.svelte:4:\d+\s*\n?Error: Property 'code' does not exist/);
    assert.doesNotMatch(said, /Wrong\.svelte:[56]:/);
    assert.match(said, /3 errors/);
  });

  it('serves the page and the helper: click, QR decoded, shared, the page showed the receipt', () =>
    servesJourney(
      sandbox(),
      dir,
      process.execPath,
      () => ['build'],
      (port) => ({ HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` }),
    ));
});
