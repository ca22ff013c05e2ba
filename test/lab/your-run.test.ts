import { describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/content/index';
import { decodeRunCode, runRecord, simulateCareer, STRATEGIES } from '../../src/engine/index';
import { playChunk } from '../../src/lab/batch';
import { summarize } from '../../src/lab/tally';
import { standingsOf, yourRunAgainstBots } from '../../src/lab/your-run';

const content = scenarioById('default');
if (!content) throw new Error('no default scenario');

function decoded(code: string) {
  const parts = decodeRunCode(code);
  if (!parts.ok) throw new Error(parts.error);
  return parts.value;
}

describe('your run against the bots', () => {
  it('replays your run and plays each strategy once on your seed', () => {
    const played = simulateCareer(content, 'go-pm', 'room-42', true);
    const result = yourRunAgainstBots(content, decoded(runRecord(played, 'go-pm').code), STRATEGIES);
    if (!result.ok) throw new Error(result.error);
    const { you, bots, seed } = result.value;
    expect(seed).toBe('room-42');
    expect(you).toEqual({ who: 'you', outcome: played.outcome, finals: { satisfaction: played.satisfaction, burnout: played.burnout, compensation: played.compensation } });
    expect(bots.map((b) => b.who)).toEqual([...STRATEGIES]);
    // The go-pm bot on the same seed is the very career the code recorded.
    expect(bots.find((b) => b.who === 'go-pm')).toEqual({ ...you, who: 'go-pm' });
  });

  it('says why a code that is not legal in this scenario does not replay', () => {
    const parts = decoded(runRecord(simulateCareer(content, 'step-up', 'x', true), 'step-up').code);
    const broken = { ...parts, commands: [{ type: 'choose', option: 0 } as const, ...parts.commands] };
    const result = yourRunAgainstBots(content, broken, STRATEGIES);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^your run code does not replay in this scenario: step 1: /) });
  });

  it('places your run in each strategy’s distribution: the share of your outcome and your meters’ rank', () => {
    const summaries = (['opt-out', 'step-up'] as const).map((strategy) => summarize(playChunk(content, { strategy, seed: 'd', runs: 200, from: 0, to: 200 })));
    const you = { who: 'you', outcome: 'content-intermediate', finals: { satisfaction: 1e9, burnout: -1, compensation: summaries[0]?.meters.compensation.percentiles[50] ?? 0 } } as const;
    const standings = standingsOf(you, summaries);
    expect(standings.map((s) => s.strategy)).toEqual(['opt-out', 'step-up']);
    for (const [i, s] of standings.entries()) {
      const summary = summaries[i];
      const count = summary?.outcomes.find((o) => o.outcome === 'content-intermediate')?.count ?? 0;
      expect(s.sameOutcome).toBeCloseTo((100 * count) / 200, 9);
      expect(s.meters.satisfaction).toBe(100);
      expect(s.meters.burnout).toBe(0);
    }
    expect(standings[0]?.meters.compensation).toBeGreaterThan(25);
    expect(standings[0]?.meters.compensation).toBeLessThan(75);
  });
});
