// A page of the repository's documentation (README.md, CONTRIBUTING.md, docs/*.md) as a Storybook
// docs page: the Markdown file is the one source, imported as text by the page's .mdx. Links to
// another page go to that page here; links to the repository's other files show their path.
import { AnchorMdx, CodeOrSourceMdx, HeadersMdx, Markdown } from '@storybook/addon-docs/blocks';
import { createElement, type ReactNode } from 'react';

/** Each Markdown page and its docs page's ID (from its title in stories/docs/*.mdx). */
const PAGES: Readonly<Record<string, string>> = {
  'README.md': 'docs-introduction--docs',
  'docs/elements.md': 'docs-elements-and-theming--docs',
  'docs/helper.md': 'docs-the-helper-in-production--docs',
  'docs/stores.md': 'docs-stores--docs',
  'docs/back-office.md': 'docs-the-back-office--docs',
  'docs/frameworks.md': 'docs-frameworks--docs',
  'docs/sandbox.md': 'docs-the-sandbox--docs',
  'docs/performance.md': 'docs-size-and-speed--docs',
  'docs/architecture.md': 'docs-architecture--docs',
  'CONTRIBUTING.md': 'docs-contributing--docs',
};

/** `href`, relative to the page at `from`, as a path from the repository's root. */
function fromRoot(from: string, href: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of href.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/') + (href.endsWith('/') ? '/' : '');
}

/** The page's links: another page of docs here, the web as it is, a file of the repository as its path. */
const linkFor =
  (file: string) =>
  ({ href = '', children }: { href?: string; children?: ReactNode }) => {
    if (href.startsWith('#')) return createElement(AnchorMdx, { href, target: '_self' }, children);
    if (/^[a-z]+:/i.test(href)) return createElement(AnchorMdx, { href, target: '_blank' }, children);
    const [path = '', hash] = href.split('#');
    const target = fromRoot(file, path);
    const id = PAGES[target];
    if (id)
      return createElement(
        AnchorMdx,
        { href: `?path=/docs/${id}${hash ? `#${hash}` : ''}`, target: '_self' },
        children,
      );
    return createElement('code', { title: 'A file of this repository' }, target);
  };

export function DocPage({ source, file }: { source: string; file: string }) {
  return createElement(Markdown, {
    options: { forceBlock: true, overrides: { code: CodeOrSourceMdx, ...HeadersMdx, a: linkFor(file) } },
    children: source,
  });
}
