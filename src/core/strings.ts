import { type CoreKey, en } from './strings/en.js';

/** A table of strings, by key. */
export type Table = Readonly<Record<string, string>>;

/** A table with every key of `T`, in another language. */
export type Localised<T extends Table> = { readonly [K in keyof T]: string };

/**
 * The tables of one element: English, built in and the reference whose keys every other table
 * has, and French, loaded the first time an element needs it (a page in English never downloads it).
 */
export interface Translations<T extends Table> {
  en: T;
  fr: () => Promise<Localised<T>>;
}

export type SupportedLocale = 'en' | 'fr';

/** The strings every element shares. */
export const coreStrings: Translations<typeof en> = {
  en,
  fr: () => import('./strings/fr.js').then((module) => module.fr),
};

export type { CoreKey };

/** Tables loaded so far, by their loader. */
const loaded = new WeakMap<object, Table>();

/** The language of `locale` that has tables ("fr", "fr-CA", "FR_fr" -> fr); English for anything else. */
export function languageOf(locale: string | null | undefined): SupportedLocale {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === 'fr' ? 'fr' : 'en';
}

/**
 * Loads the table of `locale` when it is not English and not loaded yet; undefined when there is
 * nothing to wait for. A table that fails to load (a lost connection) leaves English in its place.
 */
export function loadLanguage<T extends Table>(
  tables: Translations<T>,
  locale: string | null | undefined,
): Promise<void> | undefined {
  if (languageOf(locale) === 'en' || loaded.has(tables.fr)) return undefined;
  return tables.fr().then(
    (table) => {
      loaded.set(tables.fr, table);
    },
    () => {
      loaded.set(tables.fr, tables.en);
      console.warn('yoti-elements: the French strings could not be loaded; showing English.');
    },
  );
}

/**
 * Looks up `key` in `tables` for `locale` (English while its table is not loaded), preferring the
 * host's overrides, and fills `{name}` placeholders from `params`. Overrides are read only for
 * known keys and only when they are strings.
 */
export function translate<T extends Table>(
  tables: Translations<T>,
  key: keyof T & string,
  locale: string | null | undefined,
  overrides: Partial<Record<string, unknown>> | undefined,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const override = overrides && Object.hasOwn(overrides, key) ? overrides[key] : undefined;
  const table = (languageOf(locale) === 'fr' && loaded.get(tables.fr)) || tables.en;
  const template = typeof override === 'string' ? override : (table as T)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Whether `key` names a string of `tables`, for keys built from data (`check.${type}`). */
export function hasKey<T extends Table>(tables: Translations<T>, key: string): key is keyof T & string {
  return Object.hasOwn(tables.en, key);
}
