// The back office as staff meet it (issue 30): the whole journey by keyboard alone, focus landing
// on what each action changed; nothing scrolls sideways at 320 CSS px, a long email included, and
// the review never covers the list; five tabs of one member of staff all follow live; a member of
// staff who may only view sees no control they may not use. axe at each step.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { SCRIPTED_DEMO } from './playwright.config.js';
import { axeViolations, captureDocument, guard, signInAsStaff } from './support.js';

const LONG_EMAIL = 'maximiliane.wolfeschlegelsteinhausen@example.com';

/** What has focus, through shadow roots: its tag, its text or label, and whether it can be seen. */
async function focused(page: Page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return { tag: 'body', text: '', visible: false };
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
    };
  });
}

/** Presses Tab until what has focus matches `wanted` (at most 60 times). */
async function tabTo(page: Page, wanted: (now: { tag: string; text: string }) => boolean, shift = false) {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (wanted(now)) return now;
  }
  throw new Error(`focus never reached what was wanted (last: ${JSON.stringify(await focused(page))})`);
}

async function expectFocusOn(page: Page, tag: string, text: RegExp | string) {
  await expect.poll(() => focused(page).then((now) => now.tag)).toBe(tag);
  const now = await focused(page);
  expect(now.visible, `${tag} is visible`).toBe(true);
  if (typeof text === 'string') expect(now.text).toContain(text);
  else expect(now.text).toMatch(text);
}

/** A person opens `link` in a browser of their own and scans, ending as `outcome` says. */
async function personScans(browser: Browser, link: string, outcome?: string) {
  const context = await browser.newContext();
  const person = await context.newPage();
  await person.goto(link);
  await captureDocument(person.frameLocator('yoti-docscan-frame iframe'), outcome);
  await expect(person.locator('yoti-docscan-frame').getByRole('heading', { name: 'Thank you' })).toBeVisible({
    timeout: 30_000,
  });
  await context.close();
}

async function makeLink(staff: Page, name: string, email: string): Promise<string> {
  const form = staff.locator('yoti-idv-link-form');
  await form.getByRole('textbox', { name: 'Full name' }).fill(name);
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('button', { name: 'Create link' }).click();
  const link = await form.getByRole('textbox', { name: 'Link' }).inputValue();
  await form.getByRole('button', { name: 'Create another link' }).click();
  return link;
}

test('staff do the whole back-office journey by keyboard alone; focus lands on what each action changed', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const staff = await (await browser.newContext({ viewport: { width: 1360, height: 1000 } })).newPage();
  const watch = await guard(staff);
  const email = `kim.${Date.now()}@example.com`;
  await staff.goto(`${SCRIPTED_DEMO}/admin`);
  await tabTo(staff, (now) => now.text.startsWith('Sign in as Jordan'));
  await staff.keyboard.press('Enter');
  await expect(staff.getByRole('heading', { name: 'Identity checks', level: 1 })).toBeVisible();

  // A link, made from the keyboard: focus lands on the link to copy.
  await tabTo(staff, (now) => now.tag === 'input' && now.text === '');
  await staff.keyboard.type('Kim Keyboard');
  await staff.keyboard.press('Tab');
  await staff.keyboard.type(email);
  await staff.keyboard.press('Enter');
  await expectFocusOn(staff, 'input', '');
  const link = await staff.locator('yoti-idv-link-form').getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/\/yoti\/links\//);
  await personScans(browser, link);
  expect(await axeViolations(staff)).toEqual([]);

  // Found in the list by search; Enter on its row moves focus into the review.
  await tabTo(staff, (now) => now.tag === 'input' && now.text === '');
  const search = staff.locator('yoti-idv-sessions').getByRole('searchbox');
  await search.focus();
  await staff.keyboard.type(email);
  const row = staff.locator('yoti-idv-sessions tbody tr').filter({ hasText: email });
  await expect(row).toContainText('Verified', { timeout: 30_000 });
  await tabTo(staff, (now) => now.tag === 'button' && now.text === 'Kim Keyboard');
  await staff.keyboard.press('Enter');
  await expectFocusOn(staff, 'h2', 'Kim Keyboard');
  expect(await axeViolations(staff)).toEqual([]);

  // An image opened larger, turned, closed: focus comes back to the image.
  await tabTo(staff, (now) => now.text.startsWith('Open Document page 1'));
  await staff.keyboard.press('Enter');
  await expectFocusOn(staff, 'button', 'Close');
  await tabTo(staff, (now) => now.text === 'Rotate right', true);
  await staff.keyboard.press('Enter');
  expect(await axeViolations(staff)).toEqual([]);
  await staff.keyboard.press('Escape');
  await expectFocusOn(staff, 'button', 'Open Document page 1');

  // A decision: focus lands on the decision as it now stands; the note is cleared.
  await tabTo(staff, (now) => now.tag === 'textarea');
  await staff.keyboard.type('Checked the document by hand.');
  await tabTo(staff, (now) => now.text === 'Approve');
  await staff.keyboard.press('Enter');
  await expectFocusOn(staff, 'div', /Approved by Jordan Reyes/);
  await expect(staff.locator('yoti-idv-review textarea')).toHaveValue('');
  await expect(row).toContainText('Approved');
  expect(await axeViolations(staff)).toEqual([]);

  // The images and data deleted, confirmed in a dialog: focus lands on what became of them.
  await tabTo(staff, (now) => now.text === 'Delete images and data');
  await staff.keyboard.press('Enter');
  await expectFocusOn(staff, 'button', 'Cancel');
  await staff.keyboard.press('Tab');
  await staff.keyboard.press('Enter');
  await expectFocusOn(staff, 'p', 'The images and document data were deleted');

  // The session deleted: focus goes back to the list, never to the page's body.
  await tabTo(staff, (now) => now.text === 'Delete session');
  await staff.keyboard.press('Enter');
  await staff.keyboard.press('Tab');
  await staff.keyboard.press('Enter');
  await expect(row).toHaveCount(0);
  const after = await focused(staff);
  expect(after.tag).not.toBe('body');
  expect(after.visible).toBe(true);
  expect(await axeViolations(staff)).toEqual([]);
  watch.check();
});

