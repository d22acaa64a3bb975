import { html, nothing, type TemplateResult } from 'lit';
import { nonBlank } from '../core/attributes.js';
import type { YotiErrorDetail } from '../core/events.js';
import { languageOf } from '../core/strings.js';
import { YotiElement } from '../core/yoti-element.js';
import { type AdminStrings, adminStrings } from './strings.js';

/** Turns `SOME_CODE` into "Some code", for codes without a string of their own. */
export const humanise = (code: string): string => {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * What the back office elements share: the helper's `endpoint`, their strings (en + fr), dates in
 * the element's language, labels for Yoti's codes, and a refusal shown plainly.
 */
export abstract class AdminElement extends YotiElement<AdminStrings> {
  static override properties = {
    ...YotiElement.properties,
    endpoint: { converter: nonBlank, useDefault: true },
  };
  protected readonly translations = adminStrings;

  /** The helper's base URL (its admin routes are under `{endpoint}/admin/`). */
  endpoint = '/yoti';

  /** A date and time as the element's language writes it. */
  protected date(iso: string): string {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return iso;
    return new Intl.DateTimeFormat(languageOf(this.resolvedLocale) === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(at);
  }

  /** The string for `prefix.code`, or the code in words when there is none. */
  protected label(prefix: 'check' | 'advice' | 'media' | 'review.manual', code: string): string {
    const key = `${prefix}.${code}`;
    return this.hasString(key) ? this.t(key) : humanise(code);
  }

  /** A failure, as an alert: what went wrong and, when trying again can help, a button for it. */
  protected problem(
    detail: YotiErrorDetail | undefined,
    retry?: () => void,
  ): TemplateResult | typeof nothing {
    if (!detail) return nothing;
    return html`<div part="problem" class="problem" role="alert">
      <p>${detail.message}</p>
      ${
        detail.retryable && retry
          ? html`<button class="button secondary" type="button" @click=${retry}>${this.t('common.retry')}</button>`
          : nothing
      }
    </div>`;
  }
}
