// The sandbox's IDV results as Yoti gives them (issue 18): only the checks requested, an identity
// profile only when one was requested, document fields and media read through the SDK, and
// outcomes scripted with Yoti's own @getyoti/sdk-sandbox (its hosted-sandbox response config),
// unchanged, against the sandbox's signed routes.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  SandboxBreakdownBuilder,
  SandboxCheckReportsBuilder,
  SandboxDocumentAuthenticityCheckBuilder,
  SandboxDocumentTextDataCheckBuilder,
  SandboxDocumentTextDataExtractionTaskBuilder,
  SandboxIDVClientBuilder,
  SandboxRecommendationBuilder,
  SandboxResponseConfigBuilder,
  SandboxTaskResultsBuilder,
  SandboxZoomLivenessCheckBuilder,
} from '@getyoti/sdk-sandbox';
import { IDV_SPEC, type Stack, startStack } from '../support/stack.js';

const recommendation = (value: string, reason?: string) => {
  const builder = new SandboxRecommendationBuilder().withValue(value);
  return (reason ? builder.withReason(reason) : builder).build();
};

describe('the sandbox ends IDV sessions as Yoti does', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  const create = async (spec: object = IDV_SPEC) => {
    const browser = stack.browser();
    const created = await stack.handler.createIdvSession(new Request(stack.origin), spec);
    return { id: created.sessionId, browser };
  };
  const sandboxClient = (pem = stack.sandbox.privateKey) =>
    new SandboxIDVClientBuilder()
      .withClientSdkId(stack.sandbox.clientSdkId)
      .withPemString(pem)
      .withSandboxUrl(stack.sandbox.idvApiUrl)
      .build();

  it('runs only the checks requested, and gives an identity profile only when one was requested', async () => {
    const { id } = await create({ requested_checks: [{ type: 'ID_DOCUMENT_AUTHENTICITY', config: {} }] });
    stack.sandbox.completeIdv(id, 'reject');
    const session = await stack.handler.getIdvSession(id);
    assert.deepEqual(
      session
        .getChecks()
        .map((check) => [check.getType(), check.getReport()?.getRecommendation()?.getValue()]),
      [['ID_DOCUMENT_AUTHENTICITY', 'REJECT']],
    );
    assert.equal(session.getIdentityProfile(), undefined, 'no identity profile was requested');
    assert.equal(
      session.getResources().getIdDocuments()[0]?.getDocumentFields(),
      undefined,
      'no text extraction',
    );
  });

  it('reads the document fields and their media through the SDK when text extraction was requested', async () => {
    const { id } = await create();
    stack.sandbox.completeIdv(id);
    const session = await stack.handler.getIdvSession(id);
    const document = session.getResources().getIdDocuments()[0];
    assert.equal(document?.getDocumentType(), 'PASSPORT');
    assert.equal(document?.getIssuingCountry(), 'GBR');
    const mediaId = document?.getDocumentFields()?.getMedia().getId() ?? '';
    const media = await stack.handler.getIdvMedia(id, mediaId);
    assert.equal(media?.getMimeType(), 'application/json');
    const fields = JSON.parse(media?.getContent().toString('utf8') ?? '{}');
    assert.equal(fields.full_name, 'Alex Sample');
    assert.equal(fields.expiration_date, '2031-09-30');
    assert.equal(session.getResources().getLivenessCapture().length, 1, 'a liveness check was requested');
    await assert.rejects(stack.handler.getIdvMedia(id, 'no-such-media'));
  });

  it('ends a session as @getyoti/sdk-sandbox scripts it: REJECT on authenticity, liveness failed, fields read', async () => {
    const { id, browser } = await create({
      ...IDV_SPEC,
      identity_profile_requirements: undefined,
    });
    const config = new SandboxResponseConfigBuilder()
      .withCheckReports(
        new SandboxCheckReportsBuilder()
          .withDocumentAuthenticityCheck(
            new SandboxDocumentAuthenticityCheckBuilder()
              .withRecommendation(recommendation('REJECT', 'COUNTERFEIT'))
              .withBreakdown(
                new SandboxBreakdownBuilder().withSubCheck('security_features').withResult('FAIL').build(),
              )
              .build(),
          )
          .withLivenessCheck(
            new SandboxZoomLivenessCheckBuilder()
              .withRecommendation(recommendation('REJECT', 'LIVENESS_FAILED'))
              .build(),
          )
          .withDocumentTextDataCheck(
            new SandboxDocumentTextDataCheckBuilder().withRecommendation(recommendation('APPROVE')).build(),
          )
          .withAsyncReportDelay(0)
          .build(),
      )
      .withTaskResults(
        new SandboxTaskResultsBuilder()
          .withDocumentTextDataExtractionTask(
            new SandboxDocumentTextDataExtractionTaskBuilder()
              .withDocumentField('full_name', 'Jordan Example')
              .withDocumentField('document_type', 'DRIVING_LICENCE')
              .withDetectedCountry('FRA')
              .build(),
          )
          .build(),
      )
      .build();
    await sandboxClient().configureSessionResponse(id, config);
    stack.sandbox.completeIdv(id); // the page's own outcome gives way to the script
    const summary = await browser('GET', `/yoti/idv-sessions/${id}`);
    assert.equal(summary.status, 404, 'another caller');
    const session = await stack.handler.getIdvSession(id);
    const reports = Object.fromEntries(
      session.getChecks().map((check) => [check.getType(), check.getReport()?.getRecommendation()]),
    );
    assert.equal(reports.ID_DOCUMENT_AUTHENTICITY?.getValue(), 'REJECT');
    assert.equal(reports.ID_DOCUMENT_AUTHENTICITY?.getReason(), 'COUNTERFEIT');
    assert.equal(reports.LIVENESS?.getValue(), 'REJECT');
    assert.equal(reports.LIVENESS?.getReason(), 'LIVENESS_FAILED');
    assert.equal(reports.ID_DOCUMENT_TEXT_DATA_CHECK?.getValue(), 'APPROVE');
    assert.equal(reports.ID_DOCUMENT_FACE_MATCH?.getValue(), 'APPROVE', 'not scripted: approved');
    const breakdown = session
      .getChecks()
      .find((check) => check.getType() === 'ID_DOCUMENT_AUTHENTICITY')
      ?.getReport()
      ?.getBreakdown()[0];
    assert.equal(breakdown?.getSubCheck(), 'security_features');
    const document = session.getResources().getIdDocuments()[0];
    assert.equal(document?.getDocumentType(), 'DRIVING_LICENCE');
    assert.equal(document?.getIssuingCountry(), 'FRA');
    const media = await stack.handler.getIdvMedia(
      id,
      document?.getDocumentFields()?.getMedia().getId() ?? '',
    );
    assert.equal(JSON.parse(media?.getContent().toString('utf8') ?? '{}').full_name, 'Jordan Example');
  });

  it("applies the application's response config to every session without its own", async () => {
    await sandboxClient().configureApplicationResponse(
      new SandboxResponseConfigBuilder()
        .withCheckReports(
          new SandboxCheckReportsBuilder()
            .withDocumentFaceMatchCheck(
              new (await import('@getyoti/sdk-sandbox')).SandboxDocumentFaceMatchCheckBuilder()
                .withRecommendation(recommendation('NOT_AVAILABLE', 'QUALITY'))
                .build(),
            )
            .build(),
        )
        .build(),
    );
    try {
      const { id } = await create();
      stack.sandbox.completeIdv(id);
      const faceMatch = (await stack.handler.getIdvSession(id))
        .getChecks()
        .find((check) => check.getType() === 'ID_DOCUMENT_FACE_MATCH');
      assert.equal(faceMatch?.getReport()?.getRecommendation()?.getValue(), 'NOT_AVAILABLE');
    } finally {
      await sandboxClient().configureApplicationResponse(
        new SandboxResponseConfigBuilder().withCheckReports(new SandboxCheckReportsBuilder().build()).build(),
      );
    }
  });

  it('takes a response config only signed with the application key (401), and names a wrong field (400)', async () => {
    const { id } = await create();
    const url = `${stack.sandbox.idvApiUrl}/sessions/${id}/response-config?sdkId=${stack.sandbox.clientSdkId}`;
    const unsigned = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"check_reports":{}}',
    });
    assert.equal(unsigned.status, 401);
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs1', format: 'pem' })
      .toString();
    const empty = new SandboxResponseConfigBuilder()
      .withCheckReports(new SandboxCheckReportsBuilder().build())
      .build();
    await assert.rejects(sandboxClient(otherKey).configureSessionResponse(id, empty), /401|Unauthori[sz]ed/i);
    await assert.rejects(
      sandboxClient().configureSessionResponse('no-such-session', empty),
      /404|not found/i,
    );

    // A config the SDK's builders would not make, signed as they sign it.
    const { RequestBuilder, Payload } = (await import('yoti')).default;
    const put = (body: unknown) =>
      new RequestBuilder()
        .withBaseUrl(stack.sandbox.idvApiUrl)
        .withEndpoint(`/sessions/${id}/response-config`)
        .withPemString(stack.sandbox.privateKey)
        .withPayload(new Payload(body))
        .withMethod('PUT')
        .withQueryParam('sdkId', stack.sandbox.clientSdkId)
        .build()
        .execute()
        .then(
          () => ({ status: 200, errors: [] }),
          (error: { status?: number; response?: { body?: { errors?: unknown[] } } }) => ({
            status: error.status,
            errors: error.response?.body?.errors ?? [],
          }),
        );
    const wrong = await put({
      check_reports: {
        ID_DOCUMENT_AUTHENTICITY: [{ result: { report: { recommendation: { value: 'MAYBE' } } } }],
      },
    });
    assert.equal(wrong.status, 400);
    assert.deepEqual(wrong.errors, [
      {
        property: 'check_reports.ID_DOCUMENT_AUTHENTICITY[0].result.report.recommendation.value',
        message: 'must be one of APPROVE, REJECT, NOT_AVAILABLE',
      },
    ]);
    const unknown = await put({ check_reports: { PALM_READING: [] } });
    assert.equal(unknown.status, 400);
    assert.equal((unknown.errors[0] as { property: string }).property, 'check_reports.PALM_READING');
    assert.equal((await put({ task_results: {} })).status, 400, 'check_reports is required');
  });

  it('hands a session to a phone only when allow_handoff is set, with a code that works once', async () => {
    const web = async (path: string, body: object) => {
      const response = await fetch(`${stack.sandbox.idvApiUrl}/web/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const start = async (allowHandoff: boolean) => {
      const created = await stack.handler.createIdvSession(new Request(stack.origin), {
        ...IDV_SPEC,
        sdk_config: { ...IDV_SPEC.sdk_config, allow_handoff: allowHandoff },
      });
      return { sessionId: created.sessionId, sessionToken: created.sessionToken };
    };

    const plain = await start(false);
    assert.equal((await web('handoff', plain)).status, 409, 'the session does not allow handoff');

    const session = await start(true);
    assert.equal((await web('handoff', { ...session, sessionToken: 'not-the-token' })).status, 401);
    const handoff = await web('handoff', session);
    assert.equal(handoff.status, 200);
    const code = String(handoff.body.url).split('#')[1] ?? '';
    assert.match(String(handoff.body.url), /^http:\/\/127\.0\.0\.1:\d+\/idverify\/v1\/web\/phone#[\w-]{24}$/);
    assert.match(String(handoff.body.qr), /^data:image\/svg\+xml;base64,/);
    assert.equal((await web('session', session)).body.handoff, 'waiting');

    assert.equal((await web('handoff/claim', { code: code.slice(0, -1) })).status, 404, 'a wrong code');
    const claimed = await web('handoff/claim', { code });
    assert.deepEqual(claimed, { status: 200, body: session });
    assert.equal((await web('handoff/claim', { code })).status, 404, 'the code works once');
    assert.equal((await web('session', session)).body.handoff, 'claimed');
    assert.equal((await web('handoff', session)).status, 409, 'a claimed session is not handed off again');

    // The phone finishes; the desktop page, reading its session, sees it finished.
    assert.equal((await web('complete', { ...claimed.body, outcome: 'approve' })).status, 200);
    assert.equal((await web('session', session)).body.finished, true);
  });
});
