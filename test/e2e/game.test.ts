// The game in a real browser: played by keyboard alone from the title to the outcome (the menu, the
// panel's scroll and the focus with it), the outcome and run code agree with the Node replay, a replay
// steps both ways, the map's paths can be clicked, and the layout holds from a phone to a large desktop
// (saves and links: saves.test.ts). Screenshots land in test-output/screenshots (git-ignored).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioById } from '../../src/content/index';
import { createRun, decodeRunCode, legalMoves, recordHash, replay, runRecord, simulateCareer } from '../../src/engine/index';
import { computeLayout } from '../../src/scenes/layout';
import { moveRoutes } from '../../src/scenes/routes';
import { hasBrowser, openPage, playToTheEnd, saveRun, screenshot, sharedBrowser } from './browser';

const ROOT = join(__dirname, '../..');
const content = defaultScenario();

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
    // The last half-year's end is on the screen too, not only said to a screen reader.
    await expect(page.locator('.outcome .happened h3').first().textContent()).resolves.toBe('How the last half-year ended');
    await expect(page.locator('.outcome .happened .check-in li').count()).resolves.toBe(4);
    // The meters the run ended on are said in words, as the room shows them.
    const last = await page.$$eval('.timeline tr:last-child td', (cells) => cells.map((c) => c.textContent));
    const halfYears = await page.locator('.timeline tr:has(td)').count();
    await expect(page.locator('.outcome .finals').innerText()).resolves.toBe(`Satisfaction ${last[2]}, burnout ${last[3]}, pay $${last[4]}k a year, after ${halfYears} half-years.`);
    await screenshot(page, 'outcome-desktop');
    // The same career again, to play differently: the same seed, a new run.
    await page.getByRole('button', { name: 'Play seed keyboard-only again' }).click();
    await page.waitForSelector('button[data-choice="1"]');
    await expect(page.locator('.hud-when').innerText()).resolves.toMatch(/^Year 1, first half/);
    await page.keyboard.press('Escape');
    await expect(page.locator('#menu-run-code').inputValue()).resolves.toMatch(/^\d+\.default\.a2V5Ym9hcmQtb25seQ\./);
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

  it('opens the menu from its button, copies the run code from it saying so on screen, and opens it by Escape from the read-only run code field', async () => {
    const finished = runRecord(simulateCareer(content, 'balanced', 'menu-button', true), 'balanced').code;
    const { page, errors } = await openPage(chromium.current, '?seed=menu-button', { width: 390, height: 844 }, true);
    await page.waitForSelector('button[data-choice="1"]');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.waitForSelector('dialog.menu[open]');
    // Copying says on screen what happened, whether the browser lets the page copy or not.
    const copied = page.locator('dialog.menu .action-status');
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await page.getByRole('button', { name: 'Copy the run code' }).click();
    await expect(copied.innerText()).resolves.toContain('did not let the page copy: the run code is selected above');
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.resolve() } }));
    await page.getByRole('button', { name: 'Copy the run code' }).click();
    await page.waitForFunction(() => document.querySelector('dialog.menu .action-status')?.textContent === 'Run code copied.');
    await page.getByRole('button', { name: 'Close the menu' }).click();
    // A finished run, saved, opens at its outcome.
    await saveRun(page, finished);
    await page.reload();
    await page.waitForSelector('#copy-run-code');
    await page.focus('#copy-run-code');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.menu[open]');
    expect(errors).toEqual([]);
  });

  it("tells a screen reader each half-year's story, the check-in's answers and how the meters moved", async () => {
    const { page, errors } = await openPage(chromium.current, '?seed=told');
    await page.waitForSelector('button[data-choice="1"]');
    await page.keyboard.press('1');
    await page.waitForSelector('#event-title');
    const title = (await page.textContent('#event-title')) as string;
    const story = content.storylets.find((s) => s.title === title)?.text as string;
    await expect(page.textContent('#announcer')).resolves.toContain(`${title}. ${story}`);
    const meters = (): Promise<string> => page.locator('.hud [role="meter"]').evaluateAll((all) => all.map((m) => m.getAttribute('aria-valuenow')).join(' '));
    const before = await meters();
    await page.keyboard.press('1');
    await page.waitForSelector('#event-title', { state: 'detached' });
    const told = (await page.textContent('#announcer')) as string;
    expect(told).toContain('Check-in: Am I learning?');
    expect(told.includes(' up ') || told.includes(' down ')).toBe(before !== (await meters()));
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

  it('says on a phone on its side that the choices lie below the story, and takes the player to them', async () => {
    const { page, errors } = await openPage(chromium.current, '?seed=qa1', { width: 844, height: 390 }, true);
    await page.waitForSelector('button[data-choice="1"]');
    await page.keyboard.press('1');
    await page.waitForSelector('#event-title');
    const cue = page.locator('.choices-cue');
    await cue.waitFor({ state: 'visible' });
    const choices = await page.locator('.choices button[data-choice]').count();
    await expect(cue.innerText()).resolves.toBe(`↓ ${choices} choices`);
    expect(await page.locator('button[data-choice="1"]').isVisible()).toBe(true);
    expect(await page.locator('button[data-choice="1"]').evaluate((b) => b.getBoundingClientRect().top >= innerHeight)).toBe(true);
    await cue.tap();
    await cue.waitFor({ state: 'hidden' });
    // The first choice is wholly in sight, and has the focus it had before.
    expect(await page.locator('button[data-choice="1"]').evaluate((b) => b.getBoundingClientRect().top >= 0 && b.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-choice'))).resolves.toBe('1');
    // Out of the tab order and unseen by assistive technology: keys and a screen reader reach the choices themselves.
    await expect(cue.getAttribute('aria-hidden')).resolves.toBe('true');
    await expect(cue.getAttribute('tabindex')).resolves.toBe('-1');
    // Where the choices fit on the screen, there is no cue.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('1');
    await page.waitForSelector('.choices button[data-choice="1"]');
    await expect(page.locator('.choices-cue').isVisible()).resolves.toBe(false);
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
    const codeScenario = scenarioById(decoded.value.scenario);
    const replayed = codeScenario && replay(codeScenario, decoded.value.seed, decoded.value.commands);
    if (!replayed?.ok) throw new Error('the code did not replay in Node');
    const record = runRecord(replayed.value, 'player');
    expect(fingerprint).toBe(recordHash(record));
    expect(title).toBe(codeScenario?.outcomes.get(record.outcome ?? 'content-intermediate')?.title);
    const cli = JSON.parse(execFileSync('node', ['--import', 'tsx', 'src/cli/sim.ts', '--replay', code, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' }));
    expect(cli.code).toBe(code);
    expect(cli.outcome).toBe(record.outcome);
    expect(recordHash(cli)).toBe(fingerprint);
  });

  it('replays a run code from a link step by step, forward and back, to the same outcome', async () => {
    const run = simulateCareer(content, 'balanced', 'replay-link', true);
    const code = runRecord(run, 'balanced').code;
    const { page, errors } = await openPage(chromium.current, `?code=${encodeURIComponent(code)}`);
    const where = page.locator('.replay-where');
    await expect(where.innerText()).resolves.toContain(`step 0 of ${run.commands.length}`);
    // The code's next choice is marked, for the eye and for a screen reader.
    const first = run.commands[0];
    const firstPath = first?.type === 'move' ? legalMoves(createRun(content, { seed: 'replay-link' })).findIndex((m) => m.move === first.move && m.toward === first.toward) : -1;
    await expect(page.getAttribute('button.chosen', 'data-choice')).resolves.toBe(String(firstPath + 1));
    await expect(page.getByRole('button', { name: /the run’s choice$/ }).count()).resolves.toBe(1);
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
    // The arrow keys step forward and back, wherever the focus is.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(where.innerText()).resolves.toContain('step 3 of');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(where.innerText()).resolves.toContain('step 1 of');
    for (let i = 1; i < run.commands.length - 1; i++) await page.click('[data-action="replay-forward"]');
    // Enter on Forward at the last step: the focus rests on where the replay stands, so Enter again turns nothing back.
    await page.focus('[data-action="replay-forward"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(where.innerText()).resolves.toContain(`step ${run.commands.length} of`);
    const outcome = content.outcomes.get(run.outcome ?? 'content-intermediate')?.title;
    await expect(page.textContent('#outcome-title')).resolves.toBe(outcome);
    await expect(page.textContent('#announcer')).resolves.toContain(`The run is over: ${outcome}.`);
    // The menu leaves the replay as its own button does, the link dropped from the address bar.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Leave the replay' }).last().click();
    await page.waitForSelector('#seed');
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
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
    const state = createRun(content, { seed });
    const routes = moveRoutes(computeLayout(stage.width, stage.height), state, legalMoves(state));
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

  it.each([
    ['phone', { width: 360, height: 640 }],
    ['desktop-hd', { width: 1920, height: 1080 }],
  ])('lays out on a %s without scrolling the page with the map drawn (and a phone plays a whole run)', async (name, viewport) => {
    const { page, errors } = await openPage(chromium.current, '?seed=layout', viewport);
    await page.waitForSelector('button[data-choice="1"]');
    await page.waitForSelector('#stage canvas');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Nor up and down: the panel scrolls on its own, and the page does not (its hidden announcer once added 7 px).
    await expect(page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).resolves.toBeLessThanOrEqual(0);
    const box = await page.locator('#stage canvas').boundingBox();
    expect(box && box.width > 100 && box.height > 100).toBe(true);
    await screenshot(page, `world-${name}`);
    if (name === 'phone') {
      await playToTheEnd(page);
      // The outcome's widest part, the meters table, scrolls within itself: the panel never scrolls sideways.
      await page.click('.timeline summary');
      await expect(page.evaluate(() => document.getElementById('panel')?.scrollWidth ?? 0)).resolves.toBeLessThanOrEqual(await page.evaluate(() => document.getElementById('panel')?.clientWidth ?? 0));
      await screenshot(page, `outcome-${name}`);
    }
    expect(errors).toEqual([]);
  });
});
