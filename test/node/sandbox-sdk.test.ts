// The sandbox answers everything Yoti's SDK asks (issue 24): every public method of the `yoti`
// SDK's IDVClient and DigitalIdentityClient, called against the sandbox as against Yoti, and
// what the SDK parses of the answers (its getters): every attribute a policy can ask for with its
// sources and verifiers, every check, task and resource type, identity profiles met and not,
// face captures made and uploaded, tracked devices, and deletes (404 after).
// biome-ignore-all lint/suspicious/noExplicitAny: the test reads the SDK's results through their getters, as Yoti's examples do; the SDK's own types call most of them nullable
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import yoti from 'yoti';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';

const {
  IDVClient,
  DigitalIdentityClient,
  DigitalIdentityBuilders,
  SessionSpecificationBuilder,
  RequestedDocumentAuthenticityCheckBuilder,
  RequestedFaceMatchCheckBuilder,
  RequestedLivenessCheckBuilder,
  RequestedIdDocumentComparisonCheckBuilder,
  RequestedFaceComparisonCheckBuilder,
  RequestedTextExtractionTaskBuilder,
  RequestedSupplementaryDocTextExtractionTaskBuilder,
  RequiredIdDocumentBuilder,
  RequiredSupplementaryDocumentBuilder,
  ProofOfAddressObjectiveBuilder,
  OrthogonalRestrictionsFilterBuilder,
  DocumentRestrictionsFilterBuilder,
  DocumentRestrictionBuilder,
  CreateFaceCaptureResourcePayloadBuilder,
  UploadFaceCaptureImagePayloadBuilder,
  SdkConfigBuilder,
  AdvancedIdentityProfileBuilder,
  AdvancedIdentityProfileRequirementsBuilder,
  AdvancedIdentityProfileSchemeBuilder,
} = yoti as unknown as Record<string, new (...args: any[]) => any>;

// A white PNG pixel, as Yoti's own example uploads.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

let sandbox: Sandbox;
let idv: any;
let share: any;

before(async () => {
  sandbox = await startSandbox({ idvProcessingMs: 0, idvReviewMs: 0 });
  idv = new IDVClient(sandbox.clientSdkId, sandbox.privateKey, { apiUrl: sandbox.idvApiUrl });
  share = new DigitalIdentityClient(sandbox.clientSdkId, sandbox.privateKey, { apiUrl: sandbox.shareApiUrl });
});
after(() => sandbox.close());

/** The IDV page's call for a session, as the page makes it (with the browser's User-Agent). */
const pageOpens = (sessionId: string, sessionToken: string) =>
  fetch(`${sandbox.idvApiUrl}/web/session`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent':
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36',
    },
    body: JSON.stringify({ sessionId, sessionToken }),
  });

/** Every check and task a session can ask for, with two ID documents and a proof of address. */
function fullSpec() {
  return new SessionSpecificationBuilder()
    .withClientSessionTokenTtl(600)
    .withResourcesTtl(90_000)
    .withUserTrackingId('tracking-123')
    .withRequestedCheck(new RequestedDocumentAuthenticityCheckBuilder().withManualCheckNever().build())
    .withRequestedCheck(new RequestedFaceMatchCheckBuilder().withManualCheckFallback().build())
    .withRequestedCheck(new RequestedLivenessCheckBuilder().forStaticLiveness().withMaxRetries(3).build())
    .withRequestedCheck(new RequestedIdDocumentComparisonCheckBuilder().build())
    .withRequestedCheck(new RequestedFaceComparisonCheckBuilder().withManualCheckNever().build())
    .withRequestedTask(new RequestedTextExtractionTaskBuilder().withManualCheckAlways().build())
    .withRequestedTask(
      new RequestedSupplementaryDocTextExtractionTaskBuilder().withManualCheckNever().build(),
    )
    .withRequiredDocument(new RequiredIdDocumentBuilder().build())
    .withRequiredDocument(
      new RequiredIdDocumentBuilder()
        .withFilter(
          new OrthogonalRestrictionsFilterBuilder().withWhitelistedDocumentTypes(['DRIVING_LICENCE']).build(),
        )
        .build(),
    )
    .withRequiredDocument(
      new RequiredSupplementaryDocumentBuilder()
        .withObjective(new ProofOfAddressObjectiveBuilder().build())
        .withDocumentTypes(['UTILITY_BILL'])
        .withCountryCodes(['GBR'])
        .build(),
    )
    .withSdkConfig(new SdkConfigBuilder().withAllowsCamera().withPresetIssuingCountry('GBR').build())
    .build();
}

