import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../shared/back-office.js';
import { ApiError } from '../core/errors.js';
import type { Caller } from '../http/caller.js';
import type { RequestGate } from '../http/gate.js';
import { type IdvSessionSpec, validateIdvSpec } from '../options/idv-spec.js';
import type { CreatedIdvSession, IdvSessions } from '../sessions/idv-sessions.js';
import type { IdvLink, YotiRecords } from '../store/records.js';

/** A link's life by default: a week (an email may wait). */
export const DEFAULT_LINK_SECONDS = 7 * 86_400;
const MIN_LINK_SECONDS = 60;
const MAX_LINK_SECONDS = 90 * 86_400;

/** Codes as the helper makes them: 24 random bytes (192 bits), base64url. */
const CODE = /^[A-Za-z0-9_-]{32}$/;
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;.]{2,}$/;
const CONTROL = /\p{Cc}/u;

export interface LinkInput {
  name: unknown;
  email: unknown;
  spec?: unknown;
  expiresIn?: unknown;
}

export interface CreatedLink {
  linkId: string;
  url: string;
  /** ISO 8601. */
  expiresAt: string;
}

export interface LinkSettings {
  basePath: string;
  /** The site's canonical origin, for links made without a request. */
  publicOrigin?: string;
  /** The host's own page for a link's code, instead of the helper's. */
  page?: (code: string) => string;
  loopbackHttp: boolean;
}

/** A link's ID: a digest of its code, so that the records never hold what opens the link. */
const linkIdOf = (code: string) => createHash('sha256').update(code).digest('base64url').slice(0, 22);

function text(value: unknown, field: string, max: number, problem: string): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '' || trimmed.length > max || CONTROL.test(trimmed)) {
    throw new ApiError(400, `invalid_${field}`, problem, { field });
  }
  return trimmed;
}

function lifetime(value: unknown): number {
  if (value === undefined) return DEFAULT_LINK_SECONDS;
  if (
    !Number.isInteger(value) ||
    (value as number) < MIN_LINK_SECONDS ||
    (value as number) > MAX_LINK_SECONDS
  ) {
    throw new ApiError(
      400,
      'invalid_expires_in',
      `expiresIn should be a whole number of seconds from ${MIN_LINK_SECONDS} to ${MAX_LINK_SECONDS} (90 days).`,
      { field: 'expiresIn' },
    );
  }
  return value as number;
}

const linkGone = (link: IdvLink): ApiError | undefined => {
  if (link.revokedAt)
    return new ApiError(410, 'link_revoked', 'This link was withdrawn.', { retryable: false });
  if (link.expiresAt <= Date.now())
    return new ApiError(410, 'link_expired', 'This link has expired.', { retryable: false });
  return undefined;
};

/**
 * Session links: staff create one for a named person (`create`), the person opens it, and the
 * first browser to redeem it gets a new session made for them (so that the token's life covers
 * the scan, not the days the email waited) and bound to that browser; the same browser gets the
 * same session again; others are refused. Neither the name nor the email is ever in a URL.
 */
export class IdvLinks {
  readonly #records: YotiRecords;
  readonly #idv: IdvSessions;
  readonly #gate: RequestGate;
  readonly #settings: LinkSettings;
  /** Redemptions making a session now, by link: a second one from the same browser waits for it. */
  readonly #making = new Map<string, Promise<CreatedIdvSession>>();

  constructor(records: YotiRecords, idv: IdvSessions, gate: RequestGate, settings: LinkSettings) {
    this.#records = records;
    this.#idv = idv;
    this.#gate = gate;
    this.#settings = settings;
  }

  /** A new link for `input`'s person; its URL on `origin` (the staff page's request), else on `publicOrigin`. */
  async create(input: LinkInput, actor: Actor, origin?: string): Promise<CreatedLink> {
    const name = text(input.name, 'name', 200, 'The name should be text of 1 to 200 characters.');
    const email = text(input.email, 'email', 254, 'The email should be an address such as sam@example.com.');
    if (!EMAIL.test(email)) {
      throw new ApiError(400, 'invalid_email', 'The email should be an address such as sam@example.com.', {
        field: 'email',
      });
    }
    const seconds = lifetime(input.expiresIn);
    const spec: IdvSessionSpec | undefined =
      input.spec === undefined
        ? undefined
        : validateIdvSpec(input.spec, 'spec', { loopbackHttp: this.#settings.loopbackHttp });
    const base = origin ?? this.#settings.publicOrigin;
    if (!this.#settings.page && !base) {
      throw new ApiError(
        500,
        'links_need_origin',
        'createIdvLink: set `publicOrigin` (or `links.page`) so that the link has an address.',
        { retryable: false },
      );
    }
    const code = randomBytes(24).toString('base64url');
    const link: IdvLink = {
      linkId: linkIdOf(code),
      name,
      email,
      ...(spec ? { spec } : {}),
      createdAt: new Date().toISOString(),
      expiresAt: Date.now() + seconds * 1000,
      createdBy: actor.by,
    };
    await this.#records.putLink(link);
    const url = this.#settings.page
      ? this.#settings.page(code)
      : `${base}${this.#settings.basePath}/links/${code}`;
    return { linkId: link.linkId, url, expiresAt: new Date(link.expiresAt).toISOString() };
  }

  /** The link `code` opens, while it may still be used: 404 for no such link, 410 when expired or withdrawn. */
  async open(code: string): Promise<IdvLink> {
    const link = CODE.test(code) ? await this.#records.getLink(linkIdOf(code)) : undefined;
    if (!link) throw new ApiError(404, 'link_not_found', 'This link is not valid.', { retryable: false });
    const gone = linkGone(link);
    if (gone) throw gone;
    return link;
  }

  /**
   * Redeems `code` for the browser of `request`: its session (made now, the first time), with the
   * caller that browser is known by. Another browser: 409 `link_used`.
   */
  async redeem(
    code: string,
    request: Request,
    locale?: string,
  ): Promise<{ session: CreatedIdvSession; caller: Caller }> {
    const link = await this.open(code);
    const caller = await this.#gate.creation(request);
    const claimed = await this.#records.claimLink(link.linkId, caller.id);
    if (!claimed || claimed.caller !== caller.id) {
      throw new ApiError(409, 'link_used', 'This link has already been opened on another device.', {
        retryable: false,
      });
    }
    if (claimed.session) return { session: { handoff: false, upload: false, ...claimed.session }, caller };
    let making = this.#making.get(link.linkId);
    if (!making) {
      making = (async () => {
        const session = await this.#idv.create(request, caller, {
          spec: claimed.spec as IdvSessionSpec | undefined,
          link: { linkId: link.linkId, name: link.name, email: link.email },
          locale,
        });
        await this.#records.updateLink(link.linkId, { session });
        return session;
      })().finally(() => this.#making.delete(link.linkId));
      this.#making.set(link.linkId, making);
    }
    return { session: await making, caller };
  }

  /** Withdraws a link: opening it answers 410 `link_revoked` from now on. */
  async revoke(linkId: string, actor: Actor): Promise<void> {
    const link = await this.#records.getLink(linkId);
    if (!link) throw new ApiError(404, 'link_not_found', 'No such link.', { retryable: false });
    await this.#records.updateLink(linkId, { revokedAt: new Date().toISOString() });
    if (link.session) {
      await this.#records.update(
        link.session.sessionId,
        {},
        { at: new Date().toISOString(), ...actor, action: 'link.revoked' },
      );
    }
  }
}
