// The sandbox pages' words in the person's language: the sandbox picks the language (from what the
// page wants) and sends its words, by their English; a page puts its static text and what it writes
// later through them. English needs nothing loaded.
let words = {};

/** `text` (English, with `{name}` placeholders) in the page's language, `params` filled in. */
export function t(text, params = {}) {
  const template = words[text] ?? text;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * Loads the words for the first language of `wanted` the sandbox speaks (`base` is the page's
 * folder: `locale?for=` answers), then puts the page in it: its title, its text, its labels and
 * alternative texts, and its direction (right to left for Arabic and Hebrew).
 */
export async function speak(base, wanted) {
  const list = wanted.filter(Boolean).join(',');
  if (!list || /^en(-(?!xa)|$|,)/i.test(list)) return;
  const response = await fetch(`${base}locale?for=${encodeURIComponent(list)}`).catch(() => undefined);
  if (!response?.ok) return;
  const { lang, dir, words: found } = await response.json();
  words = found;
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.title = t(document.title);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const english = node.nodeValue.trim();
    if (english && words[english]) node.nodeValue = node.nodeValue.replace(english, words[english]);
  }
  for (const element of document.querySelectorAll('[alt], [aria-label]')) {
    for (const name of ['alt', 'aria-label']) {
      const value = element.getAttribute(name);
      if (value && words[value]) element.setAttribute(name, words[value]);
    }
  }
}
