// The strategy lab's figure for `npm run bench`: 7 strategies × 10,000 careers on the production
// build in headless Chromium, by driving the real lab page: click Run, wait until the results are
// drawn. Prints the page's own time (first chunk sent to last tally merged, in its workers) and the
// time from the click to the charts, each the median of three runs after one warm-up run.
import type { Browser, Page } from 'playwright-core';

const RUNS = 10_000;
const STRATEGIES = 7;
const TARGET_SECONDS = 2;

async function runOnce(page: Page): Promise<{ lab: number; drawn: number; workers: number }> {
  const start = Date.now();
  await page.click('[data-action="lab-run"]');
  await page.waitForSelector('.lab-results[aria-busy="false"] .lab-facts', { timeout: 300_000 });
  const drawn = Date.now() - start;
  const facts = page.locator('.lab-facts');
  return { lab: Number(await facts.getAttribute('data-milliseconds')), drawn, workers: Number(await facts.getAttribute('data-workers')) };
}

export async function labBench(browser: Browser, baseUrl: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${baseUrl}?view=lab&seed=bench&runs=${RUNS}`);
    await page.waitForSelector('[data-action="lab-run"]');
    await runOnce(page);
    const runs = [await runOnce(page), await runOnce(page), await runOnce(page)];
    const median = (pick: (r: (typeof runs)[number]) => number): number => (runs.map(pick).sort((a, b) => a - b)[1] as number) / 1000;
    const lab = median((r) => r.lab);
    const verdict = lab <= TARGET_SECONDS ? 'within target' : 'OVER target';
    console.log(
      `  strategy lab         ${STRATEGIES} × ${RUNS.toLocaleString('en-US')} careers in ${lab.toFixed(2)} s on ${runs[0]?.workers} worker${runs[0]?.workers === 1 ? '' : 's'}, click to charts ${median((r) => r.drawn).toFixed(2)} s, median of 3 (target ${TARGET_SECONDS} s: ${verdict})`,
    );
  } finally {
    await page.close();
  }
}
