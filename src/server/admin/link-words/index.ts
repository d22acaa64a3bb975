import { match } from '../../../shared/locales.js';
import { ar } from './ar.js';
import { cy } from './cy.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import { zhHans } from './zh-Hans.js';

/** The words of the helper's link page, each with `{app}` for the application's name. */
export type LinkWords = Readonly<Record<keyof typeof en, string>>;

const WORDS: Readonly<Record<string, LinkWords>> = {
  en,
  cy: cy,
  fr: fr,
  de: de,
  es: es,
  it: it,
  nl: nl,
  pt: pt,
  pl: pl,
  ro: ro,
  tr: tr,
  ru: ru,
  uk: uk,
  ar: ar,
  he: he,
  ja: ja,
  'zh-Hans': zhHans,
};

/** The page's language and words, from the browser's Accept-Language (its order, then English); the pseudo-locale is for the elements only. */
export function linkWords(acceptLanguage: string): { lang: string; words: LinkWords } {
  const wanted = acceptLanguage
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')
    .filter((tag) => tag !== '' && tag !== '*');
  const lang = match(wanted);
  const words = WORDS[lang];
  return words ? { lang, words } : { lang: 'en', words: en };
}
