// Opening the built game in headless Chromium for a test, and keeping what a person would see.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { SAVE_FORMAT, SAVE_KEY } from '../../src/session/save';

export const SHOTS = join(__dirname, '../../test-output/screenshots');
export const hasBrowser = inject('chromium') !== '';
export const baseUrl = inject('baseUrl');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromium'),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** One Chromium for the tests of a describe block: launched before them, closed after them. */
export function sharedBrowser(): { readonly current: Browser } {
  const shared = {} as { current: Browser };
  beforeAll(async () => {
    shared.current = await launch();
  });
  afterAll(async () => {
    await shared.current?.close();
  });
  return shared;
}

/**
 * A new page at `path`, with its page errors and console errors collected. `storage` is written to
 * localStorage before the page's own scripts run (on every navigation of this page).
 */
export async function openPage(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 800 },
  touch = false,
  storage: Readonly<Record<string, string>> = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  await page.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${baseUrl}${path}`);
  return { page, errors };
}

/** Keeps `code` as the page's saved run, as the game itself saves one (a reload then resumes it). */
export async function saveRun(page: Page, code: string): Promise<void> {
  await page.evaluate(([key, saved]) => localStorage.setItem(key, saved), [SAVE_KEY, JSON.stringify({ format: SAVE_FORMAT, code })] as const);
}

/**
 * Waits until the page has rendered three more frames: a resize or a media change is laid out in the
 * first, a ResizeObserver's callback runs at its end and asks for an animation frame, and whatever that
 * frame redraws is laid out by the third. Tied to the page's frames, not to a guess at how long they take.
 */
export async function afterFrames(page: Page, frames = 3): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const tick = (left: number): void => {
          if (left === 0) resolve();
          else requestAnimationFrame(() => tick(left - 1));
        };
        tick(count);
      }),
    frames,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Presses "1" (or the digit `pick` chooses) until the run ends; returns the number of presses. */
export async function playToTheEnd(page: Page, pick: (step: number, choices: number) => number = () => 1): Promise<number> {
  for (let step = 0; step < 200; step++) {
    // A page opened on a link starts its run once the scenarios have loaded: wait for a choice or the end.
    await page.waitForSelector('#outcome-title, button[data-choice]:not([disabled])');
    if (await page.locator('#outcome-title').count()) return step;
    const choices = await page.locator('button[data-choice]:not([disabled])').count();
    if (choices === 0) throw new Error(`no choice on screen at step ${step}`);
    const before = await page.locator('#panel').innerText();
    await page.keyboard.press(String(pick(step, choices)));
    await page.waitForFunction((text) => document.getElementById('panel')?.innerText !== text, before);
  }
  throw new Error('the run did not end within 200 key presses');
}
