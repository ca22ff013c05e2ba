// Saves and links in a real browser: a reload resumes the run; a save that cannot be read, or was made
// by another version, is set aside, reported and its career offered again; a link that would start or
// replay a run over such a save reports it at the right moment. Apart from game.test.ts so that the
// two test workers share the browser tests.
import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioById } from '../../src/content/index';
import { decodeRunCode, encodeRunCode, GAME_VERSION, runRecord, simulateCareer, type CompiledScenario } from '../../src/engine/index';
import { RESTART_HINT } from '../../src/session/launch';
import { hasBrowser, openPage, saveRun, screenshot, sharedBrowser } from './browser';
const content = defaultScenario();

// Software WebGL makes each frame slow on machines without a GPU, so these tests get room to finish.
describe.skipIf(!hasBrowser)('saves and links in Chromium', { timeout: 300_000 }, () => {
  const chromium = sharedBrowser();

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


  it('plays on, and says the run is not kept, when storage refuses a write mid-run', async () => {
    const { page, errors } = await openPage(chromium.current, '?seed=full-storage');
    await page.waitForSelector('button[data-choice="1"]');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.keyboard.press('1');
    const warning = page.locator('.problems');
    await expect(warning.innerText()).resolves.toContain('This run is not saved in this browser (The quota has been exceeded)');
    await expect(warning.getAttribute('role')).resolves.toBe('alert');
    const where = await page.locator('.hud').innerText();
    await page.keyboard.press('1');
    await page.waitForFunction((text) => document.querySelector('.hud')?.textContent !== text, where);
    // Said once as an alert, then kept on screen without being read out at every half-step.
    await expect(warning.getAttribute('role')).resolves.toBeNull();
    await screenshot(page, 'run-not-saved');
    expect(errors).toEqual([]);
  });

  it('plays and hosts in a browser that refuses the page its storage, and says nothing is kept', async () => {
    const { page, errors } = await openPage(chromium.current, '');
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      }),
    );
    await page.reload();
    await expect(page.locator('.problems').innerText()).resolves.toContain('does not let the page keep anything (Access is denied for this document)');
    await page.click('[data-action="start"]');
    await page.waitForSelector('button[data-choice="1"]');
    await expect(page.locator('.problems').innerText()).resolves.toContain('This run is not saved in this browser');
    await page.keyboard.press('1');
    await page.waitForSelector('.event-card');
    await page.goto(`${page.url().split('?')[0]}?view=room`);
    await expect(page.locator('.problems').first().innerText()).resolves.toContain('does not let the page keep anything');
    expect(errors).toEqual([]);
  });

  it('says so when the scenarios cannot be loaded, keeps the saved run, and starts once they load', async () => {
    const { page } = await openPage(chromium.current, '');
    const code = runRecord(simulateCareer(content, 'balanced', 'kept-while-offline', true), 'balanced').code;
    await saveRun(page, code);
    const saved = await page.evaluate(() => localStorage.getItem('interdell.save'));
    await page.route('**/resolve-*.js', (route) => route.abort());
    await page.reload();
    await expect(page.locator('.problems').innerText()).resolves.toContain("The game's scenarios could not be loaded");
    expect(await page.locator('[data-action="resume"]').count()).toBe(0);
    await expect(page.evaluate(() => localStorage.getItem('interdell.save'))).resolves.toBe(saved);
    await page.unroute('**/resolve-*.js');
    await page.click('[data-action="start"]');
    await page.waitForSelector('button[data-choice="1"]');
  });

  it('has the title choose the scenario a link names without a seed', async () => {
    const { page, errors } = await openPage(chromium.current, '?scenario=startup');
    await page.waitForSelector('#seed');
    await expect(page.locator('#scenario').inputValue()).resolves.toBe('startup');
    await expect(page.locator('#seed').inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
  });

  it('says what is wrong with a link to a screen reader too, and keeps its good seed', async () => {
    const { page, errors } = await openPage(chromium.current, '?seed=abc&scenario=nonsense');
    await page.waitForSelector('#seed');
    await expect(page.locator('#seed').inputValue()).resolves.toBe('abc');
    await expect(page.textContent('#announcer')).resolves.toMatch(/^Interdell\. This link asks for scenario "nonsense", which this game does not have\..* Start a new run\.$/);
    await page.goto(`${page.url().split('?')[0]}?code=garbage`);
    await page.waitForSelector('#seed');
    await expect(page.textContent('#announcer')).resolves.toContain('The run code in this link cannot be replayed');
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
    await saveRun(page, code);
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
    const broken = { 'interdell.save': '{"format":1,"code":"broken"}' };
    const { page, errors } = await openPage(chromium.current, '?seed=linked-run&scenario=startup', undefined, false, broken);
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
    const code = runRecord(simulateCareer(content, 'opt-out', 'replay-over-save', true), 'opt-out').code;
    const broken = { 'interdell.save': '{"format":1,"code":"broken"}' };
    const { page, errors } = await openPage(chromium.current, `?code=${encodeURIComponent(code)}`, undefined, false, broken);
    await page.waitForSelector('.replay-where');
    expect(await page.locator('.problems').count()).toBe(0);
    await page.getByRole('button', { name: 'Leave the replay' }).click();
    await expect(page.locator('.problems').innerText()).resolves.toContain('could not be read');
    // Left behind, the link is gone from the address bar, so a reload shows the title, not the replay again.
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it("leaves the saved run alone when a replay's outcome starts a new run, and gives the title the focus", async () => {
    const { page, errors } = await openPage(chromium.current, '?seed=mine-to-keep');
    await page.waitForSelector('button[data-choice="1"]');
    await page.keyboard.press('1');
    await page.waitForSelector('#event-title');
    const saved = await page.evaluate(() => localStorage.getItem('interdell.save'));
    // Someone else's career in the startup scenario, short (it leaves the industry after six
    // half-years), so the replay is soon at its end.
    const run = simulateCareer(scenarioById('startup') as CompiledScenario, 'go-pm', 'short-154', true);
    expect(run.commands).toHaveLength(12);
    await page.goto(`${page.url().split('?')[0]}?code=${encodeURIComponent(runRecord(run, 'go-pm').code)}`);
    await page.waitForSelector('[data-action="replay-forward"]');
    for (let i = 0; i < run.commands.length; i++) await page.click('[data-action="replay-forward"]');
    await page.getByRole('button', { name: 'Start a new run' }).click();
    await page.waitForSelector('[data-action="resume"]');
    expect(await page.evaluate(() => localStorage.getItem('interdell.save'))).toBe(saved);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    // A new run keeps the scenario of the run just seen, and leaves the seed to choose.
    await expect(page.inputValue('#scenario')).resolves.toBe('startup');
    await expect(page.inputValue('#seed')).resolves.toBe('');
    expect(errors).toEqual([]);
  });
});
