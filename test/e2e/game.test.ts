// The game in a real browser: played by keyboard alone from the title to the outcome, the outcome and
// run code agree with the Node replay, a reload resumes, a corrupt save is set aside, and the layout
// holds from a phone to a large desktop. Screenshots land in test-output/screenshots (git-ignored).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/content/index';
import { createRun, decodeRunCode, encodeRunCode, GAME_VERSION, legalMoves, recordHash, replay, runRecord, simulateCareer } from '../../src/engine/index';
import { RESTART_HINT } from '../../src/session/launch';
import { computeLayout } from '../../src/scenes/layout';
import { moveRoutes } from '../../src/scenes/routes';
import { hasBrowser, openPage, playToTheEnd, screenshot, sharedBrowser } from './browser';

const ROOT = join(__dirname, '../..');

// Software WebGL makes each frame slow on machines without a GPU, so these tests get room to finish.
describe.skipIf(!hasBrowser)('the game in Chromium', { timeout: 300_000 }, () => {
  const chromium = sharedBrowser();

  it('plays a seeded run from the title screen to the outcome by keyboard alone', async () => {
    const { page, errors } = await openPage(chromium.current, '');
    await page.waitForSelector('#seed');
    await screenshot(page, 'title-desktop');
    await page.keyboard.press('Tab');
    await page.focus('#seed');
    await page.keyboard.type('keyboard-only');
    await page.keyboard.press('Enter');
    await page.waitForSelector('button[data-choice="1"]');
    await screenshot(page, 'world-moves-desktop');
    await page.keyboard.press('1');
    await page.waitForSelector('#event-title');
    await screenshot(page, 'world-event-desktop');
    await playToTheEnd(page, (step, choices) => 1 + (step % choices));
    await expect(page.locator('#outcome-title').textContent()).resolves.toBeTruthy();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('outcome-title');
    await screenshot(page, 'outcome-desktop');
    expect(errors).toEqual([]);
  });

  it('keeps the game still behind the Escape menu, which Escape closes again', async () => {
    const { page, errors } = await openPage(chromium.current, '?seed=menu-keys');
    await page.waitForSelector('button[data-choice="1"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.menu[open]');
    await page.keyboard.press('1');
    expect(await page.locator('#event-title').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.menu', { state: 'detached' });
    await page.keyboard.press('1');
    await page.waitForSelector('#event-title');
    expect(errors).toEqual([]);
  });

  it('starts every half-year on a phone at the top of the panel, what happened first, and the outcome at its title', async () => {
    const { page, errors } = await openPage(chromium.current, '?seed=phone-top', { width: 390, height: 844 });
    await page.waitForSelector('button[data-choice="1"]');
    const panelTop = (): Promise<number> => page.evaluate(() => document.getElementById('panel')?.scrollTop ?? -1);
    for (let step = 0; step < 6; step++) {
      const before = await page.locator('#panel').innerText();
      await page.keyboard.press('1');
      await page.waitForFunction((text) => document.getElementById('panel')?.innerText !== text, before);
      await expect(panelTop()).resolves.toBe(0);
      await expect(page.evaluate(() => document.activeElement?.getAttribute('data-choice'))).resolves.toBe('1');
    }
    await playToTheEnd(page);
    await expect(panelTop()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('outcome-title');
    expect(errors).toEqual([]);
  });

  it('shows the outcome and run code that the Node replay and the sim CLI compute for that code', async () => {
    const { page } = await openPage(chromium.current, '?seed=parity&scenario=default');
    await playToTheEnd(page, (step, choices) => 1 + ((step * 7) % choices));
    const code = await page.inputValue('#copy-run-code');
    const title = await page.textContent('#outcome-title');
    const fingerprint = await page.getAttribute('[data-fingerprint]', 'data-fingerprint');
    const decoded = decodeRunCode(code);
    if (!decoded.ok) throw new Error(decoded.error);
    const content = scenarioById(decoded.value.scenario);
    const replayed = content && replay(content, decoded.value.seed, decoded.value.commands);
    if (!replayed?.ok) throw new Error('the code did not replay in Node');
    const record = runRecord(replayed.value, 'player');
    expect(fingerprint).toBe(recordHash(record));
    expect(title).toBe(content?.outcomes.get(record.outcome ?? 'content-intermediate')?.title);
    const cli = JSON.parse(execFileSync('node', ['--import', 'tsx', 'src/cli/sim.ts', '--replay', code, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' }));
    expect(cli.code).toBe(code);
    expect(cli.outcome).toBe(record.outcome);
    expect(recordHash(cli)).toBe(fingerprint);
  });

  it('replays a run code from a link step by step, forward and back, to the same outcome', async () => {
    const content = scenarioById('default');
    if (!content) throw new Error('no default scenario');
    const run = simulateCareer(content, 'balanced', 'replay-link', true);
    const code = runRecord(run, 'balanced').code;
    const { page, errors } = await openPage(chromium.current, `?code=${encodeURIComponent(code)}`);
    const where = page.locator('.replay-where');
    await expect(where.innerText()).resolves.toContain(`step 0 of ${run.commands.length}`);
    await page.click('[data-action="replay-forward"]');
    await page.click('[data-action="replay-forward"]');
    await expect(where.innerText()).resolves.toContain('step 2 of');
    await page.click('[data-action="replay-back"]');
    await expect(where.innerText()).resolves.toContain('step 1 of');
    await screenshot(page, 'replay-desktop');
    // By keyboard, Enter on a step button goes on stepping the same way.
    await page.focus('[data-action="replay-forward"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(where.innerText()).resolves.toContain('step 3 of');
    await page.focus('[data-action="replay-back"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(where.innerText()).resolves.toContain('step 1 of');
    for (let i = 1; i < run.commands.length; i++) await page.click('[data-action="replay-forward"]');
    await expect(page.textContent('#outcome-title')).resolves.toBe(content.outcomes.get(run.outcome ?? 'content-intermediate')?.title);
    expect(errors).toEqual([]);
  });

  it('resumes the saved run after a reload, and from the title screen', async () => {
    const { page } = await openPage(chromium.current, '?seed=resume-me');
    for (const key of ['2', '1', '3', '2']) {
      const before = await page.locator('#panel').innerText();
      await page.keyboard.press(key);
      await page.waitForFunction((text) => document.getElementById('panel')?.innerText !== text, before);
    }
    const where = await page.locator('.hud').innerText();
    await page.reload();
    await page.waitForSelector('.hud');
    await expect(page.locator('.hud').innerText()).resolves.toBe(where);
    await page.goto(page.url().split('?')[0] as string);
    await page.click('[data-action="resume"]');
    await expect(page.locator('.hud').innerText()).resolves.toBe(where);
  });

  it.each([
    ['a mouse click', { width: 1280, height: 800 }, false],
    ['a tap on a phone', { width: 360, height: 640 }, true],
  ] as const)('chooses a path on the map itself with %s on its numbered marker', async (_how, viewport, touch) => {
    const seed = 'map-click';
    const { page, errors } = await openPage(chromium.current, `?seed=${seed}`, viewport, touch);
    await page.waitForSelector('#stage[data-map="ready"]');
    await page.waitForSelector('button[data-choice="1"]');
    const stage = await page.locator('#stage').boundingBox();
    if (!stage) throw new Error('no stage on the page');
    const content = scenarioById('default');
    if (!content) throw new Error('no default scenario');
    const state = createRun(content, { seed });
    const routes = moveRoutes(computeLayout(stage.width, stage.height), state.region, state.role, legalMoves(state));
    const route = routes[routes.length - 1];
    if (!route) throw new Error('no move to choose');
    const at = { x: stage.x + route.marker.x, y: stage.y + route.marker.y };
    if (touch) await page.touchscreen.tap(at.x, at.y);
    else await page.mouse.click(at.x, at.y);
    await page.waitForSelector('#event-title');
    const saved = decodeRunCode(await page.evaluate(() => JSON.parse(localStorage.getItem('interdell.save') ?? '{}').code));
    expect(saved.ok && saved.value.commands).toEqual([{ type: 'move', ...route.choice }]);
    expect(errors).toEqual([]);
  });

  it('sets a corrupt save aside, says so, and keeps it', async () => {
    const { page } = await openPage(chromium.current, '');
    await page.evaluate(() => localStorage.setItem('interdell.save', '{"format":1,"code":"<b>broken</b>"}'));
    await page.reload();
    await expect(page.locator('.problems').innerText()).resolves.toContain('could not be read');
    await expect(page.evaluate(() => localStorage.getItem('interdell.save.unreadable.1'))).resolves.toContain('broken');
    expect(await page.locator('.problems b').count()).toBe(0);
    await screenshot(page, 'title-corrupt-save');
  });

  it('sets aside a save made by another version of the game and offers its career again on the title', async () => {
    const { page, errors } = await openPage(chromium.current, '');
    const code = encodeRunCode({ version: GAME_VERSION - 1, scenario: 'startup', seed: 'old-career', commands: [{ type: 'move', move: 'opt-out', toward: 'interdell' }] });
    await page.evaluate((saved) => localStorage.setItem('interdell.save', saved), JSON.stringify({ format: 1, code }));
    await page.reload();
    await expect(page.locator('.problems').innerText()).resolves.toContain(`version ${GAME_VERSION - 1}`);
    await expect(page.locator('.problems').innerText()).resolves.toContain(RESTART_HINT);
    await expect(page.locator('#seed').inputValue()).resolves.toBe('old-career');
    await expect(page.locator('#scenario').inputValue()).resolves.toBe('startup');
    await expect(page.evaluate(() => localStorage.getItem('interdell.save.unreadable.1'))).resolves.toContain(code);
    await page.click('[data-action="start"]');
    await page.waitForSelector('button[data-choice="1"]');
    const saved = decodeRunCode(await page.evaluate(() => JSON.parse(localStorage.getItem('interdell.save') ?? '{}').code));
    expect(saved.ok && [saved.value.version, saved.value.scenario, saved.value.seed]).toEqual([GAME_VERSION, 'startup', 'old-career']);
    expect(errors).toEqual([]);
  });

  it('reports a save it cannot resume before a link starts another run over it', async () => {
    const { page, errors } = await openPage(chromium.current, '?seed=linked-run&scenario=startup');
    await page.waitForSelector('button[data-choice="1"]');
    await page.evaluate(() => localStorage.setItem('interdell.save', '{"format":1,"code":"broken"}'));
    await page.reload();
    const problems = await page.locator('.problems').innerText();
    expect(problems).toContain('could not be read');
    expect(problems).toContain('This link starts a run on seed "linked-run"');
    await expect(page.locator('#seed').inputValue()).resolves.toBe('linked-run');
    await expect(page.locator('#scenario').inputValue()).resolves.toBe('startup');
    await expect(page.evaluate(() => localStorage.getItem('interdell.save.unreadable.1'))).resolves.toContain('broken');
    await page.click('[data-action="start"]');
    await page.waitForSelector('button[data-choice="1"]');
    expect(errors).toEqual([]);
  });

  it('replays a link over a save it cannot resume, reports the save on the title after, and forgets the link', async () => {
    const content = scenarioById('default');
    if (!content) throw new Error('no default scenario');
    const code = runRecord(simulateCareer(content, 'opt-out', 'replay-over-save', true), 'opt-out').code;
    const broken = { 'interdell.save': '{"format":1,"code":"broken"}' };
    const { page, errors } = await openPage(chromium.current, `?code=${encodeURIComponent(code)}`, undefined, false, broken);
    await page.waitForSelector('.replay-where');
    expect(await page.locator('.problems').count()).toBe(0);
    await page.getByRole('button', { name: 'Leave the replay' }).click();
    await expect(page.locator('.problems').innerText()).resolves.toContain('could not be read');
    // Left behind, the link is gone from the address bar: a reload shows the title, not the replay again.
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await page.waitForSelector('#seed');
    expect(await page.locator('.replay-where').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it.each([
    ['phone', { width: 360, height: 640 }],
    ['desktop-hd', { width: 1920, height: 1080 }],
  ])('lays out on a %s without sideways scrolling with the map drawn (and a phone plays a whole run)', async (name, viewport) => {
    const { page, errors } = await openPage(chromium.current, '?seed=layout', viewport);
    await page.waitForSelector('button[data-choice="1"]');
    await page.waitForSelector('#stage canvas');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator('#stage canvas').boundingBox();
    expect(box && box.width > 100 && box.height > 100).toBe(true);
    await screenshot(page, `world-${name}`);
    if (name === 'phone') {
      await playToTheEnd(page);
      await screenshot(page, `outcome-${name}`);
    }
    expect(errors).toEqual([]);
  });
});
