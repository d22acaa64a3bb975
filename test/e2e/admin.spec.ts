// The back office on the demo (issue 25): staff make a link for a named person; the person opens it
// in another browser and scans; the staff list follows the session live; staff review it, decide,
// delete its media and then the session (the sandbox has neither after). A browser that is not
// staff gets 403 and the elements say so. The person's browser never asks for a URL with their
// name or email in it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import yoti from 'yoti';
import { SCRIPTED_DEMO, SCRIPTED_SANDBOX } from './playwright.config.js';
import { axeViolations, captureDocument, guard, signInAsStaff } from './support.js';

const idv = new yoti.IDVClient(SCRIPTED_SANDBOX.clientSdkId, readFileSync(SCRIPTED_SANDBOX.keyFile, 'utf8'), {
  apiUrl: SCRIPTED_SANDBOX.idvApiUrl,
});

/** Whether the sandbox answers 404 for what `read` asks (the SDK's console line kept quiet). */
async function goneAtSandbox(read: () => Promise<unknown>): Promise<boolean> {
  const log = console.log;
  console.log = () => undefined;
  try {
    await read();
    return false;
  } catch (error) {
    return (error as { getResponseStatusCode?(): number | null }).getResponseStatusCode?.() === 404;
  } finally {
    console.log = log;
  }
}

test('staff send a link, the person scans, staff follow it live, review, decide and delete', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const staff = await signInAsStaff(browser);
  const staffWatch = await guard(staff);
  const unique = `sam.${Date.now()}@example.com`;

  // The link for a named person.
  const form = staff.locator('yoti-idv-link-form');
  await form.getByRole('textbox', { name: 'Full name' }).fill('Sam Person');
  await form.getByRole('textbox', { name: 'Email' }).fill(unique);
  await form.getByRole('button', { name: 'Create link' }).click();
  const link = await form.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/\/yoti\/links\/[A-Za-z0-9_-]{32}$/);
  expect(await axeViolations(staff)).toEqual([]);

  // The person, in a browser of their own: every URL it asks for is recorded.
  const personContext = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const person = await personContext.newPage();
  const personWatch = await guard(person);
  const requested: string[] = [];
  personContext.on('request', (request) => requested.push(request.url()));
  await person.goto(link);
  await expect(person.getByRole('heading', { name: 'Verify your identity' })).toBeVisible();
  expect(await axeViolations(person)).toEqual([]);
  const frame = person.frameLocator('yoti-docscan-frame iframe');
  await expect(frame.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();

  // Staff see it in the list, in progress, found by email.
  const list = staff.locator('yoti-idv-sessions');
  await list.getByRole('searchbox', { name: 'Search by name or email' }).fill(unique.toUpperCase());
  const row = list.getByRole('row').filter({ hasText: unique });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Sam Person');
  await expect(row).toContainText('In progress');

  await captureDocument(frame);
  await expect(
    person.locator('yoti-docscan-frame').getByRole('heading', { name: 'Thank you' }),
  ).toBeVisible();
  // Without a reload, the row moves on.
  await expect(row).toContainText('Completed', { timeout: 30_000 });

  // The review: checks expanded, the document's name, its images.
  await row.getByRole('button', { name: 'Sam Person' }).click();
  const review = staff.locator('yoti-idv-review');
  await expect(review.getByRole('heading', { name: 'Sam Person' })).toBeVisible();
  const authenticity = review.locator('summary', { hasText: 'Document authenticity' });
  await authenticity.click();
  await expect(review.getByText('Status: Checked').first()).toBeVisible();
  await expect(review.getByText('Alex Sample')).toBeVisible();
  const images = review.locator('.thumb img');
  await expect(images.first()).toBeVisible();
  const sessionId = ((await review.evaluate(
    (element) => (element as unknown as { sessionId: string }).sessionId,
  )) ?? '') as string;
  const imageIds = await images.evaluateAll((all) =>
    all.map((image) => decodeURIComponent((image as HTMLImageElement).src.split('/').pop() ?? '')),
  );
  await expect
    .poll(() =>
      images.evaluateAll((all) => all.every((image) => (image as HTMLImageElement).naturalWidth > 0)),
    )
    .toBe(true);
  expect(await axeViolations(staff)).toEqual([]);
  await staff.screenshot({ path: 'test-results/admin-review.png', fullPage: true });

  // The decision, with a note.
  await review.getByRole('textbox', { name: 'Note (optional)' }).fill('Document and face match.');
  await review.getByRole('button', { name: 'Approve' }).click();
  await expect(review.getByText('Document and face match.')).toBeVisible();
  await expect(row).toContainText('Approved');

  // The media: confirmed, then gone (here and at the sandbox); checks and decision kept.
  await review.getByRole('button', { name: 'Delete images and data' }).click();
  const dialog = review.getByRole('dialog', { name: "Delete this session's images and document data?" });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(staff)).toEqual([]);
  await dialog.getByRole('button', { name: 'Delete images and data' }).click();
  await expect(review.getByText('The images and document data were deleted.').first()).toBeVisible();
  await expect(review.locator('.thumb img')).toHaveCount(0);
  await expect(review.locator('summary', { hasText: 'Document authenticity' })).toContainText('Passed');
  await expect(review.getByText('Document and face match.')).toBeVisible();
  for (const mediaId of imageIds)
    expect(await goneAtSandbox(() => idv.getMediaContent(sessionId, mediaId))).toBe(true);

  // The session: confirmed, then gone from the list and from the sandbox.
  await review.getByRole('button', { name: 'Delete session' }).click();
  await review
    .getByRole('dialog', { name: 'Delete this session?' })
    .getByRole('button', { name: 'Delete session' })
    .click();
  await expect(
    review.locator('p:not([part="announcer"])', { hasText: 'This session was deleted.' }),
  ).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(list.getByText('No identity checks match.').first()).toBeVisible();
  expect(await goneAtSandbox(() => idv.getSession(sessionId))).toBe(true);

  // The person's browser asked for no URL with the name or the email in it.
  const personal = /sam(%20|\+| )person|sam\.\d+(@|%40)example\.com/i;
  expect(requested.length).toBeGreaterThan(5);
  expect(requested.filter((url) => personal.test(url))).toEqual([]);
  staffWatch.check();
  personWatch.check();
});

