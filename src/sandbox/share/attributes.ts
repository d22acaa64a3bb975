import { randomBytes, randomUUID } from 'node:crypto';
import type { ProfileRequest, SchemeRequest } from '../identity-profiles.js';
import { sandboxImage } from '../images.js';
import { type Anchor, anchorParts } from './anchors.js';
import { SANDBOX_ADDRESS, SANDBOX_PASSPORT, SANDBOX_PERSONA } from './persona.js';
import { ContentType, encodeMultiValue, type ProtoAttribute } from './proto.js';

/**
 * What a receipt carries for a share: every attribute the policy asked for (and the phone page
 * showed), each with its sources and verifiers, and for an identity-profile policy the identity
 * profile report, with the selfie and document images it points at.
 */

export interface WantedAttribute {
  name: string;
  derivation?: string;
}

const PASSPORT: Anchor[] = [
  { kind: 'source', value: 'PASSPORT', subType: 'OCR' },
  { kind: 'verifier', value: 'YOTI_ADMIN' },
];
const SELF_DECLARED: Anchor[] = [{ kind: 'source', value: 'USER_PROVIDED' }];
const ONE_TIME_PASSWORD: Anchor[] = [
  { kind: 'source', value: 'USER_PROVIDED' },
  { kind: 'verifier', value: 'YOTI_OTP' },
];
const SELFIE_CHECK: Anchor[] = [
  { kind: 'source', value: 'USER_PROVIDED' },
  { kind: 'verifier', value: 'YOTI_IDENTITY' },
];

const text = (value: string) => ({ value: Buffer.from(value, 'utf8'), contentType: ContentType.STRING });
const json = (value: unknown) => ({
  value: Buffer.from(JSON.stringify(value)),
  contentType: ContentType.JSON,
});
const png = (caption: string) => ({ value: sandboxImage(caption), contentType: ContentType.PNG });

const DOCUMENT_DETAILS = [
  SANDBOX_PASSPORT.document_type,
  SANDBOX_PASSPORT.issuing_country,
  SANDBOX_PASSPORT.document_number,
  SANDBOX_PASSPORT.expiration_date,
  SANDBOX_PASSPORT.issuing_authority,
].join(' ');

/** Each attribute the persona has: its value, content type and anchors. */
const ATTRIBUTES: Record<string, { value: Buffer; contentType: number; anchors: Anchor[] }> = {
  full_name: { ...text(SANDBOX_PERSONA.full_name), anchors: PASSPORT },
  given_names: { ...text(SANDBOX_PERSONA.given_names), anchors: PASSPORT },
  family_name: { ...text(SANDBOX_PERSONA.family_name), anchors: PASSPORT },
  date_of_birth: {
    value: Buffer.from(SANDBOX_PERSONA.date_of_birth),
    contentType: ContentType.DATE,
    anchors: PASSPORT,
  },
  gender: { ...text(SANDBOX_PERSONA.gender), anchors: PASSPORT },
  nationality: { ...text(SANDBOX_PERSONA.nationality), anchors: PASSPORT },
  phone_number: { ...text(SANDBOX_PERSONA.phone_number), anchors: ONE_TIME_PASSWORD },
  email_address: { ...text(SANDBOX_PERSONA.email_address), anchors: ONE_TIME_PASSWORD },
  postal_address: { ...text(SANDBOX_PERSONA.postal_address), anchors: SELF_DECLARED },
  structured_postal_address: { ...json(SANDBOX_ADDRESS), anchors: SELF_DECLARED },
  selfie: { ...png('Selfie'), anchors: SELFIE_CHECK },
  document_details: { ...text(DOCUMENT_DETAILS), anchors: PASSPORT },
  document_images: {
    value: encodeMultiValue([
      { contentType: ContentType.PNG, data: sandboxImage('Passport page 1') },
      { contentType: ContentType.PNG, data: sandboxImage('Passport page 2') },
    ]),
    contentType: ContentType.MULTI_VALUE,
    anchors: PASSPORT,
  },
};

function ageInYears(dateOfBirth: string, now: Date): number {
  const born = new Date(`${dateOfBirth}T00:00:00Z`);
  let age = now.getUTCFullYear() - born.getUTCFullYear();
  const birthdayPassed =
    now.getUTCMonth() > born.getUTCMonth() ||
    (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() >= born.getUTCDate());
  if (!birthdayPassed) age -= 1;
  return age;
}

const withAnchors = (
  attribute: { name: string; value: Buffer; contentType: number; anchors: Anchor[] },
  at: Date,
  ephemeralId = randomUUID(),
): ProtoAttribute => ({
  name: attribute.name,
  value: attribute.value,
  contentType: attribute.contentType,
  anchors: attribute.anchors.map((anchor) => anchorParts(anchor, at)),
  ephemeralId,
});