test('at 320 CSS px nothing scrolls sideways, a long email included, and the review never covers the list', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const wide = await signInAsStaff(browser, 'Jordan', { width: 1280, height: 900 });
  const link = await makeLink(wide, 'Maximiliane Wolfeschlegelsteinhausen', LONG_EMAIL);
  await personScans(browser, link, 'Reject (fraud detected)');
  const row = wide.locator('yoti-idv-sessions tbody tr').filter({ hasText: LONG_EMAIL }).first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.getByRole('button').click();
  await expect(wide.locator('yoti-idv-review').getByRole('heading', { level: 2 })).toContainText(
    'Maximiliane',
  );
  const [list, review, form] = await Promise.all(
    ['yoti-idv-sessions', 'yoti-idv-review', 'yoti-idv-link-form'].map((tag) =>
      wide.locator(tag).boundingBox(),
    ),
  );
  const overlaps = (a: typeof list, b: typeof list) =>
    !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlaps(list, review), 'the review beside the list, not over it').toBe(false);
  expect(overlaps(form, review), 'the review beside the link form, not over it').toBe(false);

  for (const who of ['Jordan', 'Sam'] as const) {
    const narrow = await signInAsStaff(browser, who, { width: 320, height: 800 });
    await expect(narrow.locator('yoti-idv-sessions tbody tr').first()).toBeVisible();
    await narrow
      .locator('yoti-idv-sessions tbody tr')
      .filter({ hasText: LONG_EMAIL })
      .first()
      .getByRole('button')
      .click();
    await expect(narrow.locator('yoti-idv-review').getByRole('heading', { level: 2 })).toContainText(
      'Maximiliane',
    );
    const widths = await narrow.evaluate(() => {
      const sizes: Record<string, [number, number]> = {
        page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
      };
      for (const tag of ['yoti-idv-sessions', 'yoti-idv-review', 'yoti-idv-link-form']) {
        const card = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.card');
        if (card) sizes[tag] = [card.scrollWidth, card.clientWidth];
      }
      return sizes;
    });
    for (const [what, [scroll, client]] of Object.entries(widths)) {
      expect(scroll, `${who}: ${what} at 320 px`).toBeLessThanOrEqual(client);
    }
    // The full email is there to read, though cut short on screen.
    await expect(
      narrow.locator('yoti-idv-sessions .email').filter({ hasText: LONG_EMAIL }).first(),
    ).toHaveAttribute('title', LONG_EMAIL);
    expect(await axeViolations(narrow)).toEqual([]);
  }
});

test('five tabs of one member of staff all follow live: a session made and finished in another browser shows in each', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const first = await context.newPage();
  await first.goto(`${SCRIPTED_DEMO}/admin`);
  await first.getByRole('button', { name: /^Sign in as Jordan/ }).click();
  const tabs = [first];
  for (let index = 1; index < 5; index += 1) {
    const tab = await context.newPage();
    await tab.goto(`${SCRIPTED_DEMO}/admin`);
    tabs.push(tab);
  }
  for (const tab of tabs) await expect(tab.locator('yoti-idv-sessions table')).toBeVisible();
  const email = `five.tabs.${Date.now()}@example.com`;
  const link = await makeLink(first, 'Five Tabs', email);
  await personScans(browser, link);
  for (const tab of tabs) {
    await expect(tab.locator('yoti-idv-sessions tbody tr').filter({ hasText: email })).toContainText(
      'Verified',
      {
        timeout: 5000,
      },
    );
  }
  await context.close();
});

test('a member of staff who may only view sees no Approve, Reject, Delete or link form', async ({
  browser,
}) => {
  const jordan = await signInAsStaff(browser, 'Jordan');
  const email = `view.only.${Date.now()}@example.com`;
  await personScans(browser, await makeLink(jordan, 'Val Viewonly', email));
  const sam = await signInAsStaff(browser, 'Sam');
  const watch = await guard(sam);
  await expect(sam.getByText('Sam Patel')).toBeVisible();
  const form = sam.locator('yoti-idv-link-form');
  await expect(form).toContainText('Sending links needs the create permission');
  await expect(form.getByRole('textbox')).toHaveCount(0);
  await expect(form.getByRole('button')).toHaveCount(0);
  const row = sam.locator('yoti-idv-sessions tbody tr').filter({ hasText: email });
  await expect(row).toContainText('Verified', { timeout: 30_000 });
  await row.getByRole('button').click();
  const review = sam.locator('yoti-idv-review');
  await expect(review.getByRole('heading', { name: 'Val Viewonly' })).toBeVisible();
  await expect(review).toContainText('Recording a decision needs the decide permission.');
  for (const name of ['Approve', 'Reject', 'Delete images and data', 'Delete session']) {
    await expect(review.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(review.getByRole('textbox')).toHaveCount(0);
  // The images are for viewing: they still open larger.
  await review.locator('.thumb').first().click();
  await expect(review.getByRole('dialog')).toBeVisible();
  expect(await axeViolations(sam)).toEqual([]);
  watch.check();
});
