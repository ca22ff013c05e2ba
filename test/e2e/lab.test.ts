// The strategy lab in a real browser, on the production build: progress while the workers play,
// Cancel and a new run, results whose charts are drawn and whose tables hold the numbers Node
// computes for the same seeds, texts that never overlap on a phone or a projector, the player's run
// against the bots, and bad parameters.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/content/index';
import { runRecord, simulateCareer, STRATEGIES, type CompiledScenario } from '../../src/engine/index';
import { misplacedTexts } from './chart-text';
import { hasBrowser, openPage, screenshot, sharedBrowser, SHOTS } from './browser';

const content = scenarioById('default') as CompiledScenario;

/** Node's own count of a strategy's careers on seeds seed-0 … seed-(runs-1). */
function nodeBatch(strategy: (typeof STRATEGIES)[number], seed: string, runs: number) {
  const careers = Array.from({ length: runs }, (_, i) => simulateCareer(content, strategy, `${seed}-${i}`));
  const counts = new Map<string, number>();
  for (const c of careers) counts.set(c.outcome ?? '(unfinished)', (counts.get(c.outcome ?? '(unfinished)') ?? 0) + 1);
  const nearestRank = (values: number[], p: number): number => values.sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1] as number;
  const meter = (m: 'satisfaction' | 'burnout' | 'compensation') => [10, 25, 50, 75, 90].map((p) => Math.round(nearestRank(careers.map((c) => c[m]), p)).toLocaleString('en-US'));
  return { counts, satisfaction: meter('satisfaction'), burnout: meter('burnout'), compensation: meter('compensation') };
}

