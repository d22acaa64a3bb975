import { type CoreKey, en } from './strings/en.js';
import { fr } from './strings/fr.js';

/** A table of strings, by key. */
export type Table = Readonly<Record<string, string>>;

/** The tables of one element: English (the reference, whose keys every other table has) and French. */
export interface Translations<T extends Table> {
  en: T;
  fr: { readonly [K in keyof T]: string };
}

export type SupportedLocale = 'en' | 'fr';

/** The strings every element shares. */
export const coreStrings: Translations<typeof en> = { en, fr };

export type { CoreKey };

/** The language of `locale` that has tables ("fr", "fr-CA", "FR_fr" -> fr); English for anything else. */
export function languageOf(locale: string | null | undefined): SupportedLocale {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === 'fr' ? 'fr' : 'en';
}

/**
 * Looks up `key` in `tables` for `locale`, preferring the host's overrides, and fills `{name}`
 * placeholders from `params`. Overrides are read only for known keys and only when they are strings.
 */
export function translate<T extends Table>(
  tables: Translations<T>,
  key: keyof T & string,
  locale: string | null | undefined,
  overrides: Partial<Record<string, unknown>> | undefined,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const override = overrides && Object.hasOwn(overrides, key) ? overrides[key] : undefined;
  const template = typeof override === 'string' ? override : tables[languageOf(locale)][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Whether `key` names a string of `tables`, for keys built from data (`check.${type}`). */
export function hasKey<T extends Table>(tables: Translations<T>, key: string): key is keyof T & string {
  return Object.hasOwn(tables.en, key);
}
