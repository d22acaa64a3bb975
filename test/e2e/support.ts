import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type Browser,
  expect,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test';
import jsQR from 'jsqr';
import { SCRIPTED_DEMO } from './playwright.config.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Axe = {
  run(context: string): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }>;
};

/**
 * Runs axe on `context` (a selector) in the page or frame, after any run already going (Storybook's
 * accessibility addon's) has finished. axe is evaluated, not added as a script: pages under a strict
 * CSP refuse inline scripts.
 */
export async function axeViolations(page: Page | Frame, context = 'body'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  for (let attempt = 0; ; attempt += 1) {
    const outcome = await page.evaluate(async (context) => {
      try {
        const result = await (window as unknown as { axe: Axe }).axe.run(context);
        return {
          violations: result.violations.map(
            (v) =>
              `${v.id} (${v.nodes.length} nodes: ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
          ),
        };
      } catch (error) {
        return { busy: String(error) };
      }
    }, context);
    if ('violations' in outcome) return outcome.violations ?? [];
    if (attempt > 50 || !/already running/.test(outcome.busy ?? '')) throw new Error(outcome.busy);
    await page.waitForTimeout(100);
  }
}

/**
 * Watches a page for what must never happen on it: console errors, uncaught exceptions and
 * Content Security Policy violations. `check()` asserts there were none.
 */
export async function guard(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    problems,
    check: () => expect(problems).toEqual([]),
  };
}

/** Reads the QR code on screen as a phone would: the drawn SVG (or image) rasterised, decoded by jsQR. */
export async function readQr(qr: Locator): Promise<string | undefined> {
  const size = 300;
  const pixels = await qr.evaluate(async (drawn, size) => {
    const image = new Image();
    if (drawn instanceof HTMLImageElement) image.src = drawn.src;
    else {
      const clone = drawn.cloneNode(true) as SVGSVGElement;
      clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      clone.setAttribute('width', String(size));
      clone.setAttribute('height', String(size));
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
    }
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(image, 0, 0, size, size);
    return Array.from(context.getImageData(0, 0, size, size).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data;
}

/** A phone-sized Chromium page, announcing itself as an iPhone so that `mode="auto"` picks the button. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  isMobile: true,
  hasTouch: true,
};

/**
 * Goes through the sandbox IDV page's capture, as a person would: the document (as preset), a
 * photo, the liveness check; with `outcome`, the sandbox outcome chosen by its label first.
 */
export async function captureDocument(where: Page | FrameLocator, outcome?: string): Promise<void> {
  await where.getByRole('button', { name: 'Continue', exact: true }).click();
  await where.getByRole('button', { name: 'Take photo' }).click();
  await where.getByRole('button', { name: 'Use this photo' }).click();
  if (outcome) await where.getByLabel(outcome).check();
  await where.getByRole('button', { name: 'Start liveness check' }).click();
}

/** A staff page of the scripted demo, signed in as Jordan (every permission) or Sam (view only). */
export async function signInAsStaff(
  browser: Browser,
  who: 'Jordan' | 'Sam' = 'Jordan',
  viewport = { width: 1360, height: 1000 },
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${SCRIPTED_DEMO}/admin`);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${who}`) }).click();
  await expect(page.getByRole('heading', { name: 'Identity checks', level: 1 })).toBeVisible();
  return page;
}
