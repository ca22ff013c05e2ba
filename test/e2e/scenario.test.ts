// Custom scenarios in a real browser: a good file is loaded from the title screen and played (its
// storylet shows, its codes carry its hash, the run resumes and replays); a bad file lists precise
// problems as text; and export downloads a file that reads back. Screenshots: title-scenario-loaded,
// title-scenario-error (test-output/screenshots).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeRunCode } from '../../src/engine/index';
import { readScenarioText } from '../../src/scenario-file/parse';
import { exported, firstStepStorylet } from '../scenario-file/helpers';
import { hasBrowser, openPage, screenshot, sharedBrowser } from './browser';

const MARKUP_TITLE = '<b>Onboarding</b> season';

function goodFile(): string {
  const file = exported();
  file.id = 'onboarding';
  file.name = 'Onboarding season';
  file.description = 'The default valley, where every first step up starts with running onboarding.';
  file.storylets.add = [firstStepStorylet('onboarding-programme', MARKUP_TITLE)];
  return JSON.stringify(file, null, 2);
}

function badFile(): string {
  const file = exported();
  file.base = '<img src=x onerror="document.title=1">';
  file.turns = 'twenty';
  file.tuning.crossingchance = 0.4;
  return JSON.stringify(file);
}

async function choose(page: Page, name: string, text: string): Promise<void> {
  await page.setInputFiles('#scenario-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function savedCode(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('interdell.save') ?? '{}').code as string);
}

describe.skipIf(!hasBrowser)('scenario files in Chromium', { timeout: 300_000 }, () => {
  const chromium = sharedBrowser();

  it('loads a good file, plays its storylet, and resumes and replays the run in it', async () => {
    const { page, errors } = await openPage(chromium.current, '');
    await page.waitForSelector('#scenario-file');
    await choose(page, 'onboarding.json', goodFile());
    const status = page.locator('#scenario-file-status');
    await status.locator('p').waitFor();
    await expect(status.innerText()).resolves.toBe('Loaded “Onboarding season”; it is chosen for your next run.');
    const field = await page.inputValue('#scenario');
    expect(field).toMatch(/^onboarding~[0-9a-f]{8}$/);
    await expect(page.locator('#scenario option:checked').innerText()).resolves.toBe(`Onboarding season (from a file, version ${field.split('~')[1]})`);
    await expect(page.locator('#scenario-about').innerText()).resolves.toContain('every first step up starts with running onboarding');
    await screenshot(page, 'title-scenario-loaded');

    await page.fill('#seed', 'custom-file');
    await page.click('[data-action="start"]');
    await page.locator('button[data-choice]', { hasText: 'Step up' }).first().click();
    await page.waitForSelector('#event-title');
    await expect(page.locator('#event-title').innerText()).resolves.toBe(MARKUP_TITLE);
    await expect(page.locator('#event-title b').count()).resolves.toBe(0);
    for (const key of ['1', '1', '2']) {
      const before = await page.locator('#panel').innerText();
      await page.keyboard.press(key);
      await page.waitForFunction((text) => document.getElementById('panel')?.innerText !== text, before);
    }
    const code = await savedCode(page);
    const decoded = decodeRunCode(code);
    expect(decoded.ok && decoded.value.scenario).toBe(field);

    const where = await page.locator('.hud').innerText();
    await page.reload();
    await page.click('[data-action="resume"]');
    await page.waitForSelector('.hud');
    await expect(page.locator('.hud').innerText()).resolves.toBe(where);
    await expect(savedCode(page)).resolves.toBe(code);

    await page.goto(page.url().replace(/\?.*$/, '') + `?code=${encodeURIComponent(code)}`);
    await page.waitForSelector('[data-action="replay-forward"]');
    await page.click('[data-action="replay-forward"]');
    await expect(page.locator('#event-title').innerText()).resolves.toBe(MARKUP_TITLE);
    expect(errors).toEqual([]);
  });

  it('hosts a session and opens the lab on a scenario loaded from a file, telling the host the room needs the file', async () => {
    const { page, errors } = await openPage(chromium.current, '');
    await page.waitForSelector('#scenario-file');
    await choose(page, 'onboarding.json', goodFile());
    await page.locator('#scenario-file-status p').waitFor();
    const field = await page.inputValue('#scenario');
    const lab = new URLSearchParams(((await page.getAttribute('a:text("The strategy lab")', 'href')) ?? '').slice(1));
    expect([lab.get('view'), lab.get('scenario')]).toEqual(['lab', field]);
    await page.click('a:text("Host a session")');
    await page.waitForSelector('#host-seed');
    await expect(page.inputValue('#host-scenario')).resolves.toBe(field);
    await page.fill('#host-seed', 'offsite');
    await page.click('[data-action="host"]');
    await expect(page.locator('.host-file-note').innerText()).resolves.toContain('“Onboarding season” was loaded from a file');
    expect(new URL(await page.inputValue('#join-link')).searchParams.get('scenario')).toBe(field);
    expect(errors).toEqual([]);
  });

  it('says when a link names a custom scenario this browser has not loaded', async () => {
    const { page } = await openPage(chromium.current, '?seed=offsite&scenario=onboarding~0a1b2c3d');
    await expect(page.locator('.problems').innerText()).resolves.toBe(
      'This link starts a run that cannot be played here: it was made with a scenario file whose id is "onboarding" (version 0a1b2c3d), which is not loaded in this browser: load that file on the title screen first. Its seed is filled in below, to start once the scenario is loaded.',
    );
    await expect(page.inputValue('#seed')).resolves.toBe('offsite');
    // Started anyway, the run would be another scenario's, and its code would not join the session's.
    await page.getByRole('button', { name: 'Start a run' }).click();
    await expect(page.locator('#scenario-error').innerText()).resolves.toBe('Choose a scenario first: load the file the link names, or pick one from the list.');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('scenario');
    expect(await page.locator('button[data-choice]').count()).toBe(0);
    await page.selectOption('#scenario', 'startup');
    await expect(page.locator('#scenario-error').innerText()).resolves.toBe('');
    // A run started here is the player's own: after a reload the title offers to resume it, rather than
    // following the link again and reporting its scenario file missing.
    await page.getByRole('button', { name: 'Start a run' }).click();
    await page.waitForSelector('button[data-choice="1"]');
    await page.keyboard.press('1');
    await page.waitForSelector('#event-title');
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await expect(page.locator('[data-action="resume"]').innerText()).resolves.toMatch(/^Resume your run: .*\(seed offsite\)$/);
    expect(await page.locator('.problems').count()).toBe(0);
  });

  it('lists the precise problems of a bad file, as text', async () => {
    const { page, errors } = await openPage(chromium.current, '');
    await page.waitForSelector('#scenario-file');
    await choose(page, '<i>bad</i>.json', badFile());
    const status = page.locator('#scenario-file-status');
    await status.locator('li').first().waitFor();
    await expect(status.locator('p').innerText()).resolves.toBe('The scenario file "<i>bad</i>.json" cannot be loaded:');
    await expect(status.locator('li').allInnerTexts()).resolves.toEqual([
      'base: expected one of "default", "big-tech", "startup", "manager-heavy", found "<img src=x onerror=\\"document.title=1\\">"',
      'turns: expected a number, found "twenty"',
      'tuning.crossingchance: is not a field here; did you mean crossingChance?',
    ]);
    await expect(status.locator('img, i').count()).resolves.toBe(0);
    await expect(page.title()).resolves.not.toBe('1');
    await expect(page.inputValue('#scenario')).resolves.toBe('default');
    await screenshot(page, 'title-scenario-error');
    expect(errors).toEqual([]);
  });

  it('reports scenario files saved in this browser that no longer read, and keeps them aside', async () => {
    const stored = '{"format":1,"files":[{"format":1,"name":"<b>Old</b>"}]}';
    const { page, errors } = await openPage(chromium.current, '', undefined, false, { 'interdell.scenarios': stored });
    const status = page.locator('#scenario-file-status');
    await status.locator('li').first().waitFor();
    await expect(status.locator('li').allInnerTexts()).resolves.toEqual([
      'The scenario "<b>Old</b>" saved in this browser no longer loads (base: is missing). It is kept, untouched, under "interdell.scenarios.unreadable.1".',
    ]);
    await expect(page.evaluate(() => localStorage.getItem('interdell.scenarios.unreadable.1'))).resolves.toContain('<b>Old</b>');
    expect(errors).toEqual([]);
  });

  it('exports the chosen scenario as a file that reads back', async () => {
    const { page } = await openPage(chromium.current, '');
    await page.waitForSelector('#scenario-file');
    await page.selectOption('#scenario', 'big-tech');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-scenario"]')]);
    expect(download.suggestedFilename()).toBe('interdell-scenario-big-tech.json');
    const read = readScenarioText(await readFile(await download.path(), 'utf8'));
    expect(read.ok && read.value.base).toBe('big-tech');
    expect(read.ok && read.value.tuning?.annualRaisePercent).toBe(5);
  });
});
