import { ContentType, type ProtoAttribute } from './proto.js';

/** The pretend person who shares in the sandbox. Fictional data only. */
export const SANDBOX_PERSONA = {
  full_name: 'Alex Sample',
  given_names: 'Alex',
  family_name: 'Sample',
  date_of_birth: '1990-04-12',
  gender: 'FEMALE',
  nationality: 'GBR',
  phone_number: '+447700900123',
  email_address: 'alex.sample@example.com',
  postal_address: '1 Sample Street\nLondon\nSW1A 1AA',
} as const;

/** The attribute names Yoti knows; a policy asking for anything else is refused with a 400. */
export const KNOWN_ATTRIBUTES = new Set([
  ...Object.keys(SANDBOX_PERSONA),
  'structured_postal_address',
  'selfie',
  'document_details',
  'document_images',
  'identity_profile_report',
]);

export interface WantedAttribute {
  name: string;
  derivation?: string;
}

function ageInYears(dateOfBirth: string, now: Date): number {
  const born = new Date(`${dateOfBirth}T00:00:00Z`);
  let age = now.getUTCFullYear() - born.getUTCFullYear();
  const birthdayPassed =
    now.getUTCMonth() > born.getUTCMonth() ||
    (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() >= born.getUTCDate());
  if (!birthdayPassed) age -= 1;
  return age;
}

/** The attributes the persona gives for a policy's wanted list (those it has), as protobuf attributes. */
export function personaAttributes(wanted: WantedAttribute[], now = new Date()): ProtoAttribute[] {
  const attributes: ProtoAttribute[] = [];
  for (const { name, derivation } of wanted) {
    const age = /^age_(over|under):(\d+)$/.exec(derivation ?? '');
    if (name === 'date_of_birth' && age) {
      const years = ageInYears(SANDBOX_PERSONA.date_of_birth, now);
      const holds = age[1] === 'over' ? years >= Number(age[2]) : years <= Number(age[2]);
      attributes.push({
        name: derivation!,
        value: Buffer.from(String(holds)),
        contentType: ContentType.STRING,
      });
      continue;
    }
    if (!Object.hasOwn(SANDBOX_PERSONA, name)) continue;
    const value = SANDBOX_PERSONA[name as keyof typeof SANDBOX_PERSONA];
    attributes.push({
      name,
      value: Buffer.from(value, 'utf8'),
      contentType: name === 'date_of_birth' ? ContentType.DATE : ContentType.STRING,
    });
  }
  return attributes;
}
