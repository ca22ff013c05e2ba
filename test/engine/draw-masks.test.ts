// The draw tests a list's candidates all at once, through bit masks (draw-masks.ts), or one by one when
// the list is too long for them. Either way it must find exactly the storylets whose conditions hold
// as `holds` judges them and that were not shown (unless repeatable), and draw the one a draw among
// them in list order, tier by tier, would (the storylet drawn last giving way to any other of its tier):
// for any storylets and any state, however odd its numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { holds } from '../../src/engine/conditions';
import { StepContext } from '../../src/engine/context';
import type { DrawList } from '../../src/engine/draw-lists';
import { drawableBits, MASK_BITS } from '../../src/engine/draw-masks';
import { compileEligibility, flagWord, placeOfState, type Candidate } from '../../src/engine/eligibility';
import { cloneState } from '../../src/engine/state';
import { COMPANY_KINDS, createRun, MOVES, QUALITIES, REGIONS, ROLES, type CompanyKind, type FlagId, type RegionId, type RunState } from '../../src/engine/index';
import type { CompiledScenario } from '../../src/engine/compile';
import { compileRoleRules } from '../../src/engine/role-rules';
import { PURPOSE } from '../../src/engine/rng';
import { drawStorylet, NoStoryletError } from '../../src/engine/selection';
import { conditionArb } from './condition-arbitraries';
import type { StoryletDef } from '../../src/engine/schema';

// More flags than get bits, so some conditions on flags stay predicates.
const FLAGS = Array.from({ length: 36 }, (_, i): FlagId => `story:flag-${i}`);

// Content bounds are whole numbers; a few that are not check the lists that get no table of them.
const bound = fc.option(fc.oneof({ arbitrary: fc.integer({ min: -3, max: 12 }), weight: 4 }, { arbitrary: fc.double({ min: -3, max: 12, noNaN: true }), weight: 1 }), { nil: undefined });
const conditions = conditionArb(bound, FLAGS, true);

const storyletArb: fc.Arbitrary<StoryletDef> = fc
  .record({ when: fc.array(conditions, { maxLength: 4 }), weight: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.double({ min: 0.1, max: 3, noNaN: true })), repeatable: fc.boolean() })
  .map(({ when, weight, repeatable }) => ({ id: 'probe', title: 'Probe', text: 'A probe.', source: '000', when, weight, repeatable, options: [] }));

