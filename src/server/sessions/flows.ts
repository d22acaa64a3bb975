import type { Outcome } from '../../shared/back-office.js';
import type { Caller } from '../http/caller.js';
import type { SessionKind, SessionRecord, StatusUpdate } from '../store/store.js';
import type { IdvSessions } from './idv-sessions.js';
import { FINAL_OUTCOMES } from './outcome.js';
import type { ShareSessions } from './share-sessions.js';

const STATE_RANK: Readonly<Record<string, number>> = { CREATED: 0, PENDING: 1, PROCESSING: 1, DONE: 2 };

/** A share state: open (0) or ended (1, terminal). */
export function shareUpdate(state: { status: string }): StatusUpdate {
  const terminal = state.status !== 'CREATED';
  return { data: JSON.stringify(state), progress: terminal ? 1 : 0, terminal };
}

/**
 * An IDV state: each step of the capture made (document, face, sent) is further along, more checks
 * and checks further on further still; an ended session further again, and a final outcome
 * (approved, rejected, expired) furthest, and terminal: a session under review goes on streaming
 * until the business decides.
 */
export function idvUpdate(state: {
  state: string;
  outcome: Outcome;
  progress?: { document: boolean; face: boolean; submitted: boolean };
  checks?: Array<{ state: string }>;
}): StatusUpdate {
  const terminal = FINAL_OUTCOMES.has(state.outcome);
  const checks = (state.checks ?? []).reduce((sum, check) => sum + 10 + (STATE_RANK[check.state] ?? 0), 0);
  const steps = Object.values(state.progress ?? {}).filter(Boolean).length * 100_000;
  const stage = terminal ? 2_000_000 : state.state === 'ONGOING' ? 0 : 1_000_000;
  return { data: JSON.stringify(state), progress: stage + steps + checks, terminal };
}

/** One kind of session, as the routes and live status use it: made for a caller, and read. */
export interface SessionFlow {
  /** `locale`: the language of the element that asked (IDV: the page's, when the spec names none). */
  create(request: Request, caller: Caller, input?: { locale?: string }): Promise<object>;
  /** Its state (what the GET route answers) and that state's place in the session's stream. */
  read(
    id: string,
    record: SessionRecord,
    options?: { fresh?: boolean },
  ): Promise<{ state: object; update: StatusUpdate }>;
}

/** The two kinds of session, told apart only here. */
export function sessionFlows(share: ShareSessions, idv: IdvSessions): Record<SessionKind, SessionFlow> {
  return {
    share: {
      create: (request, caller) => share.create(request, caller),
      read: async (id, record, options) => {
        const state = await share.state(id, record, options);
        return { state, update: shareUpdate(state) };
      },
    },
    idv: {
      create: (request, caller, input) => idv.create(request, caller, { locale: input?.locale }),
      read: async (id, record, options) => {
        const state = await idv.state(id, record, options);
        return { state, update: idvUpdate(state) };
      },
    },
  };
}
