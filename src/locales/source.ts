import type { LocaleSource, Table } from '../core/strings.js';
import { isRightToLeft, LOCALES, type LocaleTag, match } from '../shared/locales.js';

type Loader = () => Promise<Table>;

/**
 * Each language of the public elements, a chunk of its own (a page loads only the one it speaks);
 * en-XA is made from the English at hand.
 */
const LOADERS: Record<Exclude<LocaleTag, 'en-XA'>, Loader> = {
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

/** Where a family's languages come from: `loaders` by tag, the pseudo-locale made from English. */
export function localeSource(loaders: Record<string, Loader>): LocaleSource {
  return {
    match,
    rtl: isRightToLeft,
    async load(tag, english) {
      if (tag === 'en-XA') return (await import('./pseudo.js')).pseudoLocalise(english);
      const loader = Object.hasOwn(loaders, tag) ? loaders[tag] : undefined;
      return loader ? loader() : {}; // A language only the host registered: nothing to load.
    },
  };
}

export const elementsSource = localeSource(LOADERS);
export { LOCALES };