/** A table's body as rows of cell texts, keyed by the row's first cell. */
async function tableRows(page: Page, name: string): Promise<Map<string, string[]>> {
  const rows = await page.$$eval(`table[data-table="${name}"] tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  return new Map(rows.map((r) => [r[0] as string, r.slice(1)]));
}

async function fullShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function runAndWait(page: Page): Promise<void> {
  await page.click('[data-action="lab-run"]');
  await page.waitForSelector('.lab-results[aria-busy="false"] .lab-facts', { timeout: 120_000 });
}

describe.skipIf(!hasBrowser)('the strategy lab in Chromium', { timeout: 240_000 }, () => {
  const chromium = sharedBrowser();

  it('shows progress while it runs, stops on Cancel, says so, and runs again', async () => {
    const { page, errors } = await openPage(chromium.current, '?view=lab&seed=cancel-me&runs=100000');
    await page.click('[data-action="lab-run"]');
    await page.waitForFunction(() => {
      const bar = document.querySelector<HTMLProgressElement>('#lab-progress');
      return bar !== null && bar.value > 0 && bar.value < bar.max;
    });
    await expect(page.locator('#lab-status').innerText()).resolves.toMatch(/^[\d,]+ of 700,000 careers \(\d+%\)$/);
    await page.click('[data-action="lab-cancel"]');
    await expect(page.locator('#lab-status').innerText()).resolves.toMatch(/^Cancelled/);
    const stopped = await page.$eval('#lab-progress', (bar) => (bar as HTMLProgressElement).value);
    await page.waitForTimeout(500);
    await expect(page.$eval('#lab-progress', (bar) => (bar as HTMLProgressElement).value)).resolves.toBe(stopped);
    expect(stopped).toBeLessThan(700_000);
    expect(await page.locator('.lab-facts').count()).toBe(0);
    expect(await page.isEnabled('[data-action="lab-run"]')).toBe(true);
    expect(await page.isDisabled('[data-action="lab-cancel"]')).toBe(true);

    await page.fill('#lab-runs', '300');
    await runAndWait(page);
    await expect(page.locator('#lab-status').innerText()).resolves.toMatch(/^Done: 2,100 careers/);
    expect(await page.locator('.lab-stale').count()).toBe(0);

    // Cancelled, a run leaves the last results up, said to be the last finished run's, not the settings' now.
    await page.fill('#lab-runs', '100000');
    await page.click('[data-action="lab-run"]');
    await expect(page.locator('.lab-stale').innerText()).resolves.toMatch(/^These are the results of the last run that finished/);
    await page.click('[data-action="lab-cancel"]');
    await expect(page.locator('.lab-stale').innerText()).resolves.toMatch(/^Cancelled: these are still the results of the last run that finished/);
    await expect(page.locator('.lab-facts').innerText()).resolves.toMatch(/^7 strategies × 300 careers/);
    expect(errors).toEqual([]);
  });

  it('draws the charts and tables of every strategy, with the numbers Node computes for the same seeds', async () => {
    const { page, errors } = await openPage(chromium.current, '?view=lab&runs=300&seed=parity', { width: 1920, height: 1080 });
    // By keyboard: the settings field, then Enter submits.
    await page.focus('#lab-seed');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.lab-results[aria-busy="false"] .lab-facts', { timeout: 120_000 });
    expect(await page.locator('[data-chart="outcomes"] svg rect').count()).toBeGreaterThan(STRATEGIES.length);
    for (const meter of ['satisfaction', 'burnout', 'compensation']) expect(await page.locator(`[data-chart="${meter}"] svg rect`).count()).toBeGreaterThanOrEqual(STRATEGIES.length);
    const outcomes = await tableRows(page, 'outcomes');
    const header = await page.$$eval('table[data-table="outcomes"] thead th', (ths) => ths.map((th) => th.textContent));
    expect(header.length).toBe(1 + STRATEGIES.length);
    const meters = { satisfaction: await tableRows(page, 'satisfaction'), burnout: await tableRows(page, 'burnout'), compensation: await tableRows(page, 'compensation') };
    for (const [column, strategy] of STRATEGIES.entries()) {
      const node = nodeBatch(strategy, 'parity', 300);
      for (const [outcome, count] of node.counts) {
        const title = outcome === '(unfinished)' ? 'Unfinished' : (content.outcomes.get(outcome as never)?.title as string);
        expect(outcomes.get(title)?.[column], `${strategy} ${outcome}`).toMatch(new RegExp(`\\(${count}\\)$`));
      }
      const label = header[column + 1] as string;
      expect(meters.satisfaction.get(label)).toEqual(node.satisfaction);
      expect(meters.burnout.get(label)).toEqual(node.burnout);
      expect(meters.compensation.get(label)).toEqual(node.compensation);
    }
    const totals = [...outcomes.values()].reduce((sum, cells) => sum + Number(/\((\d+)\)/.exec(cells[0] ?? '')?.[1]), 0);
    expect(totals).toBe(300);
    // The address keeps the settings run, so a reload runs the same lab.
    const address = new URL(page.url()).searchParams;
    expect([address.get('view'), address.get('scenario'), address.get('seed'), address.get('runs')]).toEqual(['lab', 'default', 'parity', '300']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect(page.evaluate(misplacedTexts, '.lab-results')).resolves.toEqual([]);
    await fullShot(page, 'lab-desktop');
    expect(errors).toEqual([]);
  });

  it('lays out on a phone without sideways scrolling of the page', async () => {
    const { page, errors } = await openPage(chromium.current, '?view=lab&runs=300&seed=phone', { width: 360, height: 740 });
    await runAndWait(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect(page.evaluate(misplacedTexts, '.lab-results')).resolves.toEqual([]);
    await fullShot(page, 'lab-phone');
    expect(errors).toEqual([]);
  });

  it('sets your run beside each bot’s career on your seed, and where it stands among their careers', async () => {
    const played = simulateCareer(content, 'go-manager', 'your-seed', true);
    const code = runRecord(played, 'go-manager').code;
    const { page, errors } = await openPage(chromium.current, `?view=lab&runs=300&code=${encodeURIComponent(code)}`, { width: 1280, height: 900 });
    await page.waitForSelector('table[data-table="your-run"]');
    const careers = await tableRows(page, 'your-run');
    const title = (o: string | null): string => content.outcomes.get(o as never)?.title as string;
    expect(careers.get('Your run')).toEqual([title(played.outcome), String(played.satisfaction), String(played.burnout), played.compensation.toLocaleString('en-US')]);
    const stepUp = simulateCareer(content, 'step-up', 'your-seed');
    expect(careers.get('Step up')?.[0]).toBe(title(stepUp.outcome));
    expect(careers.get('Go manager')).toEqual(careers.get('Your run'));
    await expect(page.inputValue('#lab-seed')).resolves.toBe('your-seed');
    await runAndWait(page);
    const standings = await tableRows(page, 'standings');
    expect([...standings.keys()]).toHaveLength(STRATEGIES.length);
    const managers = nodeBatch('go-manager', 'your-seed', 300).counts.get(played.outcome as string) ?? 0;
    expect(standings.get('Go manager')?.[0]).toBe(`${((100 * managers) / 300).toFixed(1)}%`);
    for (const cells of standings.values()) {
      expect(cells[0]).toMatch(/^\d+\.\d%$/);
      for (const cell of cells.slice(1)) expect(cell).toMatch(/^higher than \d+% of careers$/);
    }
    await fullShot(page, 'lab-your-run');
    expect(errors).toEqual([]);
  });

  it('names each bad parameter as text and stays usable', async () => {
    const hostile = '<img src=x onerror="document.title=`pwned`">';
    const { page, errors } = await openPage(chromium.current, `?view=lab&runs=lots&seed=&scenario=${encodeURIComponent(hostile)}&code=${encodeURIComponent(hostile)}`);
    const problems = await page.locator('.problems').innerText();
    expect(problems).toContain('The runs parameter');
    expect(problems).toContain('The code parameter');
    expect(problems).toContain('The scenario parameter');
    expect(problems).toContain('The seed parameter');
    expect(problems).toContain('<img src=x');
    expect(await page.locator('.problems img, .lab-results img').count()).toBe(0);
    await screenshot(page, 'lab-bad-params');
    await page.fill('#lab-runs', '0');
    await page.click('[data-action="lab-run"]');
    await expect(page.locator('#lab-runs-error').innerText()).resolves.toMatch(/whole number of careers from 1 to 100,000, found “0”/);
    await page.fill('#lab-runs', '50');
    await runAndWait(page);
    expect(await page.title()).not.toBe('pwned');
    expect(errors).toEqual([]);
  });
});
