import { randomUUID } from 'node:crypto';
import { sandboxImage } from '../images.js';
import { SANDBOX_ADDRESS, SANDBOX_PASSPORT, SANDBOX_PERSONA } from '../share/persona.js';
import { pagesOf } from './catalogue.js';
import type { IdvPlan, PlannedDocument } from './spec.js';

/**
 * What a person's capture leaves in a session, as Yoti's session JSON lists it: each document
 * brought (its pages with their images and frames, the extracted fields and ID photo when text
 * extraction was asked, its tasks), the liveness capture of the requested type, and the faces the
 * business supplied; and the media behind every one of them, served by `…/media/{id}/content`.
 */

type Json = Record<string, unknown>;

export type MediaKind = 'IMAGE' | 'JSON' | 'BINARY';

interface StoredMedia {
  kind: MediaKind;
  contentType: string;
  content: Buffer;
  created: string;
}

/** A session's media: added as the capture makes them, deleted (for good) on request. */
export class MediaStore {
  readonly #items = new Map<string, StoredMedia>();

  /** Stores `content` and gives the media record Yoti's JSON carries for it. */
  add(kind: MediaKind, contentType: string, content: Buffer, at = new Date().toISOString()): Json {
    const id = randomUUID();
    this.#items.set(id, { kind, contentType, content, created: at });
    return { id, type: kind, created: at, last_updated: at };
  }

  get(id: string): { contentType: string; content: Buffer } | undefined {
    return this.#items.get(id);
  }

  delete(id: string): boolean {
    return this.#items.delete(id);
  }

  clear(): void {
    this.#items.clear();
  }
}

/** Resources as Yoti lists them, empty until the person captures. */
export const emptyResources = (): Json => ({
  id_documents: [],
  supplementary_documents: [],
  liveness_capture: [],
  face_capture: [],
  share_codes: [],
});

const captions: Readonly<Record<string, string>> = {
  PASSPORT: 'Passport',
  DRIVING_LICENCE: 'Driving licence',
  NATIONAL_ID: 'National ID card',
  RESIDENCE_PERMIT: 'Residence permit',
  UTILITY_BILL: 'Utility bill',
  BANK_STATEMENT: 'Bank statement',
  COUNCIL_TAX: 'Council tax bill',
};

/** The fields Doc Scan reads from the persona's document of `type` (a configured set over them). */
export function documentFields(document: PlannedDocument, configured?: Json): Json {
  if (document.kind === 'SUPPLEMENTARY_DOCUMENT') {
    return {
      full_name: SANDBOX_PERSONA.full_name,
      address: SANDBOX_ADDRESS.formatted_address,
      structured_postal_address: { ...SANDBOX_ADDRESS },
      issue_date: '2026-10-01',
      document_type: document.type,
      issuing_country: document.country,
      ...(configured ?? {}),
    };
  }
  return {
    full_name: SANDBOX_PERSONA.full_name,
    given_names: SANDBOX_PERSONA.given_names,
    family_name: SANDBOX_PERSONA.family_name,
    date_of_birth: SANDBOX_PERSONA.date_of_birth,
    nationality: SANDBOX_PERSONA.nationality,
    document_number: SANDBOX_PASSPORT.document_number,
    expiration_date: SANDBOX_PASSPORT.expiration_date,
    issuing_authority: SANDBOX_PASSPORT.issuing_authority,
    document_type: document.type,
    issuing_country: document.country,
    ...(configured ?? {}),
  };
}

/** A document's pages: each page's image and a frame of it, as the camera took them. */
function pages(media: MediaStore, document: PlannedDocument, at: string): Json[] {
  const caption = captions[document.type] ?? document.type.replaceAll('_', ' ');
  return Array.from({ length: document.kind === 'ID_DOCUMENT' ? pagesOf(document.type) : 1 }, (_, index) => {
    const label = `${caption} ${index === 0 ? 'front' : 'back'}`;
    return {
      capture_method: 'CAMERA',
      media: media.add('IMAGE', 'image/png', sandboxImage(label), at),
      frames: [{ media: media.add('IMAGE', 'image/png', sandboxImage(`${label} frame`), at) }],
      extraction_image_ids: [],
    };
  });
}

