// Checks the built package (npm test builds first): every `exports` target exists with its types,
// the Node entries work from dist, and the browser entry imports in Node (SSR) without side effects.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { VERSION } from '../../src/core/version.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function targets(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry];
  return Object.values(entry as Record<string, unknown>).flatMap(targets);
}

describe('the built package', () => {
  it('has a file for every exports target, and types for every code entry', () => {
    for (const [subpath, entry] of Object.entries(pkg.exports)) {
      for (const target of targets(entry)) assert.ok(existsSync(target), `${subpath} -> ${target} exists`);
      if (typeof entry === 'object' && subpath !== './package.json') {
        assert.ok((entry as { types?: string }).types, `${subpath} declares its types`);
      }
    }
  });

  it('stamps the package version on the code', () => {
    assert.equal(VERSION, pkg.version);
  });

  it('runs the helper and the sandbox from dist, as a user imports them', async () => {
    const { startSandbox } = await import(`${process.cwd()}/${pkg.exports['./sandbox'].default}`);
    const { createYotiHandler } = await import(`${process.cwd()}/${pkg.exports['./server'].default}`);
    const sandbox = await startSandbox();
    try {
      const handler = createYotiHandler({
        clientSdkId: sandbox.clientSdkId,
        privateKey: sandbox.privateKey,
        shareApiUrl: sandbox.shareApiUrl,
        idvApiUrl: sandbox.idvApiUrl,
        idv: {},
      });
      const response = await handler(new Request('http://localhost/yoti/idv-sessions', { method: 'POST' }));
      assert.equal(response.status, 201);
    } finally {
      await sandbox.close();
    }
  });

  it('imports the browser entry in Node (server-side rendering) without touching the DOM', async () => {
    assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
    const browser = await import(`${process.cwd()}/${pkg.exports['.'].default}`);
    assert.equal(typeof browser.define, 'function');
    assert.equal(browser.VERSION, pkg.version);
  });

  it('lists exactly the files that register tags as side effects; the main entry registers nothing', () => {
    const registering = readdirSync('dist/browser')
      .filter(
        (name) =>
          name.endsWith('.js') && /^defineElement\(/m.test(readFileSync(`dist/browser/${name}`, 'utf8')),
      )
      .map((name) => `./dist/browser/${name}`)
      .sort();
    const listed = (pkg.sideEffects as string[]).filter((path) => path.startsWith('./dist/browser/')).sort();
    assert.deepEqual(listed, registering);
    assert.ok(!registering.includes(`./${pkg.exports['.'].default.replace(/^\.\//, '')}`));
    assert.ok((pkg.sideEffects as string[]).includes('./dist/yoti-elements.min.js'));
  });
});
