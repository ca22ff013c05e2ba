// The draw tests storylet conditions through compiled ranges (eligibility.ts); the conditions' meaning
// is `holds` (conditions.ts). For any conditions and any state, the two must agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { holds } from '../../src/engine/conditions';
import { compileEligibility, isEligible } from '../../src/engine/eligibility';
import { COMPANY_KINDS, createRun, QUALITIES, REGIONS, type CompanyKind, type FlagId, type RegionId, type RunState } from '../../src/engine/index';
import type { Condition, StoryletDef } from '../../src/engine/schema';
import { conditionArb } from './condition-arbitraries';

const FLAGS = ['reached-senior', 'promotion-denied', 'story:test'] as const;

const bound = fc.option(fc.integer({ min: -5, max: 105 }), { nil: undefined });
/** Any condition the draw tests itself (role and move are the draw lists' job). */
const conditions = conditionArb(bound, FLAGS);

const score = fc.integer({ min: 0, max: 100 });

/** A state whose numbers, flags, company and region are arbitrary. */
const stateArb: fc.Arbitrary<RunState> = fc
  .record({
    turn: fc.integer({ min: 0, max: 40 }),
    turnsInRole: fc.integer({ min: 0, max: 40 }),
    turnsAtEmployer: fc.integer({ min: 0, max: 40 }),
    employer: fc.integer({ min: 0, max: 10 }),
    satisfaction: score,
    burnout: score,
    compensation: fc.integer({ min: 1, max: 1000 }),
    qualities: fc.tuple(...QUALITIES.map(() => score)),
    flags: fc.subarray([...FLAGS]),
    // A company or region in neither list (a hand-made state) must still be judged as `holds` judges it.
    company: fc.constantFrom(...COMPANY_KINDS, 'unlisted' as CompanyKind),
    region: fc.constantFrom(...REGIONS, 'unlisted' as RegionId),
  })
  .map(({ qualities, ...numbers }) => {
    const state = createRun(defaultScenario(), { seed: 'eligibility', record: false });
    QUALITIES.forEach((q, i) => (state.qualities[q] = qualities[i] as number));
    return Object.assign(state, numbers);
  });

function storylet(when: readonly Condition[]): StoryletDef {
  return { id: 'probe', title: 'Probe', text: 'A probe.', source: '000', when, options: [] };
}

describe('compiled eligibility', () => {
  it('holds exactly when every condition holds, for any conditions and any state', () => {
    fc.assert(
      fc.property(fc.array(fc.array(conditions, { maxLength: 4 }), { minLength: 1, maxLength: 6 }), stateArb, (lists, state) => {
        const eligibility = compileEligibility(lists.map(storylet));
        lists.forEach((when, i) => {
          expect(isEligible(eligibility, i, state), JSON.stringify(when)).toBe(when.every((c) => holds(c, state)));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('judges flags beyond the bits it has, and flags wanted both set and clear, as `holds` does', () => {
    const many = Array.from({ length: 40 }, (_, i): FlagId => `story:flag-${i}`);
    const lists: Condition[][] = many.map((flag, i) => [
      { kind: 'flag', flag, is: i % 2 === 0 },
      { kind: 'flag', flag: many[(i + 7) % many.length] as FlagId, is: i % 3 === 0 },
    ]);
    lists.push([
      { kind: 'flag', flag: 'reached-senior', is: true },
      { kind: 'flag', flag: 'reached-senior', is: false },
    ]);
    const eligibility = compileEligibility(lists.map(storylet));
    fc.assert(
      fc.property(fc.subarray([...many, 'reached-senior' as FlagId]), (flags) => {
        const state = createRun(defaultScenario(), { seed: 'eligibility', record: false });
        state.flags = flags;
        lists.forEach((when, i) => expect(isEligible(eligibility, i, state), JSON.stringify(when)).toBe(when.every((c) => holds(c, state))));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves role and move conditions to the storylet index', () => {
    const state = createRun(defaultScenario(), { seed: 'eligibility', record: false });
    const eligibility = compileEligibility([
      storylet([
        { kind: 'role', in: ['director'] },
        { kind: 'move', in: ['go-pm'] },
      ]),
    ]);
    expect(isEligible(eligibility, 0, state)).toBe(true);
  });

  it('reads every quality into its own place', () => {
    const state = createRun(defaultScenario(), { seed: 'eligibility', record: false });
    QUALITIES.forEach((q, i) => (state.qualities[q] = 10 + i));
    const eligibility = compileEligibility(QUALITIES.map((quality, i) => storylet([{ kind: 'quality', quality, min: 10 + i, max: 10 + i }])));
    expect(QUALITIES.map((_, i) => isEligible(eligibility, i, state))).toEqual(QUALITIES.map(() => true));
  });
});
