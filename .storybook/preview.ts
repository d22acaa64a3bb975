import {
  type Decorator,
  type Loader,
  type Preview,
  setCustomElementsManifest,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import manifest from '../custom-elements.json';
import '../src/define.js';

// Docs pages (every element's attributes, properties, events, slots, parts and custom properties,
// with controls) come from the manifest the analyzer makes of the elements' JSDoc.
setCustomElementsManifest(manifest);

// The helper's routes are mocked per story with msw: parameters.msw = [handlers].
const worker = setupWorker();
let started: Promise<unknown> | undefined;

const mockHelper: Loader = async ({ parameters }) => {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  await started;
  worker.resetHandlers(...((parameters.msw as RequestHandler[] | undefined) ?? []));
  return {};
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

/**
 * Hands every arg a control set (on a docs page or in the Controls panel) to the story's element:
 * an attribute by its name (`session-id`), a property by its (`sessionId`). Args the story does not
 * set are left alone, so each story renders as written until a control changes.
 */
const applyArgs = (tag: unknown, args: Record<string, unknown>) =>
  ref((wrapper) => {
    if (!(wrapper instanceof HTMLElement) || typeof tag !== 'string') return;
    queueMicrotask(() => {
      const element = wrapper.querySelector(tag) as (HTMLElement & Record<string, unknown>) | null;
      if (!element) return;
      for (const [name, value] of Object.entries(args)) {
        if (value === undefined || value === '') continue;
        if (name.includes('-')) element.setAttribute(name, String(value));
        else if (name in element && element[name] !== value) element[name] = value;
      }
    });
  });

const themed: Decorator = (story, { globals, args, component }) =>
  html`<div class="theme-${globals.theme ?? 'yoti'}" lang=${globals.locale ?? 'en'} ${applyArgs(component, args)}>${story()}</div>`;

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [literalControls],
  loaders: [mockHelper],
  decorators: [themed],
  globalTypes: {
    theme: {
      description: 'Theme (--yoti-* custom properties)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: ['yoti', 'midnight', 'forest'],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'fr'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'yoti', locale: 'en' },
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
