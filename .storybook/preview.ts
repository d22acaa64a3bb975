import {
  type ArgTypesEnhancer,
  type Decorator,
  type Loader,
  type Preview,
  setCustomElementsManifest,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { setupWorker } from 'msw/browser';
import manifest from '../custom-elements.json';
import { isRightToLeft, LOCALES } from '../src/shared/locales.js';
import type { HelperMock } from '../stories/mocks.js';
import '../src/define.js';
import '../src/admin/index.js';
import { theme } from './theme.js';

// Docs pages (every element's attributes, properties, events, slots, parts and custom properties,
// with controls) come from the manifest the analyzer makes of the elements' JSDoc.
setCustomElementsManifest(manifest);

// The helper's routes are mocked per story with msw: `parameters.msw` is a HelperMock, the handlers
// of a helper at a given endpoint. A story's own view has the page to itself, at `/yoti`; a docs
// page shows many stories at once, each with its helper at an endpoint of its own, so that each
// shows its own state. Stories take the endpoint from `loaded.endpoint`.
const worker = setupWorker();
let started: Promise<unknown> | undefined;

const mockHelper: Loader = async ({ parameters, id, viewMode }) => {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  await started;
  const endpoint = viewMode === 'docs' ? `/stories/${id}/yoti` : '/yoti';
  const handlers = (parameters.msw as HelperMock | undefined)?.(endpoint) ?? [];
  if (viewMode === 'docs') worker.use(...handlers);
  else worker.resetHandlers(...handlers);
  return { endpoint };
};

/** An attribute typed as a union of strings (`'modal' | 'inline' | …`) gets a radio control of them. */
const literalControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const summary = argType.table?.type?.summary ?? '';
      const parts = summary.split(' | ').filter((part) => part !== 'undefined');
      const literal =
        (parts.length > 1 || summary.endsWith('| undefined')) &&
        parts.every((part) => /^'[^']*'$/.test(part));
      if (!literal) return [name, argType];
      return [
        name,
        { ...argType, control: { type: 'inline-radio' }, options: parts.map((part) => part.slice(1, -1)) },
      ];
    }),
  );

type Declaration = { tagName?: string; attributes?: Array<{ name: string; fieldName?: string }> };
const declarations = manifest.modules.flatMap(
  (module) => (module as { declarations?: Declaration[] }).declarations ?? [],
);

/**
 * One row per property: the manifest lists a reflected property twice (`sessionId` among the
 * properties, `session-id` among the attributes), so each attribute's row is folded into its
 * property's, which names the attribute; controls then set the property. Events, parts, slots and
 * custom properties keep their rows, without a control.
 */
const onePropertyOneRow: ArgTypesEnhancer = ({ argTypes, component }) => {
  const declaration = declarations.find((each) => each.tagName === component);
  if (!declaration) return argTypes;
  const rows = { ...argTypes };
  for (const { name, fieldName = name } of declaration.attributes ?? []) {
    const row = rows[fieldName] ?? rows[name];
    if (!row) continue;
    if (name !== fieldName) delete rows[name];
    const description = row.description ? `${row.description}\n\n` : '';
    rows[fieldName] = {
      ...row,
      name: fieldName,
      description: `${description}Attribute: \`${name}\``,
      table: { ...row.table, category: 'properties' },
    };
  }
  for (const [key, row] of Object.entries(rows))
    if (row.table?.category && row.table.category !== 'properties') rows[key] = { ...row, control: false };
  return rows;
};

/**
 * Hands every arg a control set (on a docs page or in the Controls panel) to the story's element
 * as a property, and the toolbar's colour scheme to every element of the story as its `theme`.
 * Args the story does not set are left alone, so each story renders as written until a control
 * changes.
 */
const dress = (tag: unknown, args: Record<string, unknown>, scheme: string) =>
  ref((wrapper) => {
    if (!(wrapper instanceof HTMLElement)) return;
    queueMicrotask(() => {
      for (const element of wrapper.querySelectorAll('*'))
        if (element.localName.startsWith('yoti-')) element.setAttribute('theme', scheme);
      const element =
        typeof tag === 'string'
          ? (wrapper.querySelector(tag) as (HTMLElement & Record<string, unknown>) | null)
          : null;
      if (!element) return;
      for (const [name, value] of Object.entries(args)) {
        if (value === undefined || value === '') continue;
        if (name in element && element[name] !== value) element[name] = value;
      }
    });
  });

/**
 * Every story, as every person meets it: in the toolbar's language (the elements read the nearest
 * `lang`), its direction (by the language unless the toolbar says), its colour scheme, and a brand.
 */
const everyPerson: Decorator = (story, { globals, args, component }) => {
  const locale = String(globals.locale ?? 'en');
  const scheme = String(globals.theme ?? 'auto');
  const dir =
    globals.dir === 'ltr' || globals.dir === 'rtl' ? globals.dir : isRightToLeft(locale) ? 'rtl' : 'ltr';
  return html`<div
    class="story brand-${globals.brand ?? 'yoti'} scheme-${scheme}"
    lang=${locale}
    dir=${dir}
    ${dress(component, args, scheme)}
  >${story()}</div>`;
};

const languageName = (tag: string) =>
  tag === 'en-XA'
    ? 'Pseudo-locale (en-XA)'
    : `${new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag} (${tag})`;

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [onePropertyOneRow, literalControls],
  loaders: [mockHelper],
  decorators: [everyPerson],
  globalTypes: {
    locale: {
      description: 'Language (the elements speak the nearest lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: ['en', ...LOCALES].map((tag) => ({ value: tag, title: languageName(tag) })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme (the elements’ theme attribute)',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (the system’s)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Direction (dir around the elements)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'The language’s' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    brand: {
      description: 'Brand (the same elements restyled with --yoti-* custom properties only)',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: ['yoti', 'midnight', 'forest'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto', dir: 'auto', brand: 'yoti' },
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
    docs: { theme, toc: { headingSelector: 'h2, h3' } },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Introduction',
            'Elements and theming',
            'The helper in production',
            'Stores',
            'The back office',
            'Frameworks',
            'The sandbox',
            'Size and speed',
            'Architecture',
            'Contributing',
          ],
          'Elements',
          'Back office',
        ],
      },
    },
  },
};

export default preview;
