// Every element of the library, mounted in a state that shows its words and its controls, on msw's
// mocks of the helper: what the "every person" browser tests (test/browser/every-person*.test.ts)
// hold to each language, direction, colour scheme and WCAG criterion.
import { fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { DETAIL, linkHelper, listHelper, reviewHelper } from '../../stories/admin-mocks.js';
import { SUMMARIES, shareHelper, statusHelper } from '../../stories/mocks.js';
import { worker } from './msw.js';

export interface Mounted {
  /** The element. */
  el: HTMLElement;
  /** Its shadow root's text, spaces folded. */
  text(): string;
}

interface Case {
  name: string;
  handlers: unknown[];
  template: (locale: string) => TemplateResult;
  /** Shown once this holds of the shadow root. */
  ready: (root: ShadowRoot) => boolean;
}

const LONG = 'maximiliane.wolfeschlegelsteinhausen@example.com';
/** Where the elements find the helper by default, and so where its mocks answer. */
const HELPER = '/yoti';

/** The elements and what shows each one's words: a share panel with its code, a frame's error, a rejection, a list, a review, a link form. */
export const CASES: Case[] = [
  {
    name: 'share panel',
    handlers: shareHelper()(HELPER),
    template: (locale) =>
      html`<yoti-share-button flow="instant" mode="desktop" locale=${locale}></yoti-share-button>`,
    ready: (root) => root.querySelector('svg[part="qr"]') !== null,
  },
  {
    name: 'Doc Scan frame',
    handlers: [],
    template: (locale) =>
      html`<yoti-docscan-frame session-id="s" session-token="t" api-url="/__fixture/hang" load-timeout="200" locale=${locale}></yoti-docscan-frame>`,
    ready: (root) => root.querySelector('[part="panel"] button') !== null,
  },
  {
    name: 'status card',
    handlers: statusHelper(SUMMARIES.rejected)(HELPER),
    template: (locale) =>
      html`<yoti-idv-status session-id="s" poll-interval="60000" locale=${locale}></yoti-idv-status>`,
    ready: (root) => root.querySelector('[part~="outcome"]') !== null,
  },
  {
    name: 'session list',
    handlers: listHelper([
      {
        sessionId: 'a1',
        name: 'Maximiliane Wolfeschlegelsteinhausen',
        email: LONG,
        createdAt: new Date().toISOString(),
        state: 'COMPLETED',
        outcome: 'REVIEW',
        mediaDeleted: false,
      },
    ])(HELPER),
    template: (locale) => html`<yoti-idv-sessions locale=${locale}></yoti-idv-sessions>`,
    ready: (root) => root.querySelector('tbody tr') !== null,
  },
  {
    name: 'review',
    handlers: reviewHelper({ ...DETAIL, email: LONG })(HELPER),
    template: (locale) =>
      html`<yoti-idv-review session-id=${DETAIL.sessionId} locale=${locale}></yoti-idv-review>`,
    ready: (root) => root.querySelector('.decide button') !== null,
  },
  {
    name: 'link form',
    handlers: linkHelper(HELPER),
    template: (locale) => html`<yoti-idv-link-form locale=${locale}></yoti-idv-link-form>`,
    ready: (root) => root.querySelector('form button') !== null,
  },
];

/** Mounts `entry` in `locale` (inside `around`'s attributes: `dir`, `lang`), and waits until it shows its words. */
export async function mount(
  entry: Case,
  locale: string,
  around: { dir?: string; lang?: string; width?: string } = {},
): Promise<Mounted> {
  fixtureCleanup(); // one element at a time, at the top of the page (an instant share starts in view)
  worker.resetHandlers(...(entry.handlers as Parameters<typeof worker.resetHandlers>));
  const box = await fixture<HTMLDivElement>(
    html`<div dir=${around.dir ?? 'ltr'} lang=${around.lang ?? 'en'}>${entry.template(locale)}</div>`,
  );
  if (around.width) box.style.setProperty('inline-size', around.width);
  const el = box.firstElementChild as HTMLElement;
  const root = () => el.shadowRoot as ShadowRoot;
  await waitUntil(() => el.shadowRoot && entry.ready(root()), `${entry.name} showing`, { timeout: 8000 });
  return { el, text: () => (root().textContent ?? '').replace(/\s+/g, ' ') };
}

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every control a person can reach in `root` (and the shadow roots inside it). */
export function controls(root: ShadowRoot): HTMLElement[] {
  const selector = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((control) => {
    const box = control.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && !control.closest('[popover], dialog:not([open])');
  });
}

/** sRGB channels of a computed colour (`rgb(…)`, or `color(srgb …)` as a color-mix() computes), 0-255. */
export function channels(color: string): [number, number, number] {
  const scale = color.startsWith('color(srgb') ? 255 : 1;
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map((value) => Number(value) * scale);
  return [r, g, b];
}

/** The WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}
