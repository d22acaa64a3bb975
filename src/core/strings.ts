import { en, type StringKey, type Strings } from './strings/en.js';
import { fr } from './strings/fr.js';

export type { StringKey, Strings };

const tables: Readonly<Record<string, Strings>> = { en, fr };

export type SupportedLocale = 'en' | 'fr';

/** Whether `key` names a string, for keys built from data (`check.${type}`). */
export function isStringKey(key: string): key is StringKey {
  return Object.hasOwn(en, key);
}

/** The built-in table for `locale` ("fr", "fr-CA", "FR_fr" -> French); English for anything else. */
export function stringsFor(locale: string | null | undefined): Strings {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(tables, language) ? tables[language]! : en;
}

/**
 * Looks up `key` for `locale`, preferring the host's overrides, and fills `{name}` placeholders
 * from `params`. Overrides are read only for known keys and only when they are strings.
 */
export function translate(
  key: StringKey,
  locale: string | null | undefined,
  overrides: Partial<Record<string, unknown>> | undefined,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const override = overrides && Object.hasOwn(overrides, key) ? overrides[key] : undefined;
  const template = typeof override === 'string' ? override : stringsFor(locale)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
