// The sandbox's pages let a tester choose what Yoti's would have the person do (issue 24): the IDV
// page says what the session needs and lets the tester meet an identity profile or not (with a
// reason); the phone page asks for a selfie when the policy wants selfie authentication, and lets
// the tester meet a share's identity profile or not. What the SDK then reads is what was chosen.
import { expect, type Page, test } from '@playwright/test';
import yoti from 'yoti';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { axeViolations, captureDocument, guard } from './support.js';

const { IDVClient, DigitalIdentityClient, DigitalIdentityBuilders, SessionSpecificationBuilder } = yoti;
const { PolicyBuilder, ShareSessionConfigurationBuilder } = DigitalIdentityBuilders;
type SharePolicy = ReturnType<InstanceType<typeof PolicyBuilder>['build']>;

let sandbox: Sandbox;
let idv: InstanceType<typeof IDVClient>;
let share: InstanceType<typeof DigitalIdentityClient>;

test.beforeAll(async () => {
  sandbox = await startSandbox({ idvProcessingMs: 0, idvReviewMs: 0 });
  idv = new IDVClient(sandbox.clientSdkId, sandbox.privateKey, { apiUrl: sandbox.idvApiUrl });
  share = new DigitalIdentityClient(sandbox.clientSdkId, sandbox.privateKey, { apiUrl: sandbox.shareApiUrl });
});
test.afterAll(() => sandbox.close());

test('IDV page: a DBS profile needs a proof of address, and the tester can leave it unmet with a reason', async ({
  page,
}) => {
  const watch = await guard(page);
  const spec = new SessionSpecificationBuilder()
    .withIdentityProfileRequirements({
      trust_framework: 'UK_TFIDA',
      scheme: { type: 'DBS', objective: 'STANDARD' },
    })
    .build();
  const created = await idv.createSession(spec);
  const query = new URLSearchParams({
    sessionID: created.getSessionId() ?? '',
    sessionToken: created.getClientSessionToken() ?? '',
  });
  await page.goto(`${sandbox.idvApiUrl}/web/index.html?${query}`);
  await expect(page.getByText('This check needs: Passport (GBR), Utility bill (GBR)')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Take photo' }).click();
  await page.getByRole('button', { name: 'Use this photo' }).click();
  const profile = page.getByRole('group', { name: 'Sandbox outcome of the identity profile' });
  await expect(profile).toContainText('Asked for: UK_TFIDA DBS STANDARD');
  await profile.getByLabel('Not met: Could not verify address').check();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/sandbox-idv-profile.png' });
  await page.getByRole('button', { name: 'Start liveness check' }).click();
  await expect(page.getByRole('heading', { name: 'All done' })).toBeVisible();
  const session = await idv.getSession(created.getSessionId() ?? '');
  expect(session.getIdentityProfile()?.getResult()).toBe('ABORTED');
  expect(session.getIdentityProfile()?.getFailureReason()?.getReasonCode()).toBe('COULD_NOT_VERIFY_ADDRESS');
  watch.check();
});

test('IDV page: by default the profile is met, with its report', async ({ page }) => {
  const watch = await guard(page);
  const created = await idv.createSession(
    new SessionSpecificationBuilder()
      .withIdentityProfileRequirements({ trust_framework: 'UK_TFIDA', scheme: { type: 'RTW' } })
      .build(),
  );
  const query = new URLSearchParams({
    sessionID: created.getSessionId() ?? '',
    sessionToken: created.getClientSessionToken() ?? '',
  });
  await page.goto(`${sandbox.idvApiUrl}/web/index.html?${query}`);
  await captureDocument(page);
  await expect(page.getByRole('heading', { name: 'All done' })).toBeVisible();
  const session = await idv.getSession(created.getSessionId() ?? '');
  expect(session.getIdentityProfile()?.getResult()).toBe('DONE');
  expect(session.getIdentityProfile()?.getIdentityProfileReport()?.getTrustFramework()).toBe('UK_TFIDA');
  watch.check();
});

/** A share session of `policy`, and the phone page at its QR code. */
async function phoneAt(page: Page, policy: SharePolicy) {
  const session = await share.createShareSession(
    new ShareSessionConfigurationBuilder()
      .withPolicy(policy)
      .withRedirectUri('https://shop.example/done')
      .build(),
  );
  const qr = await share.createShareQrCode(session.getId());
  await page.goto(qr.getUri());
  return session.getId();
}

test('phone page: a policy with selfie authentication asks for a selfie before anything is shared', async ({
  page,
}) => {
  const watch = await guard(page);
  const sessionId = await phoneAt(
    page,
    new PolicyBuilder().withFullName().withSelfie().withSelfieAuthentication().build(),
  );
  await expect(page.getByRole('list')).toContainText('Selfie');
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('heading', { name: "Confirm it's you" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/sandbox-phone-selfie.png' });
  await page.getByRole('button', { name: 'Take selfie' }).click();
  await expect(page.getByRole('heading', { name: 'Details shared' })).toBeVisible();
  const receiptId = (await share.getShareSession(sessionId)).getReceiptId() ?? '';
  const profile = (await share.getShareReceipt(receiptId)).getProfile();
  expect(profile?.getFullName()?.getValue()).toBe('Alex Sample');
  expect(String(profile?.getSelfie()?.getValue().getBase64Content())).toMatch(/^data:image\/png;base64,/);
  watch.check();
});

test("phone page: a share's identity profile can be left unmet, and the receipt says why", async ({
  page,
}) => {
  const watch = await guard(page);
  const sessionId = await phoneAt(
    page,
    new PolicyBuilder()
      .withIdentityProfileRequirements({ trust_framework: 'UK_TFIDA', scheme: { type: 'RTW' } })
      .build(),
  );
  await expect(page.getByRole('list')).toContainText('Identity profile: UK_TFIDA RTW');
  await page.getByLabel('Not met: Fraud detected').check();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/sandbox-phone-profile.png' });
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('heading', { name: 'Details shared' })).toBeVisible();
  const receiptId = (await share.getShareSession(sessionId)).getReceiptId() ?? '';
  expect((await share.getShareReceipt(receiptId)).getError()).toBe('FRAUD_DETECTED');
  watch.check();
});

test("a share session's phone page opens from its ID alone (Yoti's browser script, which makes the code, talks to Yoti only)", async ({
  page,
}) => {
  const watch = await guard(page);
  const session = await share.createShareSession(
    new ShareSessionConfigurationBuilder()
      .withPolicy(new PolicyBuilder().withFullName().build())
      .withRedirectUri('/profile')
      .build(),
  );
  await page.goto(`${sandbox.url}/sandbox/share/${encodeURIComponent(session.getId())}`);
  await expect(page.getByRole('list')).toContainText('Full name');
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('heading', { name: 'Details shared' })).toBeVisible();
  expect((await share.getShareSession(session.getId())).getStatus()).toBe('COMPLETED');
  const unknown = await page.request.get(`${sandbox.url}/sandbox/share/ss.v2.nope`);
  expect(unknown.status()).toBe(404);
  watch.check();
});