describe('IDVClient against the sandbox', () => {
  it('creates a session and tells its configuration: each check, and each resource the capture needs', async () => {
    const created = await idv.createSession(fullSpec());
    assert.match(created.getSessionId(), /^[0-9a-f-]{36}$/);
    assert.match(created.getClientSessionToken(), /^[0-9a-f-]{36}$/);
    assert.equal(created.getClientSessionTokenTtl(), 600);
    const config = await idv.getSessionConfiguration(created.getSessionId());
    assert.equal(config.getSessionId(), created.getSessionId());
    assert.equal(config.getClientSessionTokenTtl(), 600);
    assert.deepEqual(
      config.getRequestedChecks().map((check: { type: string }) => check.type),
      [
        'ID_DOCUMENT_AUTHENTICITY',
        'ID_DOCUMENT_FACE_MATCH',
        'LIVENESS',
        'ID_DOCUMENT_COMPARISON',
        'FACE_COMPARISON',
      ],
    );
    const capture = config.getCapture();
    assert.equal(capture.getBiometricConsent(), 'REQUIRED');
    assert.equal(capture.getDocumentResourceRequirements().length, 3);
    assert.equal(capture.getIdDocumentResourceRequirements().length, 2);
    const [, licence] = capture.getIdDocumentResourceRequirements();
    assert.deepEqual(
      licence
        .getSupportedCountries()
        .find((country: any) => country.getCode() === 'GBR')
        ?.getSupportedDocuments()
        .map((document: any) => document.getType()),
      ['DRIVING_LICENCE'],
    );
    const [supplementary] = capture.getSupplementaryResourceRequirements();
    assert.deepEqual(supplementary.getDocumentTypes(), ['UTILITY_BILL']);
    assert.equal(supplementary.getObjective().getType(), 'PROOF_OF_ADDRESS');
    assert.equal(capture.getLivenessResourceRequirements()[0].getLivenessType(), 'STATIC');
    const [face] = capture.getFaceCaptureResourceRequirements();
    assert.ok(face.getId());
    assert.equal(face.getState(), 'REQUIRED');
  });

  it('ends the session with every resource, check and task Yoti would list, with stable IDs and the media behind them', async () => {
    const created = await idv.createSession(fullSpec());
    const id = created.getSessionId();
    // The business supplies the face for FACE_COMPARISON, as Yoti's face-comparison example does.
    const config = await idv.getSessionConfiguration(id);
    const [requirement] = config.getCapture().getFaceCaptureResourceRequirements();
    const resource = await idv.createFaceCaptureResource(
      id,
      new CreateFaceCaptureResourcePayloadBuilder().withRequirementId(requirement.getId()).build(),
    );
    assert.ok(resource.getId());
    assert.equal(resource.getFrames(), 1);
    await idv.uploadFaceCaptureImage(
      id,
      resource.getId(),
      new UploadFaceCaptureImagePayloadBuilder().forPngImage().withImageContents(PNG).build(),
    );
    const faced = await idv.getSessionConfiguration(id);
    assert.equal(faced.getCapture().getFaceCaptureResourceRequirements()[0].getState(), 'COMPLETE');

    assert.equal((await pageOpens(id, created.getClientSessionToken())).status, 200);
    sandbox.completeIdv(id);
    const session = await idv.getSession(id);
    assert.equal(session.getState(), 'COMPLETED');
    assert.equal(session.getUserTrackingId(), 'tracking-123');
    assert.ok(session.getBiometricConsentTimestamp() instanceof Date);

    const resources = session.getResources();
    const documents = resources.getIdDocuments();
    assert.deepEqual(
      documents.map((document: any) => [
        document.getDocumentType(),
        document.getIssuingCountry(),
        document.getPages().length,
      ]),
      [
        ['PASSPORT', 'GBR', 1],
        ['DRIVING_LICENCE', 'GBR', 2],
      ],
    );
    for (const document of documents) {
      for (const page of document.getPages()) {
        assert.equal(page.getCaptureMethod(), 'CAMERA');
        const image = await idv.getMediaContent(id, page.getMedia().getId());
        assert.equal(image.getMimeType(), 'image/png');
        assert.equal(image.getContent().subarray(1, 4).toString(), 'PNG');
        assert.equal(page.getFrames().length, 1);
      }
      const fields = await idv.getMediaContent(id, document.getDocumentFields().getMedia().getId());
      assert.equal(JSON.parse(fields.getContent().toString()).full_name, 'Alex Sample');
      assert.equal(document.getDocumentIdPhoto().getMedia().getType(), 'IMAGE');
      const [task] = document.getTextExtractionTasks();
      assert.equal(task.getState(), 'DONE');
      assert.equal(task.getGeneratedTextDataChecks().length, 1);
      assert.equal(task.getGeneratedMedia()[0].getType(), 'JSON');
    }
    const [bill] = resources.getSupplementaryDocuments();
    assert.equal(bill.getDocumentType(), 'UTILITY_BILL');
    const billFields = await idv.getMediaContent(id, bill.getDocumentFields().getMedia().getId());
    assert.match(JSON.parse(billFields.getContent().toString()).address, /Sample Street/);
    const [liveness] = resources.getStaticLivenessResources();
    assert.equal(liveness.getLivenessType(), 'STATIC');
    assert.equal((await idv.getMediaContent(id, liveness.getImage().getId())).getMimeType(), 'image/png');
    const [faceCapture] = resources.getFaceCaptureResources();
    assert.equal(faceCapture.getId(), resource.getId());
    const uploaded = await idv.getMediaContent(id, faceCapture.getImage().getMedia().getId());
    assert.deepEqual(uploaded.getContent(), PNG);

    // Each check asked for, the generated text data checks with the IDs their tasks gave them.
    assert.deepEqual(
      session.getChecks().map((check: any) => check.getType()),
      [
        'ID_DOCUMENT_AUTHENTICITY',
        'ID_DOCUMENT_FACE_MATCH',
        'LIVENESS',
        'ID_DOCUMENT_COMPARISON',
        'FACE_COMPARISON',
        'ID_DOCUMENT_TEXT_DATA_CHECK',
        'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK',
      ],
    );
    assert.equal(session.getAuthenticityChecks().length, 1);
    assert.equal(session.getFaceMatchChecks().length, 1);
    assert.equal(session.getLivenessChecks().length, 1);
    assert.equal(session.getIdDocumentComparisonChecks().length, 1);
    assert.equal(session.getFaceComparisonChecks().length, 1);
    assert.equal(session.getIdDocumentTextDataChecks().length, 1);
    assert.equal(session.getSupplementaryDocumentTextDataChecks().length, 1);
    const textCheck = session.getIdDocumentTextDataChecks()[0];
    assert.equal(
      textCheck.getId(),
      documents[0].getTextExtractionTasks()[0].getGeneratedTextDataChecks()[0].getId(),
    );
    assert.deepEqual(session.getFaceComparisonChecks()[0].getResourcesUsed(), [
      resource.getId(),
      liveness.getId(),
    ]);
    for (const check of session.getChecks()) {
      assert.equal(check.getState(), 'DONE');
      assert.equal(check.getReport().getRecommendation().getValue(), 'APPROVE');
    }
    // The text extraction asked for a person's review every time: its check says so.
    const review = textCheck
      .getReport()
      .getBreakdown()
      .find((item: any) => item.getSubCheck() === 'manual_review');
    assert.equal(review?.getProcess(), 'MANUAL');
  });

  it('keeps check IDs while they run, and ZOOM liveness has a face map and frames', async () => {
    const slow = await startSandbox({ idvProcessingMs: 600, idvReviewMs: 0 });
    const client = new IDVClient(slow.clientSdkId, slow.privateKey, { apiUrl: slow.idvApiUrl });
    try {
      const spec = new SessionSpecificationBuilder()
        .withRequestedCheck(new RequestedDocumentAuthenticityCheckBuilder().build())
        .withRequestedCheck(new RequestedLivenessCheckBuilder().forZoomLiveness().build())
        .build();
      const id = (await client.createSession(spec)).getSessionId();
      slow.completeIdv(id);
      const running = await client.getSession(id);
      assert.equal(running.getState(), 'ONGOING');
      const before = running.getChecks().map((check: any) => [check.getId(), check.getState()]);
      assert.ok(before.every(([, state]: string[]) => state === 'CREATED' || state === 'PROCESSING'));
      await new Promise((resolve) => setTimeout(resolve, 800));
      const done = await client.getSession(id);
      assert.equal(done.getState(), 'COMPLETED');
      assert.deepEqual(
        done.getChecks().map((check: any) => check.getId()),
        before.map(([checkId]: string[]) => checkId),
        'the same IDs from CREATED to DONE',
      );
      const [zoom] = done.getResources().getZoomLivenessResources();
      assert.equal(zoom.getLivenessType(), 'ZOOM');
      assert.equal(zoom.getFrames().length, 3);
      assert.equal(
        (await client.getMediaContent(id, zoom.getFaceMap().getMedia().getId())).getMimeType(),
        'application/octet-stream',
      );
    } finally {
      await slow.close();
    }
  });

  it('a FALLBACK check that does not approve stays PROCESSING for a review, then is DONE, reviewed', async () => {
    const slow = await startSandbox({ idvProcessingMs: 0, idvReviewMs: 500 });
    const client = new IDVClient(slow.clientSdkId, slow.privateKey, { apiUrl: slow.idvApiUrl });
    try {
      const spec = new SessionSpecificationBuilder()
        .withRequestedCheck(new RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build())
        .withRequestedCheck(new RequestedLivenessCheckBuilder().forZoomLiveness().build())
        .build();
      const id = (await client.createSession(spec)).getSessionId();
      slow.completeIdv(id, 'reject'); // the first check rejects: it goes to review
      const waiting = await client.getSession(id);
      assert.equal(waiting.getState(), 'ONGOING');
      assert.deepEqual(
        waiting.getChecks().map((check: any) => check.getState()),
        ['PROCESSING', 'DONE'],
      );
      await new Promise((resolve) => setTimeout(resolve, 700));
      const reviewed = await client.getSession(id);
      assert.equal(reviewed.getState(), 'COMPLETED');
      const [authenticity] = reviewed.getAuthenticityChecks();
      assert.equal(authenticity.getReport().getRecommendation().getValue(), 'REJECT');
      assert.ok(
        authenticity
          .getReport()
          .getBreakdown()
          .some((item: any) => item.getProcess() === 'MANUAL'),
      );
    } finally {
      await slow.close();
    }
  });

  it('honours document filters: a driving licence only, a French ID by restriction', async () => {
    const only = (filter: unknown) =>
      idv
        .createSession(
          new SessionSpecificationBuilder()
            .withRequestedCheck(new RequestedDocumentAuthenticityCheckBuilder().build())
            .withRequiredDocument(new RequiredIdDocumentBuilder().withFilter(filter).build())
            .build(),
        )
        .then(async (created: any) => {
          sandbox.completeIdv(created.getSessionId());
          const [document] = (await idv.getSession(created.getSessionId())).getResources().getIdDocuments();
          return [document.getDocumentType(), document.getIssuingCountry()];
        });
    assert.deepEqual(
      await only(
        new OrthogonalRestrictionsFilterBuilder().withWhitelistedDocumentTypes(['DRIVING_LICENCE']).build(),
      ),
      ['DRIVING_LICENCE', 'GBR'],
    );
    const french = new DocumentRestrictionsFilterBuilder()
      .forWhitelist()
      .withDocumentRestriction(
        new DocumentRestrictionBuilder().withCountries(['FRA']).withDocumentTypes(['NATIONAL_ID']).build(),
      )
      .build();
    assert.deepEqual(await only(french), ['NATIONAL_ID', 'FRA']);
  });

  it('ends identity profiles as the person chose: met with a report and its media, or not met with why', async () => {
    const spec = (requirements: object) =>
      new SessionSpecificationBuilder()
        .withIdentityProfileRequirements(requirements)
        .withSubject({ subject_id: 'subject-7' })
        .build();
    const met = (
      await idv.createSession(spec({ trust_framework: 'UK_TFIDA', scheme: { type: 'RTW' } }))
    ).getSessionId();
    sandbox.completeIdv(met);
    const profile = (await idv.getSession(met)).getIdentityProfile();
    assert.equal(profile.getSubjectId(), 'subject-7');
    assert.equal(profile.getResult(), 'DONE');
    const report = profile.getIdentityProfileReport();
    assert.equal(report.getTrustFramework(), 'UK_TFIDA');
    const [compliance] = report.getSchemesCompliance();
    assert.equal(compliance.getScheme().getType(), 'RTW');
    assert.equal(compliance.isRequirementsMet(), true);
    const media = await idv.getMediaContent(met, report.getMedia().getId());
    assert.equal(JSON.parse(media.getContent().toString()).trust_framework, 'UK_TFIDA');

    const dbs = await idv.createSession(
      spec({ trust_framework: 'UK_TFIDA', scheme: { type: 'DBS', objective: 'STANDARD' } }),
    );
    sandbox.completeIdv(dbs.getSessionId(), 'approve', 'COULD_NOT_VERIFY_ADDRESS');
    const unmet = await idv.getSession(dbs.getSessionId());
    assert.equal(unmet.getIdentityProfile().getResult(), 'ABORTED');
    assert.equal(unmet.getIdentityProfile().getFailureReason().getReasonCode(), 'COULD_NOT_VERIFY_ADDRESS');
    assert.equal(
      unmet.getIdentityProfile().getFailureReason().getRequirementsNotMetDetails()[0].getFailureType(),
      'COULD_NOT_VERIFY_ADDRESS',
    );
    assert.equal(
      unmet.getResources().getSupplementaryDocuments()[0].getDocumentType(),
      'UTILITY_BILL',
      'DBS proves the address',
    );
  });

  it('ends advanced identity profiles, each trust framework with its schemes', async () => {
    const requirements = new AdvancedIdentityProfileRequirementsBuilder()
      .withProfile(
        new AdvancedIdentityProfileBuilder()
          .withTrustFramework('UK_TFIDA')
          .withScheme(new AdvancedIdentityProfileSchemeBuilder().withType('RTW').withLabel('rtw').build())
          .build(),
      )
      .withProfile(
        new AdvancedIdentityProfileBuilder()
          .withTrustFramework('YOTI_GLOBAL')
          .withScheme(
            new AdvancedIdentityProfileSchemeBuilder()
              .withType('IDENTITY')
              .withObjective('AL_L1')
              .withLabel('al-l1')
              .build(),
          )
          .build(),
      )
      .build();
    const id = (
      await idv.createSession(
        new SessionSpecificationBuilder().withAdvancedIdentityProfileRequirements(requirements).build(),
      )
    ).getSessionId();
    sandbox.completeIdv(id);
    const profile = (await idv.getSession(id)).getAdvancedIdentityProfile();
    assert.equal(profile.getResult(), 'DONE');
    const frameworks = profile.getIdentityProfileReport().getCompliance();
    assert.deepEqual(
      frameworks.map((framework: any) => [
        framework.getTrustFramework(),
        framework
          .getSchemesCompliance()
          .map((scheme: any) => [scheme.getScheme().getLabel(), scheme.getRequirementsMet()]),
      ]),
      [
        ['UK_TFIDA', [['rtw', true]]],
        ['YOTI_GLOBAL', [['al-l1', true]]],
      ],
    );
  });

  it('lists supported documents (non-Latin only when asked) and tracked devices, which can be deleted', async () => {
    const latin = await idv.getSupportedDocuments();
    const all = await idv.getSupportedDocuments(true);
    const count = (result: any) =>
      result
        .getSupportedCountries()
        .reduce((sum: number, country: any) => sum + country.getSupportedDocuments().length, 0);
    assert.ok(count(all) > count(latin), 'non-Latin documents only with includeNonLatin');
    const gbr = latin.getSupportedCountries().find((country: any) => country.getCode() === 'GBR');
    assert.ok(gbr.getSupportedDocuments().some((document: any) => document.getType() === 'PASSPORT'));

    const created = await idv.createSession(new SessionSpecificationBuilder().build());
    await pageOpens(created.getSessionId(), created.getClientSessionToken());
    const devices = await idv.getSessionTrackedDevices(created.getSessionId());
    const [event] = devices.getDeviceEvents();
    assert.equal(event.getEvent(), 'CONFIG_FIRST_LOADED');
    assert.equal(event.getDevice().getBrowserName(), 'Chrome');
    assert.equal(event.getDevice().getOSName(), 'Windows NT');
    await idv.deleteSessionTrackedDevices(created.getSessionId());
    assert.equal((await idv.getSessionTrackedDevices(created.getSessionId())).getDeviceEvents().length, 0);
  });

  it('deletes media and sessions for good: 404 after', async () => {
    const created = await idv.createSession(fullSpec());
    const id = created.getSessionId();
    sandbox.completeIdv(id);
    const page = (await idv.getSession(id))
      .getResources()
      .getIdDocuments()[0]
      .getPages()[0]
      .getMedia()
      .getId();
    await idv.deleteMediaContent(id, page);
    await assert.rejects(
      idv.getMediaContent(id, page),
      (error: any) => error.getResponseStatusCode?.() === 404 || error.status === 404,
    );
    await assert.rejects(
      idv.deleteMediaContent(id, page),
      (error: any) => (error.status ?? error.getResponseStatusCode?.()) === 404,
    );
    await idv.deleteSession(id);
    await assert.rejects(
      idv.getSession(id),
      (error: any) => (error.status ?? error.getResponseStatusCode?.()) === 404,
    );
    await assert.rejects(
      idv.getSessionConfiguration(id),
      (error: any) => (error.status ?? error.getResponseStatusCode?.()) === 404,
    );
  });

  it('refuses every endpoint unsigned (401) before it says not found (404)', async () => {
    for (const [method, path] of [
      ['POST', '/sessions'],
      ['GET', '/sessions/x'],
      ['DELETE', '/sessions/x'],
      ['GET', '/sessions/x/configuration'],
      ['POST', '/sessions/x/resources/face-capture'],
      ['PUT', '/sessions/x/resources/face-capture/y/image'],
      ['GET', '/sessions/x/tracked-devices'],
      ['DELETE', '/sessions/x/tracked-devices'],
      ['GET', '/sessions/x/media/y/content'],
      ['DELETE', '/sessions/x/media/y/content'],
      ['GET', '/supported-documents'],
      ['GET', '/no-such-endpoint'],
    ] as const) {
      const answer = await fetch(`${sandbox.idvApiUrl}${path}?sdkId=${sandbox.clientSdkId}`, { method });
      assert.equal(answer.status, 401, `${method} ${path}`);
    }
    for (const path of ['/v2/qr-codes/x', '/v2/sessions/x', '/v2/nothing']) {
      assert.equal((await fetch(`${sandbox.shareApiUrl}${path}`)).status, 401, path);
    }
  });
});

