import { isServer, LitElement, type PropertyDeclarations } from 'lit';
import { emit, type YotiErrorDetail } from './events.js';
import { toErrorDetail } from './helper-error.js';
import { type CoreKey, hasKey, loadLanguage, type Table, type Translations, translate } from './strings.js';
import { VERSION } from './version.js';

/**
 * What every yoti element shares: its version (for the guarded define), its locale, its string
 * tables and the host's overrides, and the way it reports an error.
 */
export abstract class YotiElement<
  T extends Table & Record<CoreKey, string> = Table & Record<CoreKey, string>,
> extends LitElement {
  static readonly version = VERSION;
  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    strings: { attribute: false },
  };

  /** `en` or `fr` (any `fr-*` too); default: the nearest `lang` attribute, else English. */
  locale?: string;

  /** Overrides for any user-facing string, by key: `el.strings = {'common.retry': 'Retry'}`. */
  strings?: Partial<Record<string, string>>;

  /** This element's string tables (its own and the shared ones), one per locale. */
  protected abstract readonly translations: Translations<T>;

  /** Renders only once the strings of the element's language are loaded (French loads on demand). */
  protected override scheduleUpdate() {
    const loading = loadLanguage(this.translations, this.resolvedLocale);
    if (!loading) return super.scheduleUpdate();
    return loading.then(() => super.scheduleUpdate());
  }

  protected get resolvedLocale(): string | undefined {
    // Rendered on a server there is no tree to look up: the element's own locale, or English.
    if (this.locale || isServer) return this.locale;
    return (this.closest('[lang]') as HTMLElement | null)?.lang;
  }

  protected t(key: keyof T & string, params?: Readonly<Record<string, string | number>>): string {
    return translate(this.translations, key, this.resolvedLocale, this.strings, params);
  }

  /** Whether `key` (built from data, such as `check.${type}`) names one of this element's strings. */
  protected hasString(key: string): key is keyof T & string {
    return hasKey(this.translations, key);
  }

  /** The yoti-error detail for a failure, in this element's locale. */
  protected errorDetail(error: unknown): YotiErrorDetail {
    return toErrorDetail(error, this.resolvedLocale, this.strings, this.translations);
  }

  protected fireError(detail: YotiErrorDetail): void {
    emit(this, 'yoti-error', detail);
  }
}
