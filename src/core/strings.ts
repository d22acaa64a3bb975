import { type CoreKey, en } from './strings/en.js';

/** A table of strings, by key. */
export type Table = Readonly<Record<string, string>>;

/** A table with every key of `T`, in another language. */
export type Localised<T extends Table> = { readonly [K in keyof T]: string };

/**
 * Where a table's other languages come from: the public elements' tables (src/locales/) or the back
 * office's (src/admin/locales/). Each language is a chunk of its own, loaded the first time an
 * element needs it; English, the reference, is built in.
 */
export interface LocaleSource {
  /** The best language of `wanted` that there are strings for (`registered` too), else `en`. */
  match(wanted: readonly string[], registered: readonly string[]): string;
  load(tag: string, english: Table): Promise<Table>;
  /** Whether `tag` is written right to left. */
  rtl(tag: string): boolean;
}

/** The tables of one element: English, whose keys every other table has, and where the others come from. */
export interface Translations<T extends Table> {
  en: T;
  source: () => Promise<LocaleSource>;
}

export type { CoreKey };

/** Where the public elements' languages come from (a chunk loaded only for a language other than English). */
export const elementsSource = () => import('../locales/source.js').then((module) => module.elementsSource);

/** The shared strings, for a failure told outside an element's own tables. */
export const coreStrings: Translations<typeof en> = { en, source: elementsSource };

/** Tables loaded so far, by their English table and then the language's tag. */
const loaded = new WeakMap<Table, Map<string, Table>>();
/** Strings a host added with registerLocale, by tag (lower case). */
const registered = new Map<string, Record<string, string>>();
/** The languages spoken so far that are written right to left (English, the default, is not). */
const rightToLeft = new Set<string>();

/** Whether `tag`, a language an element speaks, is written right to left (Arabic, Hebrew). */
export const isRightToLeft = (tag: string) => rightToLeft.has(tag);

/**
 * Adds strings for `tag`, or replaces some of a built-in language's (`registerLocale('de',
 * {'share.label': 'Weiter mit Yoti'})`): for every element, from its next render. A key it does not
 * give falls back, key by key, to the built-in language, then to English.
 */
export function registerLocale(tag: string, strings: Readonly<Record<string, string>>): void {
  const key = tag.toLowerCase();
  registered.set(key, { ...registered.get(key), ...strings });
}

/** Whether `tag` is English as the built-in table writes it (British spelling): nothing to load. */
const plainEnglish = (tag: string) => /^en(-(?!xa)[a-z]+)?$/i.test(tag) && !registered.has(tag.toLowerCase());

/**
 * The language an element speaks, from what it wants (its `locale`, the nearest `lang`, or the
 * browser's languages): at once when that is English, else once its table is loaded. A table that
 * fails to load (a lost connection) leaves English in its place, said once on the console.
 */
export function speak<T extends Table>(
  tables: Translations<T>,
  wanted: readonly string[],
): string | Promise<string> {
  const first = wanted[0] ?? 'en';
  if (plainEnglish(first)) return 'en';
  const known = loaded.get(tables.en);
  if (known?.has(first)) return first;
  return tables.source().then(
    async (source) => {
      const tag = source.match(wanted, [...registered.keys()]);
      if (source.rtl(tag)) rightToLeft.add(tag);
      if (tag === 'en' || loaded.get(tables.en)?.has(tag)) return tag;
      const table = await source.load(tag, tables.en);
      const tags = loaded.get(tables.en) ?? new Map<string, Table>();
      tags.set(tag, table);
      loaded.set(tables.en, tags);
      return tag;
    },
    () => {
      console.warn(`yoti-elements: the strings for ${first} could not be loaded; showing English.`);
      return 'en';
    },
  );
}

/** `{n, plural, one {# day} other {# days}}` in a template: the form for `n` in `tag`, `#` its number. */
const PLURAL = /\{(\w+), plural, ((?:[=\w]+ \{[^{}]*\} ?)+)\}/g;

function fill(template: string, tag: string, params: Readonly<Record<string, string | number>>): string {
  return template
    .replace(PLURAL, (whole, name: string, forms: string) => {
      const count = Number(params[name]);
      if (!Object.hasOwn(params, name) || Number.isNaN(count)) return whole;
      const choices = new Map(
        [...forms.matchAll(/([=\w]+) \{([^{}]*)\}/g)].map(([, form, text]) => [form, text]),
      );
      const text =
        choices.get(`=${count}`) ??
        choices.get(new Intl.PluralRules(tag).select(count)) ??
        choices.get('other');
      return (text ?? whole).replace(/#/g, new Intl.NumberFormat(tag).format(count));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

/**
 * Looks up `key` in `tables` for the language `tag` (English while its table is not loaded):
 * the host's override first (element by element), then what the host registered for the
 * language, then the language's own table, then English; `{name}` and plural forms filled from
 * `params`. Overrides are read only for known keys and only when they are strings.
 */
export function translate<T extends Table>(
  tables: Translations<T>,
  key: keyof T & string,
  tag: string,
  overrides: Partial<Record<string, unknown>> | undefined,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const override = overrides && Object.hasOwn(overrides, key) ? overrides[key] : undefined;
  const template =
    (typeof override === 'string' && override) ||
    registered.get(tag.toLowerCase())?.[key] ||
    loaded.get(tables.en)?.get(tag)?.[key] ||
    (tables.en as T)[key];
  return fill(template, tag, params);
}

/** Whether `key` names a string of `tables`, for keys built from data (`check.${type}`). */
export function hasKey<T extends Table>(tables: Translations<T>, key: string): key is keyof T & string {
  return Object.hasOwn(tables.en, key);
}
