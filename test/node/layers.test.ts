// The house's layering, checked over every import in src/: each folder names what it may import,
// so a file in the wrong room (an import running back up a floor) fails here. docs/architecture.md
// explains the floors.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const SRC = resolve(import.meta.dirname, '../../src');

/**
 * The helper's floors, lowest first: a folder imports from its own floor and those below it only.
 * `.` is the top (the handler that joins the parts, and the package's entry).
 */
const SERVER_FLOORS = ['core', 'store', 'http', 'options', 'live', 'sessions', 'admin', 'adapters', '.'];

/** What each of src/'s top-level areas may import (beside itself). */
const AREAS: Record<string, string[]> = {
  shared: [],
  core: ['shared', 'locales'],
  // Each language's strings (types from the elements' English tables), loaded on demand by core.
  locales: ['core', 'elements', 'shared'],
  elements: ['core', 'shared'],
  admin: ['core', 'shared', 'locales'],
  react: ['core', 'elements', 'shared'],
  frameworks: ['core', 'elements', 'admin', 'shared'],
  angular: ['core', 'elements'],
  server: ['shared'],
  sandbox: ['shared'],
  '.': ['core', 'elements', 'admin', 'shared', 'react'],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import of `file` (static, dynamic and re-exports), as absolute paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)];
  return specifiers.map((match) => resolve(dirname(file), match[1] as string));
}

const first = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '.');

describe('layers', () => {
  it('src/server/: no import runs back up a floor', () => {
    const server = join(SRC, 'server');
    const wrong: string[] = [];
    for (const file of sources(server)) {
      const from = first(relative(server, file));
      for (const target of importsOf(file)) {
        const to = relative(server, target);
        if (to.startsWith('..')) continue; // src/shared, checked below
        const [a, b] = [SERVER_FLOORS.indexOf(from), SERVER_FLOORS.indexOf(first(to))];
        assert.ok(a >= 0 && b >= 0, `${relative(SRC, file)}: a folder the floors do not name`);
        if (b > a) wrong.push(`${relative(SRC, file)} (${from}) imports ${to} (${first(to)})`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('src/: the browser, the helper and the sandbox import only what their area may', () => {
    const wrong: string[] = [];
    for (const file of sources(SRC)) {
      const from = first(relative(SRC, file));
      const allowed = AREAS[from];
      assert.ok(allowed, `${relative(SRC, file)}: an area the table does not name`);
      for (const target of importsOf(file)) {
        const to = first(relative(SRC, target));
        if (to !== from && !allowed.includes(to))
          wrong.push(`${relative(SRC, file)} imports ${relative(SRC, target)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('no file in src/ is over 300 lines', () => {
    const long = sources(SRC)
      .map((file) => [relative(SRC, file), readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    assert.deepEqual(long, []);
  });

  it('comments cite files of this repository, never documents outside it', () => {
    const outside = sources(SRC).filter((file) => /DESIGN\.md|\bseeds?\b/i.test(readFileSync(file, 'utf8')));
    assert.deepEqual(
      outside.map((file) => relative(SRC, file)),
      [],
    );
  });
});
