import { isRecord } from '../../shared/json.js';

/**
 * What an IDV session ends with in the sandbox: each requested check's report and the document's
 * extracted fields, as scripted with Yoti's hosted-sandbox response config (what
 * `@getyoti/sdk-sandbox` sends to `PUT …/sessions/{id}/response-config` or
 * `PUT …/apps/{sdkId}/response-config`), or else by the pretend outcome the IDV page was given.
 */

type Json = Record<string, unknown>;

export type RecommendationValue = 'APPROVE' | 'REJECT' | 'NOT_AVAILABLE';

export interface CheckReport {
  recommendation: { value: RecommendationValue; reason?: string; recovery_suggestion?: string };
  breakdown: Array<{
    sub_check: string;
    result: string;
    process?: string;
    details: Array<{ name: string; value: string }>;
  }>;
}

/** A parsed response config: reports by check type (in order of the checks of that type), and task results. */
export interface ResponseConfig {
  checkReports: Partial<Record<string, CheckReport[]>>;
  /** Extracted fields for the ID document (ID_DOCUMENT_TEXT_DATA_EXTRACTION's first result). */
  documentFields?: Json;
  detectedCountry?: string;
  /** Seconds Yoti waits before the reports are ready. */
  asyncReportDelay?: number;
}

export class ResponseConfigError extends Error {
  constructor(
    readonly property: string,
    message: string,
  ) {
    super(message);
  }
}

/** The checks Yoti's hosted sandbox takes reports for. */
export const CONFIGURABLE_CHECKS = [
  'ID_DOCUMENT_AUTHENTICITY',
  'ID_DOCUMENT_TEXT_DATA_CHECK',
  'ID_DOCUMENT_FACE_MATCH',
  'LIVENESS',
  'ID_DOCUMENT_COMPARISON',
  'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_CHECK',
  'THIRD_PARTY_IDENTITY',
] as const;
const TASKS = ['ID_DOCUMENT_TEXT_DATA_EXTRACTION', 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION'];
const VALUES: readonly RecommendationValue[] = ['APPROVE', 'REJECT', 'NOT_AVAILABLE'];

function optionalText(value: unknown, property: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > 200)
    throw new ResponseConfigError(property, 'must be a string');
  return value;
}

function report(value: unknown, path: string): CheckReport {
  const result = isRecord(value) ? value.result : undefined;
  const body = isRecord(result) ? result.report : undefined;
  if (!isRecord(body)) throw new ResponseConfigError(`${path}.result.report`, 'must be an object');
  const recommendation = body.recommendation;
  if (!isRecord(recommendation) || !VALUES.includes(recommendation.value as RecommendationValue)) {
    throw new ResponseConfigError(
      `${path}.result.report.recommendation.value`,
      `must be one of ${VALUES.join(', ')}`,
    );
  }
  const reason = optionalText(recommendation.reason, `${path}.result.report.recommendation.reason`);
  const suggestion = optionalText(
    recommendation.recovery_suggestion,
    `${path}.result.report.recommendation.recovery_suggestion`,
  );
  const breakdown = body.breakdown ?? [];
  if (!Array.isArray(breakdown))
    throw new ResponseConfigError(`${path}.result.report.breakdown`, 'must be an array');
  return {
    recommendation: {
      value: recommendation.value as RecommendationValue,
      ...(reason ? { reason } : {}),
      ...(suggestion ? { recovery_suggestion: suggestion } : {}),
    },
    breakdown: breakdown.map((item, index) => {
      const at = `${path}.result.report.breakdown[${index}]`;
      if (!isRecord(item)) throw new ResponseConfigError(at, 'must be an object');
      const details = item.details ?? [];
      if (!Array.isArray(details)) throw new ResponseConfigError(`${at}.details`, 'must be an array');
      return {
        sub_check: optionalText(item.sub_check, `${at}.sub_check`) ?? '',
        result: optionalText(item.result, `${at}.result`) ?? '',
        details: details.map((detail, i) => ({
          name: optionalText(isRecord(detail) ? detail.name : undefined, `${at}.details[${i}].name`) ?? '',
          value: optionalText(isRecord(detail) ? detail.value : undefined, `${at}.details[${i}].value`) ?? '',
        })),
      };
    }),
  };
}

