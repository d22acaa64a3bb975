/**
 * The pretend person of the sandbox: who shares in the Yoti app and whose document the IDV page
 * scans. Fictional data only (the phone number and postcode are in ranges set aside for fiction).
 */
export const SANDBOX_PERSONA = {
  full_name: 'Alex Sample',
  given_names: 'Alex',
  family_name: 'Sample',
  date_of_birth: '1990-04-12',
  gender: 'FEMALE',
  nationality: 'GBR',
  phone_number: '+447700900123',
  email_address: 'alex.sample@example.com',
  postal_address: '1 Sample Street\nLondon\nSW1A 1AA\nUnited Kingdom',
} as const;

/** The persona's address as Yoti's structured_postal_address JSON (address format 1: the UK's). */
export const SANDBOX_ADDRESS = {
  address_format: 1,
  building_number: '1',
  address_line1: '1 Sample Street',
  town_city: 'London',
  postal_code: 'SW1A 1AA',
  country_iso: 'GBR',
  country: 'United Kingdom',
  formatted_address: SANDBOX_PERSONA.postal_address,
} as const;

/** The persona's passport, as Doc Scan reads it and as a share's document_details tells it. */
export const SANDBOX_PASSPORT = {
  document_type: 'PASSPORT',
  issuing_country: 'GBR',
  document_number: '533401372',
  expiration_date: '2031-09-30',
  issuing_authority: 'HMPO',
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
