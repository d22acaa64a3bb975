import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { STORYBOOK } from './playwright.config.js';
import { axeViolations } from './support.js';

// Every story of the built Storybook, as a test: it renders, its play function passes, the
// accessibility addon's axe run finds no violation, and nothing is written to the console as an error.
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
type Seen = { events: string[] };
test('the Storybook has a story for every state the design lists', () => {
  expect(stories.length).toBeGreaterThanOrEqual(30);
  console.log(`stories: ${stories.length}`);
});

for (const story of stories) {
  test(`story ${story.title} / ${story.name}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const seen: Seen = { events: [] };
      (window as unknown as { seen: Seen }).seen = seen;
      let channel: { on(event: string, listener: (...args: unknown[]) => void): void } | undefined;
      Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set(value) {
          channel = value;
          for (const name of [
            'storyRendered',
            'playFunctionThrewException',
            'storyThrewException',
            'storyErrored',
          ]) {
            value.on(name, (...args: unknown[]) =>
              seen.events.push(
                name === 'storyRendered' ? name : `${name}: ${JSON.stringify(args).slice(0, 400)}`,
              ),
            );
          }
        },
      });
    });
    await page.goto(`${STORYBOOK}/iframe.html?id=${story.id}&viewMode=story`);
    const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
    // rendered and played (storyRendered comes after the play function), or failed
    await expect.poll(async () => (await seen()).events.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect((await seen()).events.filter((event) => event !== 'storyRendered')).toEqual([]);
    expect(await axeViolations(page, '#storybook-root')).toEqual([]);
    expect(errors.filter((text) => !/Failed to load resource/.test(text))).toEqual([]);
  });
}

// Every element's docs page (autodocs, from custom-elements.json): its attributes, properties,
// events, slots, parts and custom properties are listed beside its first story, with controls.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: Array<{
    declarations?: Array<{
      tagName?: string;
      attributes?: Array<{ name: string; fieldName?: string }>;
      members?: Array<{ name: string; kind: string }>;
      events?: Array<{ name: string }>;
      slots?: Array<{ name: string }>;
      cssParts?: Array<{ name: string }>;
      cssProperties?: Array<{ name: string }>;
    }>;
  }>;
};
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const allDocs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
/** The elements' own docs pages (autodocs); the pages of docs/ are under "Docs/". */
const docs = allDocs.filter((entry) => !entry.title.startsWith('Docs/'));

test('every element has a docs page', () => {
  const documented = new Set(docs.map((entry) => entry.title.split('/')[1]));
  expect([...documented].sort()).toEqual(elements.map((element) => element.tagName).sort());
});

test('every page of docs/, and the README, is a docs page', () => {
  const pages = readdirSync('docs').filter((name) => name.endsWith('.md'));
  const shown = allDocs.filter((entry) => entry.title.startsWith('Docs/'));
  // One for each page of docs/, the README (Introduction) and CONTRIBUTING.md.
  expect(shown.length).toBe(pages.length + 2);
});

for (const element of elements) {
  test(`docs page of <${element.tagName}> lists its whole API`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const entry = docs.find((candidate) => candidate.title.endsWith(`/${element.tagName}`))!;
    await page.goto(`${STORYBOOK}/iframe.html?id=${entry.id}&viewMode=docs`);
    const table = page.locator('.docblock-argstable').first();
    await expect(table).toBeVisible({ timeout: 30_000 });
    const text = (await table.textContent()) ?? '';
    const names = [
      ...(element.attributes ?? []),
      ...(element.members ?? []).filter((member) => member.kind === 'field'),
      ...(element.events ?? []),
      ...(element.slots ?? []),
      ...(element.cssParts ?? []),
      ...(element.cssProperties ?? []),
    ].map((item) => item.name);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(text, name).toContain(name);
    // Each property once, its attribute named beside it (never a row of its own).
    const rows = (await table.locator('tbody tr td:first-child').allTextContents()).map((cell) =>
      cell.trim(),
    );
    for (const attribute of element.attributes ?? []) {
      const field = attribute.fieldName ?? attribute.name;
      expect(
        rows.filter((row) => row === field),
        field,
      ).toHaveLength(1);
      if (field !== attribute.name) expect(rows, attribute.name).not.toContain(attribute.name);
      expect(text, `${field}'s attribute`).toContain(`Attribute: ${attribute.name}`);
    }
    const sections = ['properties', 'events'];
    if (element.cssParts?.length) sections.push('css shadow parts');
    if (element.cssProperties?.length) sections.push('css custom properties');
    for (const section of sections) expect(text.toLowerCase()).toContain(section);
    await expect(page.locator(`#storybook-docs ${element.tagName}`).first()).toBeAttached();
    expect(errors).toEqual([]);
  });
}

test('a control on a docs page reaches its element (flow: inline)', async ({ page }) => {
  await page.goto(`${STORYBOOK}/iframe.html?id=elements-yoti-share-button--docs&viewMode=docs`);
  const table = page.locator('.docblock-argstable').first();
  await expect(table).toBeVisible({ timeout: 30_000 });
  const flow = table.locator('tr', { has: page.locator('td', { hasText: /^flow$/ }) }).first();
  await flow.getByLabel('inline').check();
  const primary = page.locator('#storybook-docs yoti-share-button').first();
  await expect
    .poll(() => primary.evaluate((element) => (element as HTMLElement & { flow: string }).flow))
    .toBe('inline');
});

test('a docs page shows the documentation moved out of the README', async ({ page }) => {
  await page.goto(`${STORYBOOK}/iframe.html?id=docs-the-helper-in-production--docs&viewMode=docs`);
  const docsPage = page.locator('#storybook-docs');
  await expect(docsPage.getByRole('heading', { name: 'Running it in production' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(docsPage.getByRole('cell', { name: 'sessionsPerMinutePerAddress' })).toBeVisible();
  // A link to another page of docs/ leads to that page here.
  await expect(docsPage.getByRole('link', { name: 'stores.md' }).first()).toHaveAttribute(
    'href',
    '?path=/docs/docs-stores--docs',
  );
});

test("the toolbar's Arabic and dark reach the story: right to left, the dark scheme", async ({ page }) => {
  await page.goto(`${STORYBOOK}/?path=/story/elements-yoti-idv-status--verified`);
  const language = page.getByRole('button', { name: /^Language/ });
  await language.waitFor({ timeout: 30_000 });
  await language.click();
  await page.getByRole('option', { name: /\(ar\)/ }).click();
  await page.getByRole('button', { name: /^Colour scheme/ }).click();
  await page.getByRole('option', { name: 'Dark' }).click();
  const preview = page.frameLocator('#storybook-preview-iframe');
  const story = preview.locator('#storybook-root .story');
  await expect(story).toHaveAttribute('dir', 'rtl');
  await expect(story).toHaveAttribute('lang', 'ar');
  const status = preview.locator('yoti-idv-status');
  await expect(status).toHaveAttribute('theme', 'dark');
  await expect(status.locator('[part~="outcome"]')).toContainText('تم التحقق من الهوية');
});