test('a browser that is not staff gets 403 from every admin route, and the elements say so', async ({
  page,
  request,
}) => {
  for (const [method, path] of [
    ['GET', '/yoti/admin/sessions'],
    ['GET', '/yoti/admin/sessions/x'],
    ['GET', '/yoti/admin/events'],
    ['POST', '/yoti/admin/links'],
    ['POST', '/yoti/admin/sessions/x/decision'],
    ['DELETE', '/yoti/admin/sessions/x'],
    ['DELETE', '/yoti/admin/sessions/x/media'],
  ]) {
    const answer = await request.fetch(`${SCRIPTED_DEMO}${path}`, {
      method,
      headers: { origin: SCRIPTED_DEMO, 'content-type': 'application/json' },
      data: method === 'POST' ? {} : undefined,
    });
    expect(answer.status(), `${method} ${path}`).toBe(403);
    expect((await answer.json()).error.code).toBe('admin_forbidden');
  }
  // The elements on a page of a browser that is not signed in as staff.
  await page.goto(`${SCRIPTED_DEMO}/`);
  await page.evaluate(async (origin) => {
    await import(`${origin}/yoti-elements-admin.min.js`);
    document.body.innerHTML =
      '<main><yoti-idv-sessions></yoti-idv-sessions><yoti-idv-review session-id="abc"></yoti-idv-review><yoti-idv-link-form></yoti-idv-link-form></main>';
  }, SCRIPTED_DEMO);
  await expect(page.locator('yoti-idv-sessions').locator('[part="problem"]')).toHaveText(
    'You do not have access to the back office.',
  );
  await expect(page.locator('yoti-idv-review').locator('[part="problem"]')).toHaveText(
    'You do not have access to the back office.',
  );
  const form = page.locator('yoti-idv-link-form');
  await form.getByRole('textbox', { name: 'Full name' }).fill('Sam Person');
  await form.getByRole('textbox', { name: 'Email' }).fill('sam@example.com');
  await form.getByRole('button', { name: 'Create link' }).click();
  await expect(form.locator('[part="problem"]')).toHaveText('You do not have access to the back office.');
  expect(await axeViolations(page)).toEqual([]);
});

test('a link opened in a second browser is refused, and the page says so plainly', async ({ browser }) => {
  const staff = await signInAsStaff(browser);
  const form = staff.locator('yoti-idv-link-form');
  await form.getByRole('textbox', { name: 'Full name' }).fill('Robin Other');
  await form.getByRole('textbox', { name: 'Email' }).fill(`robin.${Date.now()}@example.com`);
  await form.getByRole('button', { name: 'Create link' }).click();
  const link = await form.getByRole('textbox', { name: 'Link' }).inputValue();
  const first = await (await browser.newContext()).newPage();
  await first.goto(link);
  await expect(
    first.frameLocator('yoti-docscan-frame iframe').getByRole('button', { name: 'Continue', exact: true }),
  ).toBeVisible();
  const second = await (await browser.newContext()).newPage();
  await second.goto(link);
  await expect(second.locator('yoti-docscan-frame [part~="panel"]')).toContainText(
    'This link was opened on another device.',
  );
});
