// The elements' styles run both ways (issue 31): logical properties only (margin-inline-start, not
// margin-left), so that right to left mirrors every layout; colours from tokens that have a dark
// value (test/browser/every-person.test.ts checks their contrast).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const SRC = join(import.meta.dirname, '../../src');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return /(\.styles|^theme|^admin\.styles)\.ts$/.test(entry.name) || entry.name === 'theme.ts'
      ? [path]
      : [];
  });
}

/** Physical properties and values that do not follow the text's direction. */
const PHYSICAL = [
  /\b(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right|top|bottom)\b/,
  /(^|[\s;{])(left|right|top|bottom)\s*:/,
  /\b(text-align|float|clear)\s*:\s*(left|right)\b/,
  /(^|[\s;{])(min-|max-)?(width|height)\s*:/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
];

describe('element styles', () => {
  const files = stylesheets(SRC);

  it('are found (every element has its own)', () => {
    assert.ok(files.length >= 9, files.map((file) => relative(SRC, file)).join(', '));
  });

  it('use logical properties only: nothing tied to left, right, top or bottom', () => {
    const physical: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          const code = line.replace(/\/\*.*?\*\//g, '');
          if (/@(media|container)/.test(code)) return; // a query's width is the box's, not a direction
          if (PHYSICAL.some((pattern) => pattern.test(code)))
            physical.push(`${relative(SRC, file)}:${index + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(physical, []);
  });
});
