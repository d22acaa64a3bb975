// Checks the built package (npm test builds first): every `exports` target exists with its types,
// the Node entries work from dist, and the browser entry imports in Node (SSR) without side effects.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
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

  it("marks the React components as client components ('use client', for Next.js's App Router)", () => {
    const react = readFileSync(pkg.exports['./react'].default, 'utf8');
    assert.match(react, /^["']use client["'];/);
    assert.doesNotMatch(readFileSync(pkg.exports['./define'].default, 'utf8'), /use client/);
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

describe('what npm pack ships', () => {
  const packed = (() => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], {
      encoding: 'utf8',
    });
    return new Set((JSON.parse(output)[0].files as Array<{ path: string }>).map((file) => file.path));
  })();

  it('ships the builds, their types, the sources the maps name, the manifest and the README; no tests, stories or demo', () => {
    for (const path of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/yoti-elements.min.js',
      'dist/yoti-elements-admin.min.js',
      'dist/node/pages/idv.js',
    ]) {
      assert.ok(packed.has(path), `${path} is packed`);
    }
    const unwanted = [...packed].filter((path) =>
      /^(test|stories|demo|scripts|\.storybook|\.ci|node_modules|public)\//.test(path),
    );
    assert.deepEqual(unwanted, []);
    console.log(`pack: ${packed.size} files`);
  });

  it('packs every exports target', () => {
    for (const [subpath, entry] of Object.entries(pkg.exports)) {
      for (const target of targets(entry))
        assert.ok(packed.has(target.replace(/^\.\//, '')), `${subpath} -> ${target} is packed`);
    }
  });

  it('has source maps that carry every source they name (the sources themselves are not shipped)', () => {
    const maps = [...packed].filter((path) => path.endsWith('.map'));
    assert.ok(maps.length > 0);
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(map, 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      sources.forEach((source, index) => {
        const resolved = posix.normalize(posix.join(posix.dirname(map), source));
        const carried = typeof sourcesContent?.[index] === 'string' && sourcesContent[index] !== '';
        assert.ok(carried || packed.has(resolved), `${map}: ${source} is neither carried nor packed`);
      });
    }
  });

  it('lists the six tags in custom-elements.json with their attributes and events', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
      modules: Array<{
        declarations?: Array<{
          tagName?: string;
          attributes?: Array<{ name: string }>;
          events?: Array<{ name: string }>;
        }>;
      }>;
    };
    const tags = Object.fromEntries(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => [declaration.tagName, declaration]),
    );
    assert.deepEqual(Object.keys(tags).sort(), [
      'yoti-docscan-frame',
      'yoti-idv-link-form',
      'yoti-idv-review',
      'yoti-idv-sessions',
      'yoti-idv-status',
      'yoti-share-button',
    ]);
    const names = (list?: Array<{ name: string }>) => (list ?? []).map((item) => item.name);
    const attributes = (tag: string) => names(tags[tag]!.attributes).sort();
    assert.deepEqual(attributes('yoti-share-button'), [
      'alignment',
      'endpoint',
      'flow',
      'label',
      'locale',
      'mobile-flow',
      'mode',
      'poll-interval',
      'prepare',
      'redirect-uri',
      'session-id',
      'theme',
    ]);
    assert.deepEqual(attributes('yoti-docscan-frame'), [
      'api-url',
      'endpoint',
      'launch',
      'link-code',
      'load-timeout',
      'locale',
      'preflight',
      'session-id',
      'session-token',
      'theme',
      'token-ttl',
    ]);
    assert.deepEqual(attributes('yoti-idv-status'), [
      'endpoint',
      'locale',
      'poll-interval',
      'session-id',
      'theme',
    ]);
    assert.deepEqual(names(tags['yoti-docscan-frame']!.events), [
      'yoti-preflight',
      'yoti-ready',
      'yoti-success',
      'yoti-error',
      'yoti-event',
    ]);
    assert.deepEqual(names(tags['yoti-idv-status']!.events), ['yoti-status', 'yoti-error']);
    // The back office's (yoti-elements/admin).
    assert.deepEqual(attributes('yoti-idv-sessions'), ['endpoint', 'locale', 'selected', 'theme']);
    assert.deepEqual(attributes('yoti-idv-review'), ['endpoint', 'locale', 'session-id', 'theme']);
    assert.deepEqual(attributes('yoti-idv-link-form'), ['endpoint', 'locale', 'theme']);
    assert.deepEqual(names(tags['yoti-idv-sessions']!.events), ['yoti-select', 'yoti-error']);
    assert.deepEqual(names(tags['yoti-idv-review']!.events), ['yoti-decision', 'yoti-deleted', 'yoti-error']);
    assert.deepEqual(names(tags['yoti-idv-link-form']!.events), ['yoti-link', 'yoti-error']);
  });
});

describe('every browser entry imports in Node (server-side rendering)', () => {
  for (const subpath of [
    '.',
    './define',
    './share-button',
    './docscan-frame',
    './idv-status',
    './react',
    './admin',
    './admin/idv-sessions',
    './admin/idv-review',
    './admin/idv-link-form',
  ]) {
    it(`yoti-elements${subpath.slice(1)} imports without touching the DOM`, async () => {
      const target = pkg.exports[subpath].default as string;
      const module = await import(`${process.cwd()}/${target}`);
      assert.ok(Object.keys(module).length > 0);
    });
  }
});
