import {
  html,
  isServer,
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { emit, type YotiErrorDetail } from './events.js';
import { toErrorDetail } from './helper-error.js';
import {
  type CoreKey,
  hasKey,
  isRightToLeft,
  speak,
  type Table,
  type Translations,
  translate,
} from './strings.js';
import { UnheardEvents } from './unheard-events.js';
import { VERSION } from './version.js';

/**
 * What every yoti element shares: its version (for the guarded define), its locale, its string
 * tables and the host's overrides, the way it reports an error, and its events kept for a late
 * listener: an event fired before any listener of its type was added to the element is kept (the
 * last of each type, for 10 s) and handed, once, to the first one added afterwards (see
 * `UnheardEvents`), so a framework that attaches its handlers after hydration misses nothing.
 */
export abstract class YotiElement<
  T extends Table & Record<CoreKey, string> = Table & Record<CoreKey, string>,
> extends LitElement {
  static readonly version = VERSION;
  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
    announcement: { state: true },
  };

  /**
   * The language, as a BCP 47 tag (`de`, `pt-BR`, `zh-Hans`); default: the nearest `lang`
   * attribute, else the browser's languages, else English. A tag without strings of its own
   * falls back to its language (`de-AT` to `de`), then to English.
   */
  locale?: string;

  /** Overrides for any user-facing string, by key: `el.strings = {'common.retry': 'Retry'}`. */
  strings?: Partial<Record<string, string>>;

  /** The colour scheme: `light`, `dark`, or `auto` (the default: the person's system setting). */
  theme?: 'light' | 'dark' | 'auto';

  /** This element's string tables: English built in, the other languages loaded on demand. */
  protected abstract readonly translations: Translations<T>;

  /** The language the element speaks now: its strings, dates and numbers, and its direction. */
  protected speaks = 'en';
  /** What the element's live region says now (see `liveRegion`). */
  protected announcement = '';
  /** The element set its own `dir` (nothing around it said which way the text runs). */
  #ownDir = false;
  readonly #unheard = new UnheardEvents(this);

  override addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
    this.#unheard.added(type, listener, options);
  }

  override removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
    this.#unheard.removed(type, listener, options);
  }

  override dispatchEvent(event: Event): boolean {
    const proceed = super.dispatchEvent(event);
    this.#unheard.dispatched(event);
    return proceed;
  }

  /** Renders only once the strings of the element's language are there (loaded on demand). */
  protected override scheduleUpdate() {
    const speaking = speak(this.translations, this.wantedLocales);
    if (typeof speaking === 'string') {
      this.speaks = speaking;
      return super.scheduleUpdate();
    }
    return speaking.then((tag) => {
      this.speaks = tag;
      return super.scheduleUpdate();
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#direct();
  }

  /**
   * Right to left for Arabic and Hebrew: the element takes the direction of its own `dir`, or the
   * nearest one around it; when nothing says, its language's, set on itself (so that what it
   * holds, slotted content too, runs the same way).
   */
  #direct(): void {
    if (this.#ownDir) this.removeAttribute('dir');
    const said = this.closest('[dir]');
    this.#ownDir = !said && isRightToLeft(this.speaks);
    if (this.#ownDir) this.setAttribute('dir', 'rtl');
  }

  /** What the element wants to speak, in order: its `locale`, else the nearest `lang`, else the browser's. */
  protected get wantedLocales(): readonly string[] {
    // Rendered on a server there is no tree to look up: the element's own locale, or English.
    if (this.locale || isServer) return this.locale ? [this.locale] : [];
    const lang = (this.closest('[lang]') as HTMLElement | null)?.lang;
    return lang ? [lang] : (globalThis.navigator?.languages ?? []);
  }

  protected t(key: keyof T & string, params?: Readonly<Record<string, string | number>>): string {
    return translate(this.translations, key, this.speaks, this.strings, params);
  }

  /** Whether `key` (built from data, such as `check.${type}`) names one of this element's strings. */
  protected hasString(key: string): key is keyof T & string {
    return hasKey(this.translations, key);
  }

  /** The yoti-error detail for a failure, in this element's language. */
  protected errorDetail(error: unknown): YotiErrorDetail {
    return toErrorDetail(error, this.speaks, this.strings, this.translations);
  }

  protected fireError(detail: YotiErrorDetail): void {
    emit(this, 'yoti-error', detail);
  }

  /**
   * Says `message` to screen readers, politely, through the element's one live region: a change of
   * state, a fresh code, an error, an end. Said once: the same message again is not repeated.
   */
  protected announce(message: string): void {
    this.announcement = message;
  }

  /** The element's one live region: in its shadow root from the first render, so that what it says is heard. */
  protected liveRegion(): TemplateResult {
    return html`<p class="visually-hidden" role="status" part="announcer">${this.announcement}</p>`;
  }
}
