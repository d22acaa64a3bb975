import type { SandboxResponse } from './http.js';

/** The routes of the simulated Yoti API that faults can target. */
export const FAULT_ROUTES = [
  'share.createSession',
  'share.createQrCode',
  'share.getQrCode',
  'share.getSession',
  'share.getReceipt',
  'share.getItemKey',
  'idv.createSession',
  'idv.getSession',
  'idv.deleteSession',
  'idv.getMediaContent',
  'idv.deleteMediaContent',
  'idv.getConfiguration',
  'idv.createFaceCapture',
  'idv.uploadFaceCaptureImage',
  'idv.getTrackedDevices',
  'idv.deleteTrackedDevices',
  'idv.supportedDocuments',
  'idv.responseConfig',
] as const;
export type FaultRoute = (typeof FAULT_ROUTES)[number];

export interface Fault {
  /** Answer with this status (and Yoti's error body for it). */
  status?: number;
  /** Wait this long before answering (or before the status). */
  delayMs?: number;
  /** Answer 200 with this raw text instead of JSON (a malformed answer). */
  body?: string;
  /** With `status`: Yoti's `error` code and `message` in the answer (default: a generic fault). */
  error?: string;
  message?: string;
  /** How many calls the fault applies to. Default 1. */
  times?: number;
}

/** The limits of a fault: enough for any test, never enough to exhaust the sandbox. */
const MAX_TIMES = 1000;
const MAX_DELAY_MS = 60_000;
const MAX_BODY = 64 * 1024;

/**
 * A fault as a control request asks for it (`{route, status?, delayMs?, body?, error?, message?,
 * times?}`), checked: the route known, times 1-1000, delay at most 60 s, status 100-599. Throws an
 * Error naming what is wrong.
 */
export function parseFault(input: unknown): { route: FaultRoute; fault: Fault } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new Error('send a JSON object {route, status?, delayMs?, body?, error?, message?, times?}');
  }
  const { route, status, delayMs, body, error, message, times, ...rest } = input as Record<string, unknown>;
  const [unknown] = Object.keys(rest);
  if (unknown !== undefined) throw new Error(`unknown field "${unknown.slice(0, 40)}"`);
  if (!FAULT_ROUTES.includes(route as FaultRoute)) {
    throw new Error(`unknown fault route; use one of ${FAULT_ROUTES.join(', ')}`);
  }
  const whole = (value: unknown, min: number, max: number) =>
    value === undefined || (Number.isInteger(value) && (value as number) >= min && (value as number) <= max);
  if (!whole(times, 1, MAX_TIMES)) throw new Error(`times should be a whole number from 1 to ${MAX_TIMES}`);
  if (!whole(delayMs, 0, MAX_DELAY_MS))
    throw new Error(`delayMs should be a whole number from 0 to ${MAX_DELAY_MS}`);
  if (!whole(status, 100, 599)) throw new Error('status should be an HTTP status from 100 to 599');
  if (body !== undefined && (typeof body !== 'string' || body.length > MAX_BODY)) {
    throw new Error(`body should be a string of at most ${MAX_BODY} characters`);
  }
  for (const [name, value] of [
    ['error', error],
    ['message', message],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.length > 200)) {
      throw new Error(`${name} should be a string of at most 200 characters`);
    }
  }
  return {
    route: route as FaultRoute,
    fault: { status, delayMs, body, error, message, times } as Fault,
  };
}

/** Faults queued per route, consumed by the next calls of that route. */
export class FaultPlan {
  readonly #queued = new Map<FaultRoute, Fault[]>();

  add(route: FaultRoute, fault: Fault): void {
    const checked = parseFault({ ...fault, route });
    const list = this.#queued.get(route) ?? [];
    for (let i = 0; i < (checked.fault.times ?? 1); i += 1) list.push(checked.fault);
    this.#queued.set(route, list);
  }

  clear(): void {
    this.#queued.clear();
  }

  /** Takes the next fault for `route`, waits its delay, and returns the answer it forces, if any. */
  async apply(route: FaultRoute): Promise<SandboxResponse | undefined> {
    const fault = this.#queued.get(route)?.shift();
    if (!fault) return undefined;
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.body !== undefined) return { status: fault.status ?? 200, raw: fault.body };
    if (fault.status) {
      const error = fault.error ?? 'SANDBOX_FAULT';
      return {
        status: fault.status,
        body: { error, code: error, message: fault.message ?? `Injected ${fault.status}` },
      };
    }
    return undefined;
  }
}
