// The room in a real browser: thirty codes from bot careers in Node (twelve on one seed) go in by
// paste and by file, the charts are drawn with their tables, runs on the shared seed show where they
// parted, a hostile label stays text, the room survives a reload and bad input, its charts' texts never
// overlap, and it prints on one page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario, scenarioById } from '../../src/content/index';
import { applyInPlace, botCommand, createRun, decodeRunCode, runCodeOf, simulateCareer, type Command, type StrategyId } from '../../src/engine/index';
import { exported, loaded } from '../scenario-file/helpers';
import { misplacedTexts } from './chart-text';
import { afterFrames, hasBrowser, openPage, screenshot, sharedBrowser, SHOTS } from './browser';

const content = defaultScenario();
const SHARED_SEED = 'workshop';
const STRATEGIES: readonly StrategyId[] = ['balanced', 'chase-pay', 'opt-out', 'go-manager', 'step-up', 'go-pm', 'random'];
const HOSTILE = '<img src=x onerror="pwned=1"><script>pwned=2</script>';

/** A career on the shared seed that follows `prefix` and then plays `strategy`. */
function sharedSeedCode(prefix: readonly Command[], strategy: StrategyId): string {
  const state = createRun(content, { seed: SHARED_SEED, record: false });
  for (const command of prefix) applyInPlace(content, state, command);
  while (state.phase !== 'ended') applyInPlace(content, state, botCommand(content, strategy, state));
  return runCodeOf(state);
}

/** Twelve different careers on one seed, parting from a balanced run at steps spread over the run. */
function sharedSeedCodes(): string[] {
  const base = sharedSeedCode([], 'balanced');
  const decoded = decodeRunCode(base);
  if (!decoded.ok) throw new Error(decoded.error);
  const codes = new Set([base]);
  for (let i = 0; codes.size < 12 && i < 200; i++) {
    const step = (i * 6) % decoded.value.commands.length;
    codes.add(sharedSeedCode(decoded.value.commands.slice(0, step), STRATEGIES[1 + (i % (STRATEGIES.length - 1))] as StrategyId));
  }
  return [...codes];
}