describe('DigitalIdentityClient against the sandbox', () => {
  const { PolicyBuilder, ShareSessionConfigurationBuilder } = DigitalIdentityBuilders as unknown as Record<
    string,
    new () => any
  >;
  const sessionFor = (policy: unknown) =>
    share.createShareSession(
      new ShareSessionConfigurationBuilder()
        .withPolicy(policy)
        .withRedirectUri('https://shop.example/done')
        .build(),
    );
  const qrOf = async (sessionId: string) => (await share.createShareQrCode(sessionId)).getUri();

  it('gives every attribute the policy builder can ask for, with its sources and verifiers', async () => {
    const policy = new PolicyBuilder()
      .withFullName()
      .withFamilyName()
      .withGivenNames()
      .withDateOfBirth()
      .withAgeOver(18)
      .withAgeUnder(90)
      .withGender()
      .withPostalAddress()
      .withStructuredPostalAddress()
      .withNationality()
      .withPhoneNumber()
      .withSelfie()
      .withEmail()
      .withDocumentDetails()
      .withDocumentImages()
      .withSelfieAuthentication()
      .withWantedRememberMe()
      .build();
    const created = await sessionFor(policy);
    assert.equal(created.getStatus(), 'CREATED');
    assert.ok(created.getExpiry() instanceof Date);
    const qr = await share.createShareQrCode(created.getId());
    const found = await share.getShareQrCode(qr.getId());
    assert.equal(found.getId(), qr.getId());
    assert.equal(found.getSessionId(), created.getId());
    assert.equal(found.getRedirectUri(), 'https://shop.example/done');
    assert.ok(found.getExpiry() > new Date());
    // A policy with selfie authentication: Allow without the selfie is refused.
    assert.throws(() => sandbox.allowShare(qr.getUri(), { selfie: false }), /selfie/);
    const { receiptId } = sandbox.allowShare(qr.getUri(), { selfie: true });
    const session = await share.getShareSession(created.getId());
    assert.equal(session.getStatus(), 'COMPLETED');
    assert.equal(session.getReceiptId(), receiptId);
    assert.equal(session.getScannedQrCodeId(), qr.getId());

    const receipt = await share.getShareReceipt(receiptId);
    assert.equal(receipt.getError(), undefined);
    assert.match(receipt.getRememberMeId() ?? '', /^[A-Za-z0-9+/=]{40,}$/);
    const profile = receipt.getProfile();
    const sourceOf = (attribute: any) => attribute.getSources()[0]?.getValue();
    const verifierOf = (attribute: any) => attribute.getVerifiers()[0]?.getValue();
    assert.equal(profile.getFullName().getValue(), 'Alex Sample');
    assert.equal(sourceOf(profile.getFullName()), 'PASSPORT');
    assert.equal(verifierOf(profile.getFullName()), 'YOTI_ADMIN');
    assert.equal(profile.getFullName().getSources()[0].getSubType(), 'OCR');
    assert.ok(profile.getFullName().getSources()[0].getSignedTimeStamp().getTimestamp() instanceof Date);
    assert.equal(profile.getFamilyName().getValue(), 'Sample');
    assert.equal(profile.getGivenNames().getValue(), 'Alex');
    assert.equal(profile.getDateOfBirth().getValue().toISOString().slice(0, 10), '1990-04-12');
    assert.equal(profile.findAgeOverVerification(18).getValue().getResult(), true);
    assert.equal(profile.findAgeUnderVerification(90).getValue().getResult(), true);
    assert.equal(profile.getGender().getValue(), 'FEMALE');
    assert.equal(profile.getNationality().getValue(), 'GBR');
    assert.equal(profile.getPhoneNumber().getValue(), '+447700900123');
    assert.equal(verifierOf(profile.getPhoneNumber()), 'YOTI_OTP');
    assert.equal(profile.getEmailAddress().getValue(), 'alex.sample@example.com');
    assert.match(profile.getPostalAddress().getValue(), /1 Sample Street/);
    assert.equal(sourceOf(profile.getPostalAddress()), 'USER_PROVIDED');
    assert.equal(profile.getStructuredPostalAddress().getValue().postal_code, 'SW1A 1AA');
    assert.match(profile.getSelfie().getValue().getBase64Content(), /^data:image\/png;base64,/);
    const details = profile.getDocumentDetails().getValue();
    assert.equal(details.getType(), 'PASSPORT');
    assert.equal(details.getIssuingCountry(), 'GBR');
    assert.equal(details.getDocumentNumber(), '533401372');
    assert.equal(details.getExpirationDate().toISOString().slice(0, 10), '2031-09-30');
    assert.equal(details.getIssuingAuthority(), 'HMPO');
    const images = profile.getDocumentImages().getValue();
    assert.equal(images.length, 2);
    assert.match(images[0].getBase64Content(), /^data:image\/png;base64,/);
  });

  it('gives an identity profile report pointing at its selfie and document images, simple and advanced', async () => {
    const simple = await sessionFor(
      new PolicyBuilder()
        .withIdentityProfileRequirements({ trust_framework: 'UK_TFIDA', scheme: { type: 'RTW' } })
        .build(),
    );
    const { receiptId } = sandbox.allowShare(await qrOf(simple.getId()));
    const profile = (await share.getShareReceipt(receiptId)).getProfile();
    const report = profile.getIdentityProfileReport().getValue();
    assert.equal(report.verification_report.trust_framework, 'UK_TFIDA');
    assert.deepEqual(report.verification_report.schemes_compliance[0], {
      scheme: { type: 'RTW' },
      requirements_met: true,
    });
    const selfie = profile.getAttributeById(report.verification_report.evidence.face.selfie_attribute_id);
    assert.match(selfie.getValue().getBase64Content(), /^data:image\/png/);
    const images = profile.getAttributeById(
      report.verification_report.evidence.documents[0].document_images_attribute_id,
    );
    assert.equal(images.getValue().length, 2);

    const advanced = await sessionFor(
      new PolicyBuilder()
        .withAdvancedIdentityProfileRequirements({
          profiles: [
            { trust_framework: 'UK_TFIDA', schemes: [{ type: 'DBS', objective: 'STANDARD', label: 'dbs' }] },
            {
              trust_framework: 'YOTI_GLOBAL',
              schemes: [{ type: 'IDENTITY', objective: 'AL_L1', label: 'al' }],
            },
          ],
        })
        .build(),
    );
    const second = sandbox.allowShare(await qrOf(advanced.getId()));
    const advancedReport = (await share.getShareReceipt(second.receiptId))
      .getProfile()
      .getIdentityProfileReport()
      .getValue();
    assert.deepEqual(
      advancedReport.verification_reports.map((item: any) => item.trust_framework),
      ['UK_TFIDA', 'YOTI_GLOBAL'],
    );
  });

  it('says why an identity profile was not met, in the receipt, with no profile', async () => {
    const session = await sessionFor(
      new PolicyBuilder()
        .withIdentityProfileRequirements({ trust_framework: 'UK_TFIDA', scheme: { type: 'RTW' } })
        .build(),
    );
    const { receiptId } = sandbox.allowShare(await qrOf(session.getId()), {
      profileFailure: 'FRAUD_DETECTED',
    });
    const receipt = await share.getShareReceipt(receiptId);
    assert.equal(receipt.getError(), 'FRAUD_DETECTED');
    assert.equal(receipt.getErrorReason().requirementsNotMetDetails[0].failureType, 'FRAUD_DETECTED');
    assert.equal(receipt.getProfile().getIdentityProfileReport(), null);
  });
});
