import { Task } from '@lit/task';
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { nonBlank } from '../core/attributes.js';
import type { YotiErrorDetail } from '../core/events.js';
import { YotiElement } from '../core/yoti-element.js';
import type { Actor, Permission } from '../shared/back-office.js';
import { staffAt } from './staff.js';
import { type AdminStrings, adminStrings } from './strings.js';

/** Turns `SOME_CODE` into "Some code", for codes without a string of their own. */
export const humanise = (code: string): string => {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Who the audit may name besides staff: the helper's own words for them. */
const ACTORS = new Set(['yoti', 'helper', 'person', 'retention', 'host']);

/**
 * What the back office elements share: the helper's `endpoint`, who is signed in and what they
 * may do (read once per page, src/admin/staff.ts), their strings, dates in the element's language,
 * labels for Yoti's codes and for who did what (names, never IDs), and a refusal shown plainly.
 */
export abstract class AdminElement extends YotiElement<AdminStrings> {
  static override properties = {
    ...YotiElement.properties,
    endpoint: { converter: nonBlank, useDefault: true },
  };
  protected readonly translations = adminStrings;

  /** The helper's base URL (its admin routes are under `{endpoint}/admin/`). */
  endpoint = '/yoti';

  /** The staff member signed in, with their permissions (one request per page). */
  protected readonly staff = new Task(this, {
    task: ([endpoint]) => staffAt(endpoint),
    args: () => [this.endpoint || '/yoti'] as const,
    autoRun: !isServer,
  });

  /** Whether the signed-in staff member may do `permission` (not until the helper has said so). */
  protected may(permission: Permission): boolean {
    return this.staff.value?.permissions.includes(permission) === true;
  }

  /** A date and time as the element's language writes it. */
  protected date(iso: string): string {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return iso;
    // English as the tables write it: British (6 Dec 2026, 14:05).
    return new Intl.DateTimeFormat(this.speaks === 'en' ? 'en-GB' : this.speaks, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(at);
  }

  /** Who did something, as a person reads it: a staff member's name, or the helper's word for the rest. */
  protected who({ by, byName }: Actor): string {
    if (byName) return byName;
    return this.t(ACTORS.has(by) ? (`admin.actor.${by}` as 'admin.actor.yoti') : 'admin.actor.staff');
  }

  /** The string for `prefix.code`, or the code in words when there is none. */
  protected label(
    prefix: 'check' | 'advice' | 'media' | 'review.manual' | 'admin.checkState' | 'audit',
    code: string,
  ): string {
    const key = `${prefix}.${code}`;
    return this.hasString(key) ? this.t(key) : humanise(code);
  }

  /** A failure, as an alert: what went wrong and, when trying again can help, a button for it. */
  protected problem(
    detail: YotiErrorDetail | undefined,
    retry?: () => void,
  ): TemplateResult | typeof nothing {
    if (!detail) return nothing;
    return html`<div part="problem" class="problem">
      <p>${detail.message}</p>
      ${
        detail.retryable && retry
          ? html`<button class="button secondary" type="button" @click=${retry}>${this.t('common.retry')}</button>`
          : nothing
      }
    </div>`;
  }

  /** Moves focus to the element matching `selector` once this render is on screen. */
  protected async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