const shared = sharedSeedCodes();
const solo = Array.from({ length: 18 }, (_, i) => runCodeOf(simulateCareer(content, STRATEGIES[i % STRATEGIES.length] as StrategyId, `room-e2e-${i}`)));
const names = ['Ada', 'Bo', 'Chen', 'Dita', 'Eli', 'Fen', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', HOSTILE];

async function addPasted(page: Page, text: string): Promise<void> {
  await page.fill('#room-codes', text);
  await page.getByRole('button', { name: 'Add codes' }).click();
}

/** For each label of the divergence controls: whether it sits on its select's line, centred with it and just before it. */
function labelsBesideSelects(page: Page): Promise<boolean[]> {
  return page.locator('.room-controls label').evaluateAll((labels) =>
    labels.map((label) => {
      const select = document.getElementById(label.getAttribute('for') ?? '');
      if (!select) return false;
      const [l, s] = [label.getBoundingClientRect(), select.getBoundingClientRect()];
      const gap = s.left - l.right;
      return Math.abs(l.top + l.height / 2 - (s.top + s.height / 2)) <= 2 && gap >= 0 && gap <= 16;
    }),
  );
}

/** Each split listed where runs on one seed parted: its own line, and its branches' lines. */
function splitsInWords(items: Element[]): { head: string; branches: string[] }[] {
  return items.map((li) => ({ head: li.firstChild?.textContent ?? '', branches: [...li.querySelectorAll('li')].map((b) => b.textContent ?? '') }));
}

describe.skipIf(!hasBrowser)('the room in Chromium', { timeout: 300_000 }, () => {
  const chromium = sharedBrowser();
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage(chromium.current, '?view=room', { width: 1280, height: 900 }));
    await page.waitForSelector('#room-codes');
  });

  it('takes 18 pasted codes and a CSV file of 12 named runs on one seed', async () => {
    expect(shared).toHaveLength(12);
    await addPasted(page, solo.join(',\n'));
    await expect(page.locator('.room-runs-table tbody tr').count()).resolves.toBe(18);
    const csv = `Team,Name,Code\n${shared.map((code, i) => `t${i % 3},"${(names[i] as string).replace(/"/g, '""')}",${code}`).join('\r\n')}\n`;
    await page.setInputFiles('#room-file', { name: 'session.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForFunction(() => document.querySelectorAll('.room-runs-table tbody tr').length === 30);
    await expect(page.locator('#room-problems').isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('draws each chart as SVG with marks, each with its numbers as a table', async () => {
    await expect(page.locator('#room-outcomes svg[aria-label] rect').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#room-meters svg[aria-label]').count()).resolves.toBe(3);
    await expect(page.locator('#room-meters svg').first().locator('circle').count()).resolves.toBe(30);
    await expect(page.locator('#room-flow svg[aria-label] rect').count()).resolves.toBeGreaterThan(10);
    for (const id of ['room-outcomes', 'room-meters', 'room-flow'])
      await expect(page.locator(`#${id} details table tbody tr`).count()).resolves.toBeGreaterThan(0);
    const counts = await page.locator('#room-outcomes table tbody td:nth-child(2)').allTextContents();
    expect(counts.reduce((s, c) => s + Number(c), 0)).toBe(30);
  });

  it('shows where the twelve runs on the shared seed parted', async () => {
    await expect(page.locator('#room-seed option').first().textContent()).resolves.toBe(`${SHARED_SEED} (12 runs)`);
    await expect(page.locator('#room-divergence svg[aria-label] path').count()).resolves.toBeGreaterThan(1);
    await expect(page.locator('#room-divergence svg circle').count()).resolves.toBe(11);
    // Each line is named at its end, the room's path in bold.
    const texts = await page.locator('#room-divergence svg[aria-label] text').allTextContents();
    for (const name of names.slice(0, -1)) expect(texts.filter((t) => t === name)).toHaveLength(1);
    await expect(page.locator('#room-divergence svg[aria-label] g[font-weight="700"] text').count()).resolves.toBe(1);
    const splits = await page.locator('.room-splits > li').evaluateAll(splitsInWords);
    expect(splits.length).toBeGreaterThan(1);
    expect(splits[0]?.head).toMatch(/: the 12 runs split \d+ ways\.$/);
    expect(new Set(splits.map((s) => s.head)).size).toBe(splits.length);
    for (const split of splits) {
      expect(split.branches.reduce((sum, b) => sum + Number(b.split(' ', 1)[0]), 0)).toBe(Number(/the (\d+) runs/.exec(split.head)?.[1]));
      for (const branch of split.branches) expect(branch).toMatch(/^\d+ chose .+(, the room's path|: .+)\. (It|They) ended .* pay \$\d+k\.$/);
    }
    const rows = page.locator('#room-divergence table tbody tr');
    await expect(rows.count()).resolves.toBe(12);
    await expect(rows.filter({ hasText: "(the room's path)" }).count()).resolves.toBe(1);
    await page.selectOption('#room-divergence-meter', 'compensation');
    await expect(page.locator('#room-divergence svg[aria-label]').getAttribute('aria-label')).resolves.toMatch(/^Compensation/);
  });

  it('shows a label holding HTML and script as text, and runs none of it', async () => {
    await expect(page.locator('.room-runs-table tbody th', { hasText: '<img' }).textContent()).resolves.toBe(HOSTILE);
    await expect(page.locator('img[src="x"], .room-page script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
  });

  it('lists what it could not use and keeps every run already in the room', async () => {
    await addPasted(page, `${solo[0]}\nnot a code\nhttps://example.org/?seed=x`);
    const problems = await page.locator('#room-problems li').allTextContents();
    // The box keeps the lines refused, numbered as it now holds them; the run already in the room is named apart, and leaves the box.
    expect(problems).toEqual([
      'line 1: no run code in “not a code” (a run code has five parts separated by dots)',
      expect.stringMatching(/^line 2: the link .* holds no run code/),
      expect.stringMatching(/^1 run was already in the room, so not added again \(each run counts once\): “/),
    ]);
    await expect(page.textContent('#room-problems-title')).resolves.toBe('2 problems with the codes and 1 run already in the room');
    await expect(page.locator('.room-runs-table tbody tr').count()).resolves.toBe(30);
    await expect(page.inputValue('#room-codes')).resolves.toBe('not a code\nhttps://example.org/?seed=x');
  });

  it('lays out for a desktop, a projector and a phone, without sideways scrolling', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('#room-problems').getByRole('button', { name: 'Dismiss' }).click();
    await expect(labelsBesideSelects(page)).resolves.toEqual([true, true]);
    await expect(page.evaluate(misplacedTexts, '.room-page')).resolves.toEqual([]);
    await screenshot(page, 'room-desktop');
    await page.screenshot({ path: join(SHOTS, 'room-desktop-full.png'), fullPage: true });
    for (const [name, viewport] of [
      ['projector', { width: 1920, height: 1080 }],
      ['phone', { width: 360, height: 740 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await afterFrames(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await expect(labelsBesideSelects(page)).resolves.toEqual([true, true]);
      await expect(page.evaluate(misplacedTexts, '.room-page')).resolves.toEqual([]);
      await screenshot(page, `room-${name}`);
      await page.screenshot({ path: join(SHOTS, `room-${name}-full.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('prints the summary on one page, as drawn for the screen it is printed from', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
      await page.setViewportSize(viewport);
      await afterFrames(page);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
    }
    // What the page looks like: A4 landscape less its margins is about 1060 by 730 CSS pixels.
    await page.setViewportSize({ width: 1060, height: 730 });
    await page.emulateMedia({ media: 'print' });
    await afterFrames(page);
    await page.screenshot({ path: join(SHOTS, 'room-print.png'), fullPage: true });
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('prints on one page a room whose seed split many ways at once, with long paths to name', async () => {
    // Every strategy, plain and leaning two ways, on one seed: the first move splits five ways.
    const codes = STRATEGIES.flatMap((strategy) =>
      ([null, 'technical', 'people'] as const).map((lean) => runCodeOf(simulateCareer(content, strategy, 'team', true, lean))),
    );
    const { page: other, errors } = await openPage(chromium.current, '?view=room');
    await other.fill('#room-codes', codes.join('\n'));
    await other.getByRole('button', { name: 'Add codes' }).click();
    await other.waitForSelector('.room-splits');
    expect(await other.locator('.room-splits > li').first().innerText()).toMatch(/split [3-9] ways/);
    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
      await other.setViewportSize(viewport);
      await afterFrames(other);
      const pdf = await other.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
    }
    expect(errors).toEqual([]);
    await other.close();
  });

  it("opened for a session's seed, names the seed and says which runs were played on another", async () => {
    const codes = ['step-up', 'opt-out'].map((strategy) => runCodeOf(simulateCareer(content, strategy as 'step-up', 'harbour')));
    const stray = runCodeOf(simulateCareer(content, 'balanced', 'elsewhere'));
    const { page: session, errors } = await openPage(chromium.current, '?view=room&seed=harbour&scenario=default');
    await session.fill('#room-codes', [...codes, stray].join('\n'));
    await session.getByRole('button', { name: 'Add codes' }).click();
    await expect(session.textContent('.room-summary')).resolves.toBe(`3 runs of the scenario “${content.def.name}”. Session seed “harbour”; 1 run of another seed is counted too.`);
    await expect(session.locator('#room-problems').innerText()).resolves.toContain('played seed “elsewhere”, not the session\'s seed “harbour”');
    expect(errors).toEqual([]);
    await session.close();
  });

  it('keeps the room, and the text box, across a reload, and removes a run by keyboard', async () => {
    // Codes waiting for their scenario file wait in the box while the file is loaded elsewhere.
    await page.fill('#room-codes', 'Zed: 6.acme~0000000000.x.AA.zzzz');
    await page.reload();
    await page.waitForSelector('.room-runs-table');
    await expect(page.locator('.room-runs-table tbody tr').count()).resolves.toBe(30);
    await expect(page.inputValue('#room-codes')).resolves.toBe('Zed: 6.acme~0000000000.x.AA.zzzz');
    await page.fill('#room-codes', '');
    await page.getByRole('button', { name: 'Remove Ada from the room' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.room-runs-table tbody tr').count()).resolves.toBe(29);
    // A removal is one key away, so the focus goes to its Undo: Enter brings Ada back where she was.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('room-undo');
    await expect(page.textContent('#announcer')).resolves.toContain('Removed Ada');
    const order = await page.locator('.room-runs-table tbody th').allInnerTexts();
    await page.keyboard.press('Enter');
    await expect(page.locator('.room-runs-table tbody tr').count()).resolves.toBe(30);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Remove Ada from the room');
    await expect(page.locator('#room-undo').count()).resolves.toBe(0);
    await page.keyboard.press('Enter');
    await expect(page.locator('.room-runs-table tbody tr').count()).resolves.toBe(29);
    await expect(page.locator('.room-runs-table tbody th').allInnerTexts()).resolves.toEqual(order);
    expect(errors).toEqual([]);
  });

  it('leaves a removed run out when the chat is pasted again, and adds it back when asked', async () => {
    await addPasted(page, `Ada: ${shared[0]}\nBo: ${shared[1]}`);
    await expect(page.locator('#room-problems-title').innerText()).resolves.toBe('1 run already in the room and 1 run removed earlier');
    await expect(page.locator('#room-problems').innerText()).resolves.toContain('1 run was left out, as removed from the room earlier: “Ada”.');
    await expect(page.locator('.room-runs-table tbody tr').count()).resolves.toBe(29);
    await page.getByRole('button', { name: 'Add it back' }).click();
    await expect(page.locator('.room-runs-table tbody tr').count()).resolves.toBe(30);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Remove Ada from the room');
    await expect(page.textContent('#announcer')).resolves.toContain('Added back Ada.');
    await page.getByRole('button', { name: 'Remove Ada from the room' }).click();
    expect(errors).toEqual([]);
  });

  it('keeps the debrief as the facilitator set it when a run is renamed', async () => {
    await page.selectOption('#room-divergence-meter', 'burnout');
    await page.locator('#room-meters summary').click();
    await page.getByRole('button', { name: 'Rename Chen' }).click();
    await page.getByLabel('New name for Chen').fill('Chen Li');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.locator('.room-runs-table tbody th', { hasText: /^Chen Li$/ }).count()).resolves.toBe(1);
    await expect(page.inputValue('#room-divergence-meter')).resolves.toBe('burnout');
    await expect(page.locator('#room-meters details').getAttribute('open')).resolves.toBe('');
    await page.getByRole('button', { name: 'Rename Chen Li' }).click();
    await page.getByLabel('New name for Chen Li').fill('Chen');
    await page.keyboard.press('Enter');
    await page.locator('#room-meters summary').click();
    await page.selectOption('#room-divergence-meter', 'satisfaction');
    expect(errors).toEqual([]);
  });

  it('takes up the room changed in another tab, so neither writes back a room the other has changed', async () => {
    const other = await page.context().newPage();
    await other.goto(page.url());
    await other.waitForSelector('.room-runs-table');
    await page.getByRole('button', { name: 'Rename Dita' }).click();
    await page.getByLabel('New name for Dita').fill('Dita K');
    await page.keyboard.press('Enter');
    await expect.poll(() => other.locator('.room-runs-table tbody th', { hasText: /^Dita K$/ }).count()).toBe(1);
    await expect(other.textContent('#announcer')).resolves.toMatch(/^The room was changed in another tab or window: it now holds 29 runs\.$/);
    await other.getByRole('button', { name: 'Rename Dita K' }).click();
    await other.getByLabel('New name for Dita K').fill('Dita');
    await other.keyboard.press('Enter');
    await expect.poll(() => page.locator('.room-runs-table tbody th', { hasText: /^Dita$/ }).count()).toBe(1);
    // A name half typed here stays while the other tab changes the room, and both changes are kept.
    await page.getByRole('button', { name: 'Rename Eli' }).click();
    await page.getByLabel('New name for Eli').fill('Eliska');
    await other.getByRole('button', { name: 'Rename Fen' }).click();
    await other.getByLabel('New name for Fen').fill('Fenna');
    await other.keyboard.press('Enter');
    await other.waitForTimeout(200);
    await expect(page.inputValue('#room-runs input')).resolves.toBe('Eliska');
    await page.keyboard.press('Enter');
    await expect(page.locator('.room-runs-table tbody th', { hasText: /^(Eliska|Fenna)$/ }).count()).resolves.toBe(2);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Rename Eliska');
    await expect.poll(() => other.locator('.room-runs-table tbody th', { hasText: /^(Eliska|Fenna)$/ }).count()).toBe(2);
    for (const [from, to] of [['Eliska', 'Eli'], ['Fenna', 'Fen']]) {
      await page.getByRole('button', { name: `Rename ${from}` }).click();
      await page.getByLabel(`New name for ${from}`).fill(to as string);
      await page.keyboard.press('Enter');
    }
    await other.close();
    await page.reload();
    await page.waitForSelector('.room-runs-table');
    await expect(page.locator('.room-runs-table tbody th', { hasText: /^Dita$/ }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('renames a run by keyboard, in its row, keeping it across a reload', async () => {
    await page.getByRole('button', { name: 'Rename Bo' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('Bo');
    // Esc puts the name back and the focus on the button.
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Rename Bo');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'This name cannot be used' }).innerText()).resolves.toBe('This name cannot be used: a name needs some text.');
    await page.keyboard.type('Bodil');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Rename Bodil');
    await expect(page.textContent('#announcer')).resolves.toBe('Renamed Bo to Bodil.');
    await page.reload();
    await page.waitForSelector('.room-runs-table');
    await expect(page.locator('.room-runs-table tbody th', { hasText: /^Bodil$/ }).count()).resolves.toBe(1);
    await expect(page.locator('.room-runs-table tbody th', { hasText: /^Bo$/ }).count()).resolves.toBe(0);
    // And back, by pointer, for the tests that follow.
    await page.getByRole('button', { name: 'Rename Bodil' }).click();
    await page.getByLabel('New name for Bodil').fill('Bo');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.locator('.room-runs-table tbody th', { hasText: /^Bo$/ }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it("replays a run in the game, whose way out leads back to the room as it was", async () => {
    await page.selectOption('#room-divergence-meter', 'burnout');
    await page.getByRole('link', { name: 'Replay Bo' }).scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(500);
    await page.getByRole('link', { name: 'Replay Bo' }).click();
    await page.waitForSelector('.replay-controls');
    expect(new URL(page.url()).searchParams.get('back')).toBe('view=room');
    // On the projector, the replay says whose run it is.
    await expect(page.locator('.replay-where').innerText()).resolves.toMatch(/^Replaying “Bo”: step 0 of \d+ \(a move, then a choice, each half-year\)$/);
    await page.getByRole('button', { name: 'Back to the room' }).click();
    await page.waitForSelector('.room-runs-table');
    expect(new URL(page.url()).search).toBe('?view=room');
    await expect(page.locator('.room-runs-table tbody tr').count()).resolves.toBe(29);
    // Back where the facilitator was: the meter they chose, scrolled as they left it.
    await expect(page.inputValue('#room-divergence-meter')).resolves.toBe('burnout');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    // and on the link they left by, so a keyboard goes on from the run it replayed.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Replay');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Replay Bo');
    await page.selectOption('#room-divergence-meter', 'satisfaction');
    expect(errors).toEqual([]);
  });

  it('reads a scenario file chosen with the saved room that needs it, and keeps in the text area only the codes refused', async () => {
    const file = exported();
    file.id = 'acme-offsite';
    file.name = 'Acme offsite';
    const custom = loaded(file);
    const code = runCodeOf(simulateCareer(custom.content, 'balanced', 'offsite'));
    const fresh = runCodeOf(simulateCareer(content, 'opt-out', 'fresh-in-room'));
    await addPasted(page, `Zoe: ${fresh}\n${code}`);
    await expect(page.locator('#room-problems').innerText()).resolves.toContain('load that file into the room (with “Or import files”) first');
    await expect(page.inputValue('#room-codes')).resolves.toBe(code);
    await expect(page.locator('.room-runs-table tbody th', { hasText: 'Zoe' }).count()).resolves.toBe(1);
    // The saved room first and the scenario file second, as their names sort: the file is read first all the same.
    const savedRoom = JSON.stringify({ format: 'interdell-room', version: 1, runs: [{ label: 'Zed', code }] });
    await page.setInputFiles('#room-file', [
      { name: 'interdell-room.json', mimeType: 'application/json', buffer: Buffer.from(savedRoom) },
      { name: 'interdell-scenario-acme.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) },
    ]);
    await expect.poll(() => page.locator('.room-file-status').innerText()).toMatch(/^Loaded the scenario “Acme offsite” from interdell-scenario-acme\.json/);
    await expect(page.locator('.room-runs-table tbody th', { hasText: 'Zed' }).count()).resolves.toBe(1);
    await expect(page.locator('#room-scenario option').count()).resolves.toBe(2);
    for (const name of ['Zed', 'Zoe']) await page.getByRole('button', { name: `Remove ${name} from the room` }).click();
    // A file with mistakes is refused with them listed, and the room keeps its runs.
    await page.setInputFiles('#room-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...file, turns: 'twenty' })) });
    await expect.poll(() => page.locator('#room-problems h2').innerText()).toBe('1 problem with broken.json');
    await expect(page.locator('#room-problems li').innerText()).resolves.toBe('the scenario file could not be loaded: turns: expected a number, found "twenty"');
    await expect(page.locator('.room-runs-table tbody tr').count()).resolves.toBe(29);
    await page.fill('#room-codes', '');
    expect(errors).toEqual([]);
  });

  it('adds the codes refused for want of a scenario file once that file is loaded on its own', async () => {
    const file = exported();
    file.id = 'acme-retry';
    file.name = 'Acme retry';
    const code = runCodeOf(simulateCareer(loaded(file).content, 'balanced', 'retry'));
    await addPasted(page, `Uma: ${code}`);
    await expect(page.inputValue('#room-codes')).resolves.toBe(`Uma: ${code}`);
    await page.setInputFiles('#room-file', { name: 'acme-retry.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.locator('.room-runs-table tbody th', { hasText: 'Uma' }).count()).toBe(1);
    await expect(page.inputValue('#room-codes')).resolves.toBe('');
    await expect(page.locator('#room-problems').isHidden()).resolves.toBe(true);
    await expect(page.textContent('#announcer')).resolves.toMatch(/^Loaded the scenario “Acme retry” from acme-retry\.json: .+ Added 1 run from the codes still in the box\. /);
    await page.getByRole('button', { name: 'Remove Uma from the room' }).click();
    expect(errors).toEqual([]);
  });

  it('keeps runs of another scenario apart, behind a scenario choice that says so', async () => {
    const bigTech = scenarioById('big-tech');
    if (!bigTech) throw new Error('no big-tech scenario');
    await addPasted(page, runCodeOf(simulateCareer(bigTech, 'balanced', 'other-scenario')));
    await expect(page.locator('.room-scenario p').textContent()).resolves.toContain('Runs of different scenarios are never counted together');
    await expect(page.locator('#room-scenario option').count()).resolves.toBe(2);
    await expect(page.textContent('.room-summary')).resolves.toBe(`29 runs of the scenario “${content.def.name}”.`);
    await page.selectOption('#room-scenario', 'big-tech');
    await expect(page.textContent('.room-summary')).resolves.toBe(`1 run of the scenario “${bigTech.def.name}”.`);
    await expect(page.locator('#room-meters svg').first().locator('circle').count()).resolves.toBe(1);
    // One run's meter is one value: its axis still reads in round numbers around it.
    const ticks = await page.locator('#room-meters svg[aria-label] text').allTextContents();
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.filter((t) => /\d\.\d/.test(t))).toEqual([]);
    await expect(page.locator('#room-divergence p').first().textContent()).resolves.toMatch(/^No two runs here share a seed/);
  });

  it('clears the room only once asked twice', async () => {
    await page.getByRole('button', { name: 'Clear the room…' }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Keep them');
    await page.getByRole('button', { name: 'Remove all 30 runs' }).click();
    await expect(page.locator('.room-runs-table').count()).resolves.toBe(0);
    await expect(page.locator('#room-runs').textContent()).resolves.toContain('No runs yet.');
    // The emptied room comes back empty, with nothing to report.
    await page.reload();
    await page.waitForSelector('#room-codes');
    await expect(page.locator('#room-problems').isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