/** The attribute `wanted` names, as the persona has it (an age derivation answered), or undefined. */
function attributeFor({ name, derivation }: WantedAttribute, now: Date): ProtoAttribute | undefined {
  const age = /^age_(over|under):(\d+)$/.exec(derivation ?? '');
  if (name === 'date_of_birth' && age) {
    const years = ageInYears(SANDBOX_PERSONA.date_of_birth, now);
    const holds = age[1] === 'over' ? years >= Number(age[2]) : years <= Number(age[2]);
    return withAnchors({ name: derivation as string, ...text(String(holds)), anchors: PASSPORT }, now);
  }
  const known = ATTRIBUTES[name];
  return known ? withAnchors({ name, ...known }, now) : undefined;
}

/** The identity profile report of a share whose requirements were met, pointing at the evidence attributes. */
function profileReport(
  request: ProfileRequest,
  evidence: { selfie: string; documentImages: string },
  now: Date,
) {
  const timestamp = now.toISOString();
  const assertion = {
    current_name: {
      given_names: SANDBOX_PERSONA.given_names,
      family_name: SANDBOX_PERSONA.family_name,
      full_name: SANDBOX_PERSONA.full_name,
    },
    date_of_birth: SANDBOX_PERSONA.date_of_birth,
    current_address: { address: { ...SANDBOX_ADDRESS }, move_in: '2015-03-01' },
  };
  const verification = (trustFramework: string, schemes: SchemeRequest[]) => ({
    report_id: randomUUID(),
    timestamp,
    subject_id: randomUUID(),
    trust_framework: trustFramework,
    schemes_compliance: schemes.map((scheme) => ({ scheme, requirements_met: true })),
    assurance_process: {
      level_of_assurance: 'MEDIUM',
      policy: 'GPG45',
      procedure: 'M1C',
      assurance: [
        { type: 'EVIDENCE_STRENGTH', classification: '4', evidence_links: ['passport'] },
        { type: 'EVIDENCE_VALIDITY', classification: '3', evidence_links: ['passport'] },
        { type: 'VERIFICATION', classification: '3', evidence_links: ['passport', 'face'] },
      ],
    },
    evidence: {
      face: {
        evidence_id: 'face',
        initial_liveness: { type: 'STATIC', timestamp },
        selfie_attribute_id: evidence.selfie,
        verifying_document_id: 'passport',
      },
      documents: [
        {
          evidence_id: 'passport',
          timestamp,
          document_fields: {
            ...SANDBOX_PASSPORT,
            full_name: SANDBOX_PERSONA.full_name,
            date_of_birth: SANDBOX_PERSONA.date_of_birth,
          },
          document_images_attribute_id: evidence.documentImages,
          authenticity_reports: [{ timestamp, report: 'SANDBOX: not a real check' }],
        },
      ],
    },
  });
  const authentication = { report_id: randomUUID(), timestamp, level: 'MEDIUM', policy: 'GPG44' };
  const proof = randomBytes(32).toString('base64');
  const [single] = request.profiles;
  return request.advanced || !single
    ? {
        identity_assertion: assertion,
        verification_reports: request.profiles.map((profile) =>
          verification(profile.trustFramework, profile.schemes),
        ),
        authentication_reports: [authentication],
        proof,
      }
    : {
        identity_assertion: assertion,
        verification_report: verification(single.trustFramework, single.schemes),
        authentication_report: authentication,
        proof,
      };
}

/**
 * The attributes of a receipt: each wanted one the persona has (in the policy's order), and for an
 * identity-profile policy the report with the selfie and document images it points at (by ID).
 */
export function receiptAttributes(
  wanted: WantedAttribute[],
  profile: ProfileRequest | undefined,
  now = new Date(),
): ProtoAttribute[] {
  const attributes = wanted
    .map((item) => attributeFor(item, now))
    .filter((attribute): attribute is ProtoAttribute => attribute !== undefined);
  if (!profile) return attributes;
  const find = (name: string) => attributes.find((attribute) => attribute.name === name);
  const selfie = find('selfie') ?? (attributeFor({ name: 'selfie' }, now) as ProtoAttribute);
  const images =
    find('document_images') ?? (attributeFor({ name: 'document_images' }, now) as ProtoAttribute);
  for (const evidence of [selfie, images]) if (!attributes.includes(evidence)) attributes.push(evidence);
  const report = profileReport(
    profile,
    { selfie: selfie.ephemeralId as string, documentImages: images.ephemeralId as string },
    now,
  );
  attributes.push(withAnchors({ name: 'identity_profile_report', ...json(report), anchors: PASSPORT }, now));
  return attributes;
}
