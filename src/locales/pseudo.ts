import type { Table } from '../core/strings.js';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] as string,
  ]),
);

/** Text with its letters accented and 40% longer, placeholders (`{name}`, `#`) and plural keywords kept. */
function stretch(text: string): string {
  const accented = text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);
  const extra = Math.ceil(text.replace(/\s/g, '').length * 0.4);
  // The padding breaks like words do (one long run would overflow where no real language does).
  return extra > 0 ? `${accented}${' ~'.repeat(Math.ceil(extra / 2))}` : accented;
}

/** What a template holds besides words: `{n, plural, one {…} other {…}}` blocks and `{name}` placeholders. */
const CODE = /\{\w+, plural, (?:[=\w]+ \{[^{}]*\} ?)+\}|\{\w+\}/g;

/** A template pseudo-localised: only its words are, never `{name}` or a plural's structure. */
function pseudoTemplate(template: string): string {
  let out = '';
  let at = 0;
  for (const match of template.matchAll(CODE)) {
    const text = template.slice(at, match.index);
    if (text) out += stretch(text);
    const code = match[0];
    out += code.includes(', plural, ')
      ? code.replace(
          /([=\w]+) \{([^{}]*)\}/g,
          (_form, form: string, words: string) => `${form} {${stretch(words)}}`,
        )
      : code;
    at = match.index + code.length;
  }
  const rest = template.slice(at);
  return `[${out}${rest ? stretch(rest) : ''}]`;
}

/**
 * en-XA, the pseudo-locale: every string accented, 40% longer and bracketed, so that a layout that
 * clips or overflows, or a string left untranslated, shows at a glance.
 */
export function pseudoLocalise(english: Table): Table {
  return Object.fromEntries(Object.entries(english).map(([key, text]) => [key, pseudoTemplate(text)]));
}
