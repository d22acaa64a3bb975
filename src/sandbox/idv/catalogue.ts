import { isRecord } from '../../shared/json.js';

/**
 * The documents the sandbox's Doc Scan takes: the countries and document types it knows (what
 * `GET /supported-documents` lists), how many pages each has, and which one a person holds to
 * meet a session's `required_documents` filter.
 */

type Json = Record<string, unknown>;

export const ID_DOCUMENT_TYPES = ['PASSPORT', 'DRIVING_LICENCE', 'NATIONAL_ID', 'RESIDENCE_PERMIT'] as const;
export const SUPPLEMENTARY_TYPES = ['UTILITY_BILL', 'BANK_STATEMENT', 'COUNCIL_TAX', 'OTHER'] as const;

/** The countries the sandbox has documents of, and which ones; a few are non-Latin. */
const COUNTRIES: ReadonlyArray<{ code: string; documents: ReadonlyArray<{ type: string; latin: boolean }> }> =
  [
    { code: 'GBR', documents: ID_DOCUMENT_TYPES.map((type) => ({ type, latin: true })) },
    { code: 'IRL', documents: ['PASSPORT', 'DRIVING_LICENCE'].map((type) => ({ type, latin: true })) },
    {
      code: 'FRA',
      documents: ['PASSPORT', 'NATIONAL_ID', 'DRIVING_LICENCE'].map((type) => ({ type, latin: true })),
    },
    { code: 'USA', documents: ['PASSPORT', 'DRIVING_LICENCE'].map((type) => ({ type, latin: true })) },
    {
      code: 'GRC',
      documents: [
        { type: 'PASSPORT', latin: true },
        { type: 'NATIONAL_ID', latin: false },
      ],
    },
    {
      code: 'JPN',
      documents: [
        { type: 'PASSPORT', latin: true },
        { type: 'DRIVING_LICENCE', latin: false },
      ],
    },
  ];

/** GET /supported-documents: every country and its documents; the non-Latin ones only when asked. */
export function supportedDocuments(includeNonLatin: boolean) {
  return {
    supported_countries: COUNTRIES.map(({ code, documents }) => ({
      code,
      supported_documents: documents
        .filter((document) => includeNonLatin || document.latin)
        .map(({ type, latin }) => ({ type, is_strictly_latin: latin })),
    })),
  };
}

/** Pages a document has: a passport's photo page is one; cards and licences have two sides. */
export const pagesOf = (documentType: string): number => (documentType === 'PASSPORT' ? 1 : 2);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Whether `{type, country}` passes an inclusion list: in it (WHITELIST), or not in it (BLACKLIST); empty lists pass all. */
function passes(inclusion: unknown, list: string[], value: string): boolean {
  if (list.length === 0) return true;
  return inclusion === 'BLACKLIST' ? !list.includes(value) : list.includes(value);
}

/** Whether an ID document of `type` from `country` meets a required document's filter. */
function meets(filter: Json | undefined, type: string, country: string): boolean {
  if (!filter) return true;
  if (filter.type === 'ORTHOGONAL_RESTRICTIONS') {
    const byCountry = isRecord(filter.country_restriction) ? filter.country_restriction : {};
    const byType = isRecord(filter.type_restriction) ? filter.type_restriction : {};
    return (
      passes(byCountry.inclusion, strings(byCountry.country_codes), country) &&
      passes(byType.inclusion, strings(byType.document_types), type)
    );
  }
  if (filter.type === 'DOCUMENT_RESTRICTIONS') {
    const restrictions = Array.isArray(filter.documents) ? filter.documents.filter(isRecord) : [];
    const matches = restrictions.some((restriction) => {
      const types = strings(restriction.document_types);
      const countries = strings(restriction.country_codes);
      return (
        (types.length === 0 || types.includes(type)) &&
        (countries.length === 0 || countries.includes(country))
      );
    });
    if (restrictions.length === 0) return true;
    return filter.inclusion === 'BLACKLIST' ? !matches : matches;
  }
  return true;
}

/**
 * The ID document the person holds for a required one: the first the sandbox knows that meets its
 * filter, a British passport first (the persona's own) when it does; undefined when none can.
 */
export function chooseIdDocument(
  filter: Json | undefined,
  presetCountry?: string,
): { type: string; country: string } | undefined {
  const countries = [...COUNTRIES].sort(
    (a, b) => Number(b.code === presetCountry) - Number(a.code === presetCountry),
  );
  for (const { code, documents } of countries) {
    for (const { type } of documents) if (meets(filter, type, code)) return { type, country: code };
  }
  return undefined;
}

/** The supplementary document the person holds for a required one: the first type it allows, from its first country. */
export function chooseSupplementary(required: Json): { type: string; country: string } {
  const types = strings(required.document_types);
  const countries = strings(required.country_codes);
  return { type: types[0] ?? 'UTILITY_BILL', country: countries[0] ?? 'GBR' };
}

/** The countries and documents a required ID document allows, as the session configuration lists them. */
export function supportedFor(filter: Json | undefined) {
  return COUNTRIES.map(({ code, documents }) => ({
    code,
    supported_documents: documents
      .filter(({ type }) => meets(filter, type, code))
      .map(({ type }) => ({ type })),
  })).filter((country) => country.supported_documents.length > 0);
}
