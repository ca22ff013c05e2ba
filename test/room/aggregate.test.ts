// What the room adds up to: outcome counts, meter spreads, the flow through the regions year by year,
// and runs of different scenarios kept apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/content/index';
import { METERS, OUTCOMES } from '../../src/engine/index';
import { byScenario, meterSummaries, outcomeDistribution, quantile } from '../../src/room/aggregate';
import { ENDED, FLOW_PLACES, regionFlow } from '../../src/room/flow';
import { EMPTY_ROOM, importText } from '../../src/room/room';
import { careerCode, scenarios } from './fixtures';

const bigTech = scenarioById('big-tech');
if (!bigTech) throw new Error('no big-tech scenario');
const strategies = ['balanced', 'step-up', 'chase-pay', 'go-manager', 'go-pm', 'opt-out', 'random'] as const;
const defaultCodes = Array.from({ length: 21 }, (_, i) => careerCode(`agg-${i}`, strategies[i % strategies.length] as 'balanced'));
const bigTechCodes = [careerCode('agg-bt-1', 'balanced', [], bigTech), careerCode('agg-bt-2', 'chase-pay', [], bigTech)];
const room = importText(EMPTY_ROOM, [...defaultCodes, ...bigTechCodes].join('\n'), scenarios).room;
const defaultRuns = room.runs.filter((r) => r.scenario === 'default');

describe('the outcome distribution', () => {
  it('counts every run once, most frequent outcome first and ties in the game’s order', () => {
    const counts = outcomeDistribution(defaultRuns);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(defaultRuns.length);
    for (const c of counts) expect(c.count).toBe(defaultRuns.filter((r) => r.outcome === c.outcome).length);
    for (let i = 1; i < counts.length; i++) {
      const [a, b] = [counts[i - 1], counts[i]] as [(typeof counts)[0], (typeof counts)[0]];
      expect(a.count > b.count || (a.count === b.count && OUTCOMES.indexOf(a.outcome) < OUTCOMES.indexOf(b.outcome))).toBe(true);
    }
  });
});

describe('the meter spreads', () => {
  it('interpolate quartiles as a box plot draws them', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([7], 0.75)).toBe(7);
  });

  it('order min ≤ q1 ≤ median ≤ q3 ≤ max for each meter, with the mean of the final values', () => {
    const summaries = meterSummaries(defaultRuns);
    expect(summaries.map((s) => s.meter)).toEqual([...METERS]);
    for (const s of summaries) {
      const values = defaultRuns.map((r) => r.final[s.meter]);
      expect([s.min, s.max]).toEqual([Math.min(...values), Math.max(...values)]);
      expect(s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max).toBe(true);
      expect(s.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
    }
    expect(meterSummaries([])).toEqual([]);
  });
});

describe('the flow through the regions', () => {
  it('places every run somewhere at the end of every year, where its history says it stood', () => {
    fc.assert(
      fc.property(fc.subarray([...defaultRuns], { minLength: 1 }), (runs) => {
        const flow = regionFlow(runs);
        expect(flow).toHaveLength(10 * FLOW_PLACES.length);
        for (let year = 1; year <= 10; year++) {
          const cells = flow.filter((c) => c.year === year);
          expect(cells.reduce((s, c) => s + c.count, 0)).toBe(runs.length);
          for (const cell of cells) {
            const there = runs.filter((r) => (r.history[2 * year - 1]?.region ?? ENDED) === cell.place);
            expect(cell.count).toBe(there.length);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('counts a run that ended early as ended in the years after it stopped', () => {
    // The first of the go-pm bot's careers that ends before its ten years.
    const codes = Array.from({ length: 40 }, (_, i) => careerCode(`early-${i}`, 'go-pm'));
    const early = codes.map((code) => importText(EMPTY_ROOM, code, scenarios).room.runs[0]).find((run) => run !== undefined && run.history.length < 20);
    if (!early) throw new Error('no run that ended early');
    expect(early.history.length).toBeLessThan(20);
    const last = regionFlow([early]).filter((c) => c.year === 10);
    expect(last.find((c) => c.place === ENDED)?.count).toBe(1);
  });
});

describe('scenario sections', () => {
  it('keep the runs of each scenario apart, in the order the scenarios first appear', () => {
    const sections = byScenario(room.runs);
    expect(sections.map((s) => [s.scenario, s.name, s.runs.length])).toEqual([
      ['default', scenarioById('default')?.def.name, 21],
      ['big-tech', bigTech.def.name, 2],
    ]);
  });
});
