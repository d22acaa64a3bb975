import { randomUUID } from 'node:crypto';
import { type CheckReport, type IdvOutcome, type ResponseConfig, reportFor } from './response-config.js';
import type { ManualCheck, PlannedCheck } from './spec.js';

/**
 * A session's checks as Yoti lists them: made once the person has captured (each with an ID kept
 * for the session's life, and the resources it used), PROCESSING while they run, then DONE with a
 * report. A check with manual review takes longer: ALWAYS every time, FALLBACK when the automatic
 * result did not approve; its report then says a person reviewed it.
 */

type Json = Record<string, unknown>;

export interface IdvCheck {
  id: string;
  type: string;
  state: 'CREATED' | 'PROCESSING' | 'DONE';
  created: string;
  last_updated: string;
  resources_used: string[];
  generated_media: Json[];
  report?: CheckReport;
}

/** A check as planned, with how it will be decided. */
export interface RunningCheck {
  check: IdvCheck;
  manualCheck?: ManualCheck;
}

const ids = (items: unknown): string[] =>
  Array.isArray(items) ? items.map((item) => String((item as Json).id)) : [];

/** The resources a check of `type` works on, from the captured resources. */
function resourcesUsed(type: string, resources: Json): string[] {
  const documents = ids(resources.id_documents);
  const supplementary = ids(resources.supplementary_documents);
  const liveness = ids(resources.liveness_capture);
  const faces = ids(resources.face_capture);
  switch (type) {
    case 'LIVENESS':
      return liveness;
    case 'ID_DOCUMENT_FACE_MATCH':
      return [...documents.slice(0, 1), ...liveness];
    case 'FACE_COMPARISON':
      return [...faces, ...liveness];
    case 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK':
      return supplementary.slice(0, 1);
    case 'ID_DOCUMENT_COMPARISON':
      return documents;
    default:
      return documents.slice(0, 1);
  }
}

/**
 * The checks of a capture, CREATED: one per planned check, with the ID a document task already
 * gave it (`generated`, by `type:resourceId`), else a new one.
 */
export function createChecks(
  planned: PlannedCheck[],
  resources: Json,
  generated: Map<string, string>,
): RunningCheck[] {
  const at = new Date().toISOString();
  const unused = new Map(generated);
  return planned.map(({ type, manualCheck }) => {
    const given = [...unused].find(([key]) => key.startsWith(`${type}:`));
    if (given) unused.delete(given[0]);
    return {
      check: {
        id: given?.[1] ?? randomUUID(),
        type,
        state: 'CREATED',
        created: at,
        last_updated: at,
        resources_used: resourcesUsed(type, resources),
        generated_media: [],
      },
      ...(manualCheck ? { manualCheck } : {}),
    };
  });
}

/** Whether a check's decision waits for a person's review. */
export function needsReview({ manualCheck }: RunningCheck, report: CheckReport): boolean {
  return (
    manualCheck === 'ALWAYS' || (manualCheck === 'FALLBACK' && report.recommendation.value !== 'APPROVE')
  );
}

/** The report of each check: scripted by the response config, else as the person's ending decides. */
export function reports(
  checks: RunningCheck[],
  outcome: IdvOutcome,
  config: ResponseConfig | undefined,
): CheckReport[] {
  const seen = new Map<string, number>();
  return checks.map(({ check }, index) => {
    const nth = seen.get(check.type) ?? 0;
    seen.set(check.type, nth + 1);
    return reportFor(check.type, index, nth, outcome, config);
  });
}

/** A check decided: DONE with its report, marked reviewed by a person when it was. */
export function decide(running: RunningCheck, report: CheckReport, reviewed: boolean): void {
  const at = new Date().toISOString();
  running.check.state = 'DONE';
  running.check.last_updated = at;
  running.check.report = reviewed
    ? {
        ...report,
        breakdown: [
          ...report.breakdown,
          {
            sub_check: 'manual_review',
            result: report.recommendation.value === 'APPROVE' ? 'PASS' : 'FAIL',
            process: 'MANUAL',
            details: [{ name: 'reviewed_by', value: 'SANDBOX' }],
          },
        ],
      }
    : report;
}

/** Checks under way: PROCESSING. */
export function startProcessing(checks: RunningCheck[]): void {
  const at = new Date().toISOString();
  for (const { check } of checks) {
    if (check.state === 'CREATED') Object.assign(check, { state: 'PROCESSING', last_updated: at });
  }
}
