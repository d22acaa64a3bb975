import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { emit, type YotiErrorDetail } from './events.js';
import { toErrorDetail } from './http.js';
import { type StringKey, translate } from './strings.js';
import { VERSION } from './version.js';

/**
 * What every yoti element shares: its version (for the guarded define), its locale and the host's
 * string overrides, and the way it reports an error.
 */
export class YotiElement extends LitElement {
  static readonly version = VERSION;

  /** `en` or `fr` (any `fr-*` too); default: the nearest `lang` attribute, else English. */
  @property({ reflect: true }) locale?: string;

  /** Overrides for any user-facing string, by key: `el.strings = {'common.retry': 'Retry'}`. */
  @property({ attribute: false }) strings?: Partial<Record<StringKey, string>>;

  protected get resolvedLocale(): string | undefined {
    return this.locale || (this.closest('[lang]') as HTMLElement | null)?.lang;
  }

  protected t(key: StringKey, params?: Readonly<Record<string, string | number>>): string {
    return translate(key, this.resolvedLocale, this.strings, params);
  }

  /** The yoti-error detail for a failure, in this element's locale. */
  protected errorDetail(error: unknown): YotiErrorDetail {
    return toErrorDetail(error, this.resolvedLocale, this.strings);
  }

  protected fireError(detail: YotiErrorDetail): void {
    emit(this, 'yoti-error', detail);
  }
}
