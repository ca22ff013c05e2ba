// Coverage: across 20,000 seeded careers played by the bots, every storylet is drawn at least once and
// every outcome is reached, so no content is dead and no ending is unreachable.
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAYERS } from '../../src/calibration/batches';
import { defaultScenario } from '../../src/content/index';
import { OUTCOMES, type OutcomeId } from '../../src/engine/ids';
import { simulateCareer } from '../../src/engine/simulate';

const CAREERS = 20_000;
const content = defaultScenario();
const drawn = new Map<string, number>();
const reached = new Map<OutcomeId, number>();

beforeAll(() => {
  const players = Object.values(PLAYERS);
  for (let i = 0; i < CAREERS; i++) {
    const { strategy, lean } = players[i % players.length] as (typeof players)[number];
    const run = simulateCareer(content, strategy, `coverage-${i}`, false, lean);
    for (const index of run.seen) {
      const id = content.storylets[index]?.id as string;
      drawn.set(id, (drawn.get(id) ?? 0) + 1);
    }
    if (run.outcome) reached.set(run.outcome, (reached.get(run.outcome) ?? 0) + 1);
  }
}, 120_000);

describe(`content coverage over ${CAREERS.toLocaleString('en-US')} seeded bot careers`, () => {
  it.each(content.storylets.map((s) => [s.id]))('storylet %s is drawn at least once', (id) => {
    expect(drawn.get(id) ?? 0).toBeGreaterThan(0);
  });

  it.each(OUTCOMES.map((o) => [o]))('outcome %s is reached at least once', (outcome) => {
    expect(reached.get(outcome) ?? 0).toBeGreaterThan(0);
  });
});
