// Every screen checked by axe-core, the engine behind most accessibility audits: names of buttons,
// fields and images, landmarks, headings, colour contrast and ARIA use. A moderate, serious or critical
// violation fails the test with the rule, why it matters and where it is.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { runCodeOf, simulateCareer } from '../../src/engine/index';
import { hasBrowser, openPage, saveRun, sharedBrowser } from './browser';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** The moderate, serious and critical violations axe finds on the page as it stands, one line each. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const found = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`)) as Violation[];
  return found
    .filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(!hasBrowser)('accessibility of every screen (axe-core)', { timeout: 180_000 }, () => {
  const chromium = sharedBrowser();
  const finished = runCodeOf(simulateCareer(defaultScenario(), 'balanced', 'axe', true));

  it.each([
    ['the title screen', '', '[data-action="start"]'],
    ['a half-year on the map', '?seed=axe', 'button[data-choice="1"]'],
    ['a replay', `?code=${encodeURIComponent(finished)}`, '[data-action="replay-forward"]'],
    ['hosting a session', '?view=host&seed=axe', '#join-link'],
    ['the room', '?view=room', '#room-codes'],
    ['the strategy lab', '?view=lab', '[data-action="lab-run"]'],
  ])('%s has no moderate, serious or critical violations', async (_name, path, ready) => {
    const { page } = await openPage(chromium.current, path);
    await page.waitForSelector(ready);
    expect(await violations(page)).toEqual([]);
  });

  it('the event card and the outcome screen have none either', async () => {
    const { page } = await openPage(chromium.current, '?seed=axe-event');
    await page.waitForSelector('button[data-choice="1"]');
    await page.keyboard.press('1');
    await page.waitForSelector('#event-title');
    expect(await violations(page)).toEqual([]);
    // On a phone on its side, with the cue that the choices lie below the story.
    await page.setViewportSize({ width: 844, height: 390 });
    await page.locator('.choices-cue').waitFor({ state: 'visible' });
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await saveRun(page, finished);
    await page.goto(page.url().split('?')[0] as string);
    await page.click('[data-action="resume"]');
    await page.waitForSelector('#outcome-title');
    expect(await violations(page)).toEqual([]);
  });

  it('the room full of runs and the lab with its results have none either', async () => {
    const { page } = await openPage(chromium.current, '?view=room');
    const codes = ['a', 'b', 'c'].map((seed) => runCodeOf(simulateCareer(defaultScenario(), 'balanced', seed, true)));
    await page.fill('#room-codes', codes.join('\n'));
    await page.click('text=Add codes');
    await page.waitForSelector('#room-debrief svg[role="img"]');
    expect(await violations(page)).toEqual([]);
    await page.goto(page.url().replace('view=room', 'view=lab&runs=50'));
    await page.click('[data-action="lab-run"]');
    await page.waitForSelector('#view svg[role="img"]');
    expect(await violations(page)).toEqual([]);
  });
});