/** Reads a response config as Yoti's hosted sandbox takes it; throws ResponseConfigError naming the wrong field. */
export function parseResponseConfig(value: unknown): ResponseConfig {
  if (!isRecord(value)) throw new ResponseConfigError('', 'must be a JSON object');
  const checks = value.check_reports;
  if (!isRecord(checks)) throw new ResponseConfigError('check_reports', 'must be an object');
  const config: ResponseConfig = { checkReports: {} };
  for (const [key, entries] of Object.entries(checks)) {
    if (key === 'async_report_delay') {
      if (entries === undefined || entries === null) continue;
      if (!Number.isInteger(entries) || (entries as number) < 0 || (entries as number) > 3600) {
        throw new ResponseConfigError(
          'check_reports.async_report_delay',
          'must be a whole number of seconds',
        );
      }
      config.asyncReportDelay = entries as number;
      continue;
    }
    if (!(CONFIGURABLE_CHECKS as readonly string[]).includes(key)) {
      throw new ResponseConfigError(
        `check_reports.${key}`,
        'is not a check the sandbox can be configured for',
      );
    }
    if (entries === undefined || entries === null) continue;
    if (!Array.isArray(entries)) throw new ResponseConfigError(`check_reports.${key}`, 'must be an array');
    config.checkReports[key] = entries.map((entry, index) => report(entry, `check_reports.${key}[${index}]`));
  }
  const tasks = value.task_results;
  if (tasks !== undefined && tasks !== null) {
    if (!isRecord(tasks)) throw new ResponseConfigError('task_results', 'must be an object');
    for (const [key, entries] of Object.entries(tasks)) {
      if (!TASKS.includes(key))
        throw new ResponseConfigError(`task_results.${key}`, 'is not a task the sandbox knows');
      if (entries === undefined || entries === null) continue;
      if (!Array.isArray(entries)) throw new ResponseConfigError(`task_results.${key}`, 'must be an array');
      if (key !== 'ID_DOCUMENT_TEXT_DATA_EXTRACTION' || entries.length === 0) continue;
      const result = isRecord(entries[0]) ? entries[0].result : undefined;
      const path = `task_results.${key}[0].result`;
      if (!isRecord(result)) throw new ResponseConfigError(path, 'must be an object');
      if (result.document_fields !== undefined && !isRecord(result.document_fields)) {
        throw new ResponseConfigError(`${path}.document_fields`, 'must be an object');
      }
      config.documentFields = result.document_fields as Json | undefined;
      config.detectedCountry = optionalText(result.detected_country, `${path}.detected_country`);
    }
  }
  return config;
}

/** How a pretend scan ends when nothing was scripted: every check approves; one rejects (fraud); or no document. */
export type IdvOutcome = 'approve' | 'reject' | 'abort';

/** The report of the `index`-th check (of `type`), as configured, else as `outcome` decides. */
export function reportFor(
  type: string,
  index: number,
  nthOfType: number,
  outcome: IdvOutcome,
  config: ResponseConfig | undefined,
): CheckReport {
  const configured = config?.checkReports[type];
  if (configured && configured.length > 0) return configured[Math.min(nthOfType, configured.length - 1)]!;
  if (outcome === 'abort')
    return { recommendation: { value: 'NOT_AVAILABLE', reason: 'NOT_AVAILABLE' }, breakdown: [] };
  if (outcome === 'reject' && index === 0) {
    return { recommendation: { value: 'REJECT', reason: 'COUNTERFEIT' }, breakdown: [] };
  }
  return { recommendation: { value: 'APPROVE' }, breakdown: [] };
}