/** A number of the state: whole, or just off a whole one (beside a bound), or any, or beyond every bound. */
const numberArb = fc.oneof(
  fc.integer({ min: -5, max: 15 }),
  fc.integer({ min: -5, max: 105 }),
  fc.tuple(fc.integer({ min: -5, max: 105 }), fc.constantFrom(0.5, 1e-9, -1e-9)).map(([whole, off]) => whole + off),
  fc.double({ min: -5, max: 105, noNaN: true }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
);

function stateArb(storylets: number): fc.Arbitrary<RunState> {
  return fc
    .record({
      turn: numberArb,
      turnsInRole: numberArb,
      turnsAtEmployer: numberArb,
      employer: numberArb,
      satisfaction: numberArb,
      burnout: numberArb,
      compensation: numberArb,
      qualities: fc.tuple(...QUALITIES.map(() => numberArb)),
      flags: fc.subarray(FLAGS),
      company: fc.constantFrom(...COMPANY_KINDS, 'unlisted' as CompanyKind),
      region: fc.constantFrom(...REGIONS, 'unlisted' as RegionId),
      // Repeatable storylets, storylets shown twice, and an index that is no storylet's.
      seen: fc.array(fc.integer({ min: 0, max: storylets }), { maxLength: 12 }),
    })
    .map(({ qualities, ...rest }) => {
      const state = createRun(defaultScenario(), { seed: 'draw-masks', record: false });
      QUALITIES.forEach((q, i) => (state.qualities[q] = qualities[i] as number));
      return Object.assign(state, rest);
    });
}

/** The scenario with `storylets` in place of its own, as the draw reads it. */
function withStorylets(storylets: readonly StoryletDef[]): CompiledScenario {
  const base = defaultScenario();
  const eligibility = compileEligibility(storylets);
  return { ...base, storylets, eligibility, roles: compileRoleRules(base.def, storylets, eligibility) };
}

/** The storylets of `list` that may be drawn, in draw order, judged by name. */
function drawableByName(content: CompiledScenario, list: DrawList, state: RunState): Candidate[] {
  return list.anyTime.flat().filter((c) => {
    const storylet = content.storylets[c.index] as StoryletDef;
    const shown = !storylet.repeatable && state.seen.includes(c.index);
    return !shown && storylet.when.every((k) => k.kind === 'role' || k.kind === 'move' || holds(k, state));
  });
}

/**
 * The draw among `drawable` (in draw order): the first tier competes, by weight, in list order, less
 * the storylet drawn `last` when another of the tier can be drawn.
 */
function drawnByName(drawable: readonly Candidate[], last: number | undefined, roll: () => number): number | 'none' {
  const tier = drawable.filter((c) => c.specificity === drawable[0]?.specificity);
  const first = tier.length > 1 ? tier.filter((c) => c.index !== last) : tier;
  if (first.length === 0) return 'none';
  if (first.length === 1) return (first[0] as Candidate).index;
  let left = roll() * first.reduce((total, c) => total + c.weight, 0);
  for (const c of first) {
    left -= c.weight;
    if (left < 0) return c.index;
  }
  return (first[first.length - 1] as Candidate).index;
}

function drawn(content: CompiledScenario, state: RunState, moveIndex: number): number | 'none' {
  try {
    return drawStorylet(new StepContext(cloneState(state), content, null), moveIndex);
  } catch (e) {
    if (e instanceof NoStoryletError) return 'none';
    throw e;
  }
}

/** Whether the masks and the draw agree with the storylets judged by name, for every role and move. */
function checkAll(content: CompiledScenario, state: RunState): void {
  for (const role of ROLES) {
    // The state's own list of storylets seen, so the marks kept for it from one check to the next are checked too.
    const s = Object.assign(cloneState(state), { role, seen: state.seen });
    MOVES.forEach((move, moveIndex) => {
      const list = content.roles[role].drawLists[moveIndex] as DrawList;
      const expected = drawableByName(content, list, s);
      if (list.masks !== null) {
        const bits = drawableBits(list.masks, s, flagWord(content.eligibility, s), placeOfState(s));
        const byMasks = list.masks.candidates.filter((_, i) => (bits & (1 << i)) !== 0);
        expect(byMasks.map((c) => c.index), `${role} ${move}`).toEqual(expected.map((c) => c.index));
      }
      const roll = () => new StepContext(cloneState(s), content, null).draw(PURPOSE.event);
      expect(drawn(content, s, moveIndex), `${role} ${move}`).toBe(drawnByName(expected, s.seen[s.seen.length - 1], roll));
    });
  }
}

describe('the draw by masks', () => {
  it('finds and draws what the conditions by name do, for the scenario and any state', () => {
    const content = defaultScenario();
    fc.assert(
      fc.property(stateArb(content.storylets.length), (state) => checkAll(content, state)),
      { numRuns: 200 },
    );
  });

  it('finds and draws what the conditions by name do, for any storylets and any state, lists too long for masks included', () => {
    const setArb = fc.array(storyletArb, { minLength: 1, maxLength: 45 }).chain((storylets) => fc.tuple(fc.constant(storylets), stateArb(storylets.length)));
    fc.assert(
      fc.property(setArb, ([storylets, state]) => checkAll(withStorylets(storylets), state)),
      { numRuns: 300 },
    );
  });

  it('keeps the marks of the storylets shown right while runs draw in turns', () => {
    const content = defaultScenario();
    const count = content.storylets.length;
    const stepArb = fc.tuple(fc.nat(2), fc.integer({ min: 0, max: count - 1 }));
    fc.assert(
      fc.property(stateArb(count), stateArb(count), fc.array(stepArb, { maxLength: 25 }), (a, b, steps) => {
        const runs = [a, b];
        for (const [run, index] of steps) {
          // A third run: a copy of the first, with a list of its own.
          if (run === 2) runs.push(cloneState(runs[0] as RunState));
          const s = runs[Math.min(run, runs.length - 1)] as RunState;
          s.seen.push(index);
          checkAll(content, s);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('draws a list too long for masks one by one', () => {
    const storylets: StoryletDef[] = Array.from({ length: MASK_BITS + 5 }, (_, i) => ({
      id: `probe-${i}`,
      title: 'Probe',
      text: 'A probe.',
      source: '000',
      when: i % 2 === 0 ? [{ kind: 'turn', min: i % 7 }] : [],
      repeatable: i % 3 === 0,
      options: [],
    }));
    const content = withStorylets(storylets);
    expect(content.roles.senior.drawLists.every((list) => list.masks === null)).toBe(true);
    fc.assert(
      fc.property(stateArb(storylets.length), (state) => checkAll(content, state)),
      { numRuns: 100 },
    );
  });
});
