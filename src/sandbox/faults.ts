import type { SandboxResponse } from './http.js';

/** The routes of the simulated Yoti API that faults can target. */
export const FAULT_ROUTES = [
  'share.createSession',
  'share.createQrCode',
  'share.getSession',
  'share.getReceipt',
  'share.getItemKey',
  'idv.createSession',
  'idv.getSession',
  'idv.getMediaContent',
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

/** Faults queued per route, consumed by the next calls of that route. */
export class FaultPlan {
  readonly #queued = new Map<FaultRoute, Fault[]>();

  add(route: FaultRoute, fault: Fault): void {
    if (!FAULT_ROUTES.includes(route))
      throw new Error(`sandbox: unknown fault route "${route}"; use one of ${FAULT_ROUTES.join(', ')}`);
    const times = fault.times ?? 1;
    const list = this.#queued.get(route) ?? [];
    for (let i = 0; i < times; i += 1) list.push(fault);
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
