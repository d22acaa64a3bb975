/** The languages there are strings for, besides English (the reference) and en-GB (the same). */
export const LOCALES = [
  'cy',
  'fr',
  'de',
  'es',
  'it',
  'nl',
  'pt',
  'pl',
  'ro',
  'tr',
  'ru',
  'uk',
  'ar',
  'he',
  'ja',
  'zh-Hans',
  'en-XA',
] as const;
export type LocaleTag = (typeof LOCALES)[number];

/** A tag's own spelling, its language with its script (`zh-Hans` for `zh-CN`), and its language. */
function candidatesOf(wanted: string): string[] {
  try {
    const locale = new Intl.Locale(wanted);
    const { language, script } = locale.maximize();
    return [locale.toString(), `${language}-${script}`, language];
  } catch {
    return []; // Not a language tag: nothing of it is spoken.
  }
}

/**
 * The language to speak, from what is wanted, in order: the first that there are strings for
 * (built in, or registered by the host), by its whole tag, its language and script, or its
 * language (`de-AT` is German, `zh-CN` Simplified Chinese); English as soon as English is wanted,
 * and when nothing wanted is spoken.
 */
export function match(wanted: readonly string[], registered: readonly string[] = []): string {
  const known = new Map([...LOCALES, ...registered].map((tag) => [tag.toLowerCase(), tag]));
  for (const each of wanted) {
    for (const candidate of candidatesOf(each)) {
      const found = known.get(candidate.toLowerCase());
      if (found) return found;
      if (candidate === 'en') return 'en';
    }
  }
  return 'en';
}

/** Languages written right to left, by their primary subtag. */
export const isRightToLeft = (tag: string) => /^(ar|he|fa|ur|ps|yi)\b/i.test(tag);
