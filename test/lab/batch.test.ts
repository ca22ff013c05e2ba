import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/content/index';
import { STRATEGIES } from '../../src/engine/ids';
import { chunksOf, playChunk } from '../../src/lab/batch';
import { emptyTally, mergeTally, summarize, PERCENTILES } from '../../src/lab/tally';

const ROOT = join(__dirname, '../..');
const content = scenarioById('default');
if (!content) throw new Error('no default scenario');

describe('batches of seeded careers', () => {
  it('cuts every strategy into chunks that cover each career exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 700 }), (runs, size) => {
        const chunks = chunksOf(STRATEGIES, 's', runs, size);
        for (const strategy of STRATEGIES) {
          const mine = chunks.filter((c) => c.strategy === strategy);
          expect(mine.every((c) => c.to - c.from <= size && c.from < c.to)).toBe(true);
          expect(mine.map((c) => [c.from, c.to])).toEqual(mine.map((_, k) => [k * size, Math.min(runs, (k + 1) * size)]));
          expect(mine[mine.length - 1]?.to).toBe(runs);
        }
      }),
    );
  });

  it('adds up to the same summary however a batch is chunked', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STRATEGIES), fc.integer({ min: 1, max: 41 }), (strategy, size) => {
        const whole = playChunk(content, { strategy, seed: 'chunks', runs: 40, from: 0, to: 40 });
        const merged = emptyTally(strategy);
        for (const chunk of chunksOf([strategy], 'chunks', 40, size)) mergeTally(merged, playChunk(content, chunk));
        expect(summarize(merged)).toEqual(summarize(whole));
      }),
      { numRuns: 8 },
    );
  });

  it('counts outcomes and meter percentiles exactly as npm run sim prints them for the same seeds', () => {
    const sim = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--strategy', 'go-pm', '--runs', '300', '--seed', 'parity'], { cwd: ROOT, encoding: 'utf8' });
    expect(sim.status).toBe(0);
    const summary = summarize(playChunk(content, { strategy: 'go-pm', seed: 'parity', runs: 300, from: 0, to: 300 }));
    const lines = sim.stdout.split('\n').map((l) => l.trim().split(/\s{2,}/));
    const printed = lines.filter((cells) => cells.length === 3 && /%$/.test(cells[2] ?? '')).map(([outcome, count]) => ({ outcome, count: Number(count) }));
    expect(printed).toEqual(summary.outcomes);
    const row = (label: string): string[] => lines.find((cells) => cells[0] === label)?.slice(1) ?? [];
    expect(row('satisfaction')).toEqual(PERCENTILES.map((p) => String(Math.round(summary.meters.satisfaction.percentiles[p]))));
    expect(row('burnout')).toEqual(PERCENTILES.map((p) => String(Math.round(summary.meters.burnout.percentiles[p]))));
    expect(row('compensation ($k)')).toEqual(PERCENTILES.map((p) => String(Math.round(summary.meters.compensation.percentiles[p]))));
  });
});
