// Sharing in a real browser: a facilitator hosts a session (the join link and a QR code that scans
// back to it), the room joins by that link, and a finished run saves its result card and its record.
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { GAME_VERSION, MAX_SEED_LENGTH, runCodeOf, runRecord, simulateCareer } from '../../src/engine/index';
import { hasBrowser, openPage, screenshot, sharedBrowser, SHOTS } from './browser';

/** The QR code on the page, drawn on a canvas in the page and read in Node as a camera would. */
async function scanQr(page: Page): Promise<string | null> {
  const { width, height, pixels } = await page.evaluate(async () => {
    const svg = document.querySelector('.join-qr svg') as SVGSVGElement;
    const image = new Image();
    image.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0, 400, 400);
    return { width: 400, height: 400, pixels: Array.from(context.getImageData(0, 0, 400, 400).data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data ?? null;
}

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.skipIf(!hasBrowser)('hosting and sharing in Chromium', { timeout: 120_000 }, () => {
  const chromium = sharedBrowser();

  it('hosts a session: a typed seed becomes a join link and a QR code that scans to it, and the link starts that run', async () => {
    const { page, errors } = await openPage(chromium.current, '?view=host');
    await page.fill('#host-seed', 'offsite-2026');
    await page.selectOption('#host-scenario', 'startup');
    await page.keyboard.press('Enter');
    const link = await page.inputValue('#join-link');
    expect(new URL(link).searchParams.get('seed')).toBe('offsite-2026');
    expect(new URL(link).searchParams.get('scenario')).toBe('startup');
    await expect(scanQr(page)).resolves.toBe(link);
    await expect(page.locator('.join-qr figcaption').innerText()).resolves.toBe('Seed: offsite-2026 · Scenario: Startup');
    // Served here from 127.0.0.1, the link reaches no phone in a room, and the card says so.
    await expect(page.locator('.join .problems').innerText()).resolves.toContain('This link points at 127.0.0.1, which is this computer alone');
    await screenshot(page, 'host-desktop');
    // A reload keeps the session on screen: the address holds it.
    await page.reload();
    await expect(page.inputValue('#join-link')).resolves.toBe(link);
    // A form that no longer matches the card takes the card down, until the link is shown again.
    await page.selectOption('#host-scenario', 'default');
    expect(await page.locator('#join-link').count()).toBe(0);
    await expect(page.locator('.join-stale').innerText()).resolves.toContain('show the join link again');
    await page.selectOption('#host-scenario', 'startup');
    await page.fill('#host-seed', 'offsite-2027');
    expect(await page.locator('.join-qr').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect(page.inputValue('#join-link')).resolves.toContain('offsite-2027');
    // The header's links across lead to this session's room and lab, as the card's do.
    const across = async (name: string): Promise<URLSearchParams> => new URL((await page.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '').searchParams;
    for (const [name, view] of [['The room', 'room'], ['Strategy lab', 'lab']] as const) {
      const params = await across(name);
      expect([params.get('view'), params.get('seed'), params.get('scenario')]).toEqual([view, 'offsite-2027', 'startup']);
    }
    // and, from the room, on to the lab and back to hosting the same session.
    await page.getByRole('link', { name: 'The room', exact: true }).click();
    await page.waitForSelector('#room-codes');
    expect((await across('Strategy lab')).get('seed')).toBe('offsite-2027');
    expect((await across('Host a session')).get('scenario')).toBe('startup');
    await page.goto(link);
    await page.waitForSelector('button[data-choice="1"]');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('interdell.save') ?? '{}').code)).toMatch(new RegExp(`^${GAME_VERSION}\\.startup\\.`));
    expect(errors).toEqual([]);
  });

  it('carries no seed the host page refused on to the room or the lab', async () => {
    const { page, errors } = await openPage(chromium.current, '?view=host&seed=%E0%A4%A&scenario=startup');
    await expect(page.locator('.problems').innerText()).resolves.toContain('broken %-escape');
    const room = new URL((await page.getByRole('link', { name: 'The room', exact: true }).getAttribute('href')) ?? '').searchParams;
    expect([room.get('seed'), room.get('scenario')]).toEqual([null, 'startup']);
    expect(errors).toEqual([]);
  });

  it('names what is wrong with a hostile host link, as text, and still offers the form', async () => {
    const { page, errors } = await openPage(chromium.current, `?view=host&scenario=${encodeURIComponent('<img src=x onerror=alert(1)>')}&seed=`, { width: 360, height: 640 });
    await expect(page.locator('.problems').innerText()).resolves.toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('.problems img').count()).toBe(0);
    await page.click('[data-action="host-daily"]');
    await expect(scanQr(page)).resolves.toBe(await page.inputValue('#join-link'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'host-phone');
    expect(errors).toEqual([]);
  });

  it('saves a finished run as a result card (PNG) and as the run record (JSON)', async () => {
    const run = simulateCareer(defaultScenario(), 'balanced', 'result-card', true);
    const { page, errors } = await openPage(chromium.current, '');
    await page.evaluate((code) => localStorage.setItem('interdell.save', JSON.stringify({ format: 1, code })), runCodeOf(run));
    await page.reload();
    await page.click('[data-action="resume"]');
    await page.waitForSelector('#outcome-title');
    const [card] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="save-card"]')]);
    expect(card.suggestedFilename()).toMatch(/^interdell-result-card-.+\.png$/);
    const png = readFileSync((await card.path()) as string);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    await card.saveAs(`${SHOTS}/result-card.png`);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="save-json"]')]);
    expect(JSON.parse(readFileSync((await json.path()) as string, 'utf8'))).toEqual(JSON.parse(JSON.stringify(runRecord(run, 'player'))));
    expect(await page.getAttribute('a.lab-link', 'href')).toContain(`view=lab&code=${encodeURIComponent(runCodeOf(run))}`);
    expect(errors).toEqual([]);
  });

  it('keeps the longest seed inside the result card', async () => {
    const run = simulateCareer(defaultScenario(), 'opt-out', 'W'.repeat(MAX_SEED_LENGTH), true);
    const { page, errors } = await openPage(chromium.current, '', undefined, false, { 'interdell.save': JSON.stringify({ format: 1, code: runCodeOf(run) }) });
    await page.click('[data-action="resume"]');
    await page.waitForSelector('#outcome-title');
    const [card] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="save-card"]')]);
    await card.saveAs(`${SHOTS}/result-card-long-seed.png`);
    const png = readFileSync((await card.path()) as string).toString('base64');
    // The seed's line (its text between y 528 and 554) leaves the card's right margin (the last 48 px) blank.
    const inkInMargin = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(image, 0, 0);
      const { data: pixels } = ctx.getImageData(image.width - 48, 528, 48, 26);
      const [r, g, b] = [pixels[0], pixels[1], pixels[2]];
      let differing = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] !== r || pixels[i + 1] !== g || pixels[i + 2] !== b) differing++;
      return differing;
    }, png);
    expect(inkInMargin).toBe(0);
    expect(errors).toEqual([]);
  });
});
