// The sandbox's IDV page honours a session's sdk_config as Yoti's page does (issue 18): its
// language, colours, preset issuing country and capture methods, and offers the phone handoff only
// when allowed. Opened as Yoti's url launch (?sessionID=&sessionToken=), on a session the helper made.
import { expect, type Page, test } from '@playwright/test';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { createYotiHandler, type YotiHandler } from '../../src/server/index.js';
import { IDV_SPEC } from '../support/stack.js';
import { axeViolations, guard } from './support.js';

let sandbox: Sandbox;
let handler: YotiHandler;

test.beforeAll(async () => {
  sandbox = await startSandbox({ idvProcessingMs: 0 });
  handler = createYotiHandler({
    clientSdkId: sandbox.clientSdkId,
    privateKey: sandbox.privateKey,
    idvApiUrl: sandbox.idvApiUrl,
    idv: IDV_SPEC,
  });
});

test.afterAll(() => sandbox.close());

async function open(page: Page, sdkConfig: Record<string, unknown>) {
  const created = await handler.createIdvSession(new Request('http://localhost/'), {
    ...IDV_SPEC,
    sdk_config: sdkConfig,
  });
  const query = new URLSearchParams({ sessionID: created.sessionId, sessionToken: created.sessionToken });
  await page.goto(`${sandbox.idvApiUrl}/web/index.html?${query}`);
}

test('in French, in the brand colour, with the preset country, upload allowed and the phone handoff offered', async ({
  page,
}) => {
  const watch = await guard(page);
  await open(page, {
    locale: 'fr-FR',
    primary_colour: '#0b6e4f',
    preset_issuing_country: 'IRL',
    allowed_capture_methods: 'CAMERA_AND_UPLOAD',
    allow_handoff: true,
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisissez votre document');
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  await expect(page).toHaveTitle('Vérification d’identité (bac à sable Yoti)');
  await expect(page.getByLabel('Pays de délivrance')).toHaveValue('IRL');
  await expect(page.getByLabel('Passeport')).toBeChecked();
  const next = page.getByRole('button', { name: 'Continuer', exact: true });
  await expect(next).toHaveCSS('background-color', 'rgb(11, 110, 79)');
  await expect(page.getByRole('button', { name: 'Continuer sur votre téléphone' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Continuer sur votre téléphone' }).click();
  await expect(page.getByRole('img', { name: 'Code QR pour continuer sur votre téléphone' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('En attente de votre téléphone…');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Utiliser plutôt cet appareil' }).click();

  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Photographiez votre document');
  await page.getByRole('button', { name: 'Importer plutôt une photo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('La photo est-elle nette\u202f?');
  watch.check();
});

test('in English by default, camera only, and no handoff unless the session allows it', async ({ page }) => {
  const watch = await guard(page);
  await open(page, { locale: 'en-GB', allowed_capture_methods: 'CAMERA' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your document');
  await expect(page.getByLabel('Issuing country')).toHaveValue('GBR');
  await expect(page.getByRole('button', { name: 'Continue on your phone' })).toBeHidden();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Take photo' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Upload a photo instead' })).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
  watch.check();
});
