// The ten claims of GAME.md hold in the default scenario, each measured on seeded batches of 5,000
// careers per bot (the same measurement `npm run calibrate` prints).
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { playBatches, type Batches } from '../../src/calibration/batches';
import { CLAIM_STATEMENTS, measureClaims, type ClaimResult } from '../../src/calibration/claims';

const CAREERS = 5000;
let results: readonly ClaimResult[] = [];
let batches: Batches;

beforeAll(() => {
  const content = defaultScenario();
  batches = playBatches(content, CAREERS);
  results = measureClaims(content, CAREERS, batches);
}, 120_000);

describe('the claims of GAME.md, in the default scenario', () => {
  it('plays 5,000 seeded careers for every bot the claims compare', () => {
    for (const runs of Object.values(batches)) expect(runs).toHaveLength(CAREERS);
  });

  it.each(CLAIM_STATEMENTS.map((statement, i) => [statement, i + 1] as const))('%s', (_statement, id) => {
    const result = results.find((r) => r.id === id) as ClaimResult;
    expect(result.holds, `${result.claim}: measured ${result.measured}; needs ${result.threshold}`).toBe(true);
  });
});
