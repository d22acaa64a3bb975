import type { Table } from '../../core/strings.js';
import { localeSource } from '../../locales/source.js';
import type { LocaleTag } from '../../shared/locales.js';

/** Each language of the back office, a chunk of its own (a staff page loads only the one it speaks). */
const LOADERS: Record<Exclude<LocaleTag, 'en-XA'>, () => Promise<Table>> = {
  cy: () => import('./cy.js').then((module) => module.cy),
  fr: () => import('./fr.js').then((module) => module.fr),
  de: () => import('./de.js').then((module) => module.de),
  es: () => import('./es.js').then((module) => module.es),
  it: () => import('./it.js').then((module) => module.it),
  nl: () => import('./nl.js').then((module) => module.nl),
  pt: () => import('./pt.js').then((module) => module.pt),
  pl: () => import('./pl.js').then((module) => module.pl),
  ro: () => import('./ro.js').then((module) => module.ro),
  tr: () => import('./tr.js').then((module) => module.tr),
  ru: () => import('./ru.js').then((module) => module.ru),
  uk: () => import('./uk.js').then((module) => module.uk),
  ar: () => import('./ar.js').then((module) => module.ar),
  he: () => import('./he.js').then((module) => module.he),
  ja: () => import('./ja.js').then((module) => module.ja),
  'zh-Hans': () => import('./zh-Hans.js').then((module) => module.zhHans),
};

export const adminSource = localeSource(LOADERS);
