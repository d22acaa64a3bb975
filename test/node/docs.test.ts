// The documentation holds to the repository: the README stays a front door, every relative link in
// it and in docs/ leads to a file (and, for a page, to one of its headings), and every file the
// architecture page's "Where is X" table names is there (docs/architecture.md).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`),
].filter((page) => page.endsWith('.md'));

const read = (page: string) => readFileSync(join(ROOT, page), 'utf8');
/** A page's prose: its fenced code blocks taken out (a link written in an example is not a link). */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of prose(text).matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = (heading as string)
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

describe('the documentation', () => {
  it('has a README of at most 300 lines', () => {
    const lines = read('README.md').split('\n').length;
    assert.ok(lines <= 300, `README.md is ${lines} lines`);
  });

  it('has every page the README sends readers to', () => {
    for (const page of [
      'elements',
      'helper',
      'back-office',
      'frameworks',
      'sandbox',
      'performance',
      'architecture',
    ])
      assert.ok(PAGES.includes(`docs/${page}.md`), `docs/${page}.md`);
  });

  it('links only to files that exist, and to headings those pages have', () => {
    const broken: string[] = [];
    for (const page of PAGES) {
      for (const [, target] of prose(read(page)).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target as string)) continue; // https:, mailto:
        const [path, anchor] = (target as string).split('#') as [string, string | undefined];
        const file = path === '' ? join(ROOT, page) : resolve(dirname(join(ROOT, page)), path);
        if (!existsSync(file)) {
          broken.push(`${page}: ${target} (no such file)`);
          continue;
        }
        if (
          anchor !== undefined &&
          file.endsWith('.md') &&
          !anchorsOf(readFileSync(file, 'utf8')).has(anchor)
        )
          broken.push(`${page}: ${target} (no such heading in ${relative(ROOT, file)})`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('answers each "Where is X" question of the architecture page with one file that exists', () => {
    const text = read('docs/architecture.md');
    const table = text.slice(text.indexOf('## Where is X'));
    const rows = [...table.matchAll(/^\| (Where [^|]+?)\s*\| (.*?)\s*\|$/gm)];
    const topics = [
      'QR code refreshed',
      'postMessage',
      'webhook',
      'caller cookie',
      'Escape and the backdrop',
      'rate limit',
      'IDV error code 4000',
      'cross-origin policy',
    ];
    assert.equal(rows.length, topics.length, 'one row per question');
    for (const topic of topics)
      assert.ok(
        rows.some(([, question]) => question?.includes(topic)),
        `a row asks about ${topic}`,
      );
    for (const [, question, answer] of rows) {
      const paths = [...(answer as string).matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);
      assert.equal(paths.length, 1, `${question}: one file, not ${paths.length}`);
      const path = join(ROOT, paths[0] as string);
      assert.ok(existsSync(path) && statSync(path).isFile(), `${question}: ${paths[0]} is a file`);
    }
  });
});