export interface CaptureContext {
  plan: IdvPlan;
  media: MediaStore;
  /** Fields set by the hosted-sandbox response config for the ID document, and its detected country. */
  configuredFields?: Json;
  detectedCountry?: string;
  /** The person could not provide their documents (the page's "no document" ending). */
  withoutDocuments: boolean;
}

/** A document's resource with its pages, fields, ID photo and text extraction task (generating `checkId`). */
function documentResource(
  context: CaptureContext,
  document: PlannedDocument,
  at: string,
  checkIds: Map<string, string>,
): Json {
  const { plan, media } = context;
  const id = randomUUID();
  const isId = document.kind === 'ID_DOCUMENT';
  // A hosted-sandbox response config may say which document was read, and where it came from.
  const country = isId && context.detectedCountry ? context.detectedCountry : document.country;
  const configuredType = isId ? context.configuredFields?.document_type : undefined;
  const type = typeof configuredType === 'string' ? configuredType : document.type;
  const resource: Json = {
    id,
    source: { type: 'END_USER' },
    document_type: type,
    issuing_country: country,
    pages: pages(media, { ...document, type }, at),
    tasks: [],
  };
  const task = isId ? 'ID_DOCUMENT_TEXT_DATA_EXTRACTION' : 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION';
  if (plan.tasks.has(task)) {
    const fields = documentFields(
      { ...document, type, country },
      isId ? context.configuredFields : undefined,
    );
    const json = media.add('JSON', 'application/json', Buffer.from(JSON.stringify(fields)), at);
    resource.document_fields = { media: json };
    if (isId) {
      resource.document_id_photo = { media: media.add('IMAGE', 'image/png', sandboxImage('ID photo'), at) };
    }
    const checkType = isId ? 'ID_DOCUMENT_TEXT_DATA_CHECK' : 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK';
    const checkId = checkIds.get(`${checkType}:${id}`) ?? randomUUID();
    checkIds.set(`${checkType}:${id}`, checkId);
    resource.tasks = [
      {
        type: task,
        id: randomUUID(),
        state: 'DONE',
        created: at,
        last_updated: at,
        generated_checks: [{ id: checkId, type: checkType }],
        generated_media: [{ id: json.id, type: 'JSON' }],
      },
    ];
  }
  return resource;
}

/** The documents a capture brings, as resources (`checkIds` receives the IDs of the checks their tasks generate). */
export function documentResources(
  context: CaptureContext,
  checkIds: Map<string, string>,
  at = new Date().toISOString(),
): Pick<Json, 'id_documents' | 'supplementary_documents'> {
  const documents = context.withoutDocuments ? [] : context.plan.documents;
  const of = (kind: PlannedDocument['kind']) =>
    documents
      .filter((document) => document.kind === kind)
      .map((document) => documentResource(context, document, at, checkIds));
  return { id_documents: of('ID_DOCUMENT'), supplementary_documents: of('SUPPLEMENTARY_DOCUMENT') };
}

/** The liveness capture of the requested type (none when the session asks for none). */
export function livenessResources({ plan, media }: CaptureContext, at = new Date().toISOString()): Json[] {
  const liveness = plan.liveness;
  if (!liveness) return [];
  if (liveness.type === 'STATIC') {
    return [
      {
        id: randomUUID(),
        source: { type: 'END_USER' },
        liveness_type: 'STATIC',
        image: { media: media.add('IMAGE', 'image/png', sandboxImage('Selfie'), at) },
        tasks: [],
      },
    ];
  }
  return [
    {
      id: randomUUID(),
      source: { type: 'END_USER' },
      liveness_type: 'ZOOM',
      facemap: { media: media.add('BINARY', 'application/octet-stream', Buffer.from('SANDBOX FACEMAP'), at) },
      frames: [1, 2, 3].map((n) => ({
        media: media.add('IMAGE', 'image/png', sandboxImage(`Liveness frame ${n}`), at),
      })),
      tasks: [],
    },
  ];
}
