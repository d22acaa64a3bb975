// Express, Fastify and Hono apps, each following its mounting in docs/helper.md: a page of the app's own with
// the single-file build, the helper mounted the framework's way; the share journey end to end and the
// IDV routes through each. Fastify's own JSON parser keeps working beside the plugin.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freePort, makeApp, sandboxEnv, shareJourney, startApp, useSandbox } from './support.js';

describe('Node backends', () => {
  const sandbox = useSandbox();

  for (const name of ['express', 'fastify', 'hono']) {
    it(`${name}: click, QR decoded, shared; the app's yoti-success handler ran; IDV routes answer`, async () => {
      const dir = makeApp(name);
      const port = await freePort();
      const app = await startApp(
        dir,
        process.execPath,
        ['server.mjs'],
        { ...sandboxEnv(sandbox()), PORT: String(port) },
        `http://127.0.0.1:${port}/`,
      );
      try {
        await shareJourney(app, sandbox());
        if (name === 'fastify') {
          const echoed = await fetch(`${app.url}echo`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"a":1}',
          });
          assert.deepEqual(await echoed.json(), { echoed: { a: 1 } });
        }
        const missing = await fetch(`${app.url}elsewhere`);
        assert.equal(missing.status, 404, "a page outside /yoti is the framework's own 404");
        assert.doesNotMatch(await missing.text(), /No such route/);
      } finally {
        await app.stop();
      }
    });
  }
});
