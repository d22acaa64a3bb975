// Every language's strings held to the English ones (issue 31): the same keys, the same
// placeholders and plural variables (with an `other` form), and no English left in a language that
// is not English (names and one-word labels a language writes the same way aside). For the public
// elements, the back office, the helper's link page and the sandbox's pages.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { adminStrings } from '../../src/admin/strings.js';
import { docscanStrings } from '../../src/elements/docscan-frame/strings.js';
import { statusStrings } from '../../src/elements/idv-status/strings.js';
import { shareStrings } from '../../src/elements/share-button/strings.js';
import { en as linkEnglish } from '../../src/server/admin/link-words/en.js';
import { LOCALES } from '../../src/shared/locales.js';

type Table = Readonly<Record<string, string>>;

/** The languages with files of their own (en-XA is made from English). */
const WRITTEN = LOCALES.filter((tag) => tag !== 'en-XA');

/** Words that stay as they are in a language: names, and labels many languages borrow. */
const SAME_EVERYWHERE = /^(Yoti|Selfie|Sandbox|OK|Email|Link|Session \{id\}|\{\w+\}|#|PDF|ID)$/i;

const moduleTable = async (path: string): Promise<Table> => {
  const module = (await import(path)) as Record<string, Table>;
  const [table] = Object.values(module);
  return table as Table;
};

/** The `{name}` placeholders and plural variables of a template, sorted. */
function placeholders(template: string): string[] {
  const names = [...template.matchAll(/\{(\w+)(?:, plural,|\})/g)].map(([, name]) => name as string);
  return [...new Set(names)].sort();
}

function holdTo(english: Table, table: Table, where: string) {
  assert.deepEqual(
    Object.keys(table).sort(),
    Object.keys(english).sort(),
    `${where}: the same keys as English`,
  );
  const englishLeft: string[] = [];
  for (const [key, text] of Object.entries(table)) {
    const reference = english[key] ?? '';
    assert.ok(typeof text === 'string' && text.trim() !== '', `${where} ${key}: a string`);
    assert.deepEqual(placeholders(text), placeholders(reference), `${where} ${key}: the same placeholders`);
    if (/, plural, /.test(text))
      assert.match(text, /\bother \{/, `${where} ${key}: a plural has an other form`);
    // Only placeholders and punctuation ({who}: {action}) may read the same in any language.
    const wordless = reference.replace(/\{\w+\}/g, '').replace(/[\p{P}\s]/gu, '') === '';
    const identical = text === reference && !wordless && !SAME_EVERYWHERE.test(reference.trim());
    if (identical && /\s/.test(reference.trim())) englishLeft.push(key);
  }
  assert.deepEqual(englishLeft, [], `${where}: English left`);
}

const ELEMENTS_ENGLISH: Table = { ...shareStrings.en, ...docscanStrings.en, ...statusStrings.en };
const SANDBOX_ENGLISH: Table = Object.fromEntries(
  Object.keys(JSON.parse(readFileSync('src/sandbox/pages/locales/fr.json', 'utf8'))).map((key) => [key, key]),
);

/**
 * Every English text the sandbox's pages show as written: their text, `alt` and `aria-label`, and
 * each `t('…')` of their scripts. The "Simulate an error" list (Yoti's codes, a developer's tool)
 * and marks stay as they are.
 */
function sandboxTexts(): Set<string> {
  const texts = new Set<string>();
  const plain = (text: string) =>
    text.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  for (const page of ['idv.html', 'app.html']) {
    const markup = readFileSync(`src/sandbox/pages/${page}`, 'utf8').replace(
      /<head>[\s\S]*?<\/head>|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g,
      '',
    );
    for (const [, text = ''] of markup.matchAll(/>([^<>]+)</g))
      texts.add(plain(text.split(/\s+/).filter(Boolean).join(' ')));
    for (const [, text = ''] of markup.matchAll(/\b(?:alt|aria-label)="([^"]+)"/g)) texts.add(plain(text));
  }
  for (const script of ['idv.js', 'app.js']) {
    const code = readFileSync(`src/sandbox/pages/${script}`, 'utf8');
    for (const [, , text = ''] of code.matchAll(/\bt\((['"])((?:(?!\1).)+)\1/g)) texts.add(text);
  }
  for (const text of texts) if (text === '' || /^(\d{4} |Yoti$|✓$)/.test(text)) texts.delete(text);
  return texts;
}

describe('every language, held to English', () => {
  it("has words for every text of the sandbox's pages", () => {
    const missing = [...sandboxTexts()].filter((text) => !(text in SANDBOX_ENGLISH));
    assert.deepEqual(missing, [], 'texts of the sandbox pages without words in the languages');
  });

  it('has a file of its own in each place, and nothing else there', () => {
    const tags = (dir: string, extension: string) =>
      readdirSync(dir)
        .filter(
          (name) =>
            name.endsWith(extension) &&
            !['keys.ts', 'source.ts', 'pseudo.ts', 'index.ts', 'en.ts'].includes(name),
        )
        .map((name) => name.slice(0, -extension.length))
        .sort();
    const expected = [...WRITTEN].sort();
    assert.deepEqual(tags('src/locales', '.ts'), expected);
    assert.deepEqual(tags('src/admin/locales', '.ts'), expected);
    assert.deepEqual(tags('src/server/admin/link-words', '.ts'), expected);
    assert.deepEqual(tags('src/sandbox/pages/locales', '.json'), expected);
  });

  for (const tag of WRITTEN) {
    it(`${tag}: the public elements, the back office, the link page and the sandbox's pages`, async () => {
      holdTo(ELEMENTS_ENGLISH, await moduleTable(`../../src/locales/${tag}.ts`), `${tag} elements`);
      holdTo(adminStrings.en, await moduleTable(`../../src/admin/locales/${tag}.ts`), `${tag} admin`);
      holdTo(
        linkEnglish,
        await moduleTable(`../../src/server/admin/link-words/${tag}.ts`),
        `${tag} link page`,
      );
      const sandbox = JSON.parse(readFileSync(`src/sandbox/pages/locales/${tag}.json`, 'utf8')) as Table;
      holdTo(SANDBOX_ENGLISH, sandbox, `${tag} sandbox pages`);
    });
  }
});
