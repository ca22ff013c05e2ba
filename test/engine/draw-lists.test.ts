// A list too long for masks is read in tiers that leave out the storylets whose turns-in-role
// conditions cannot hold at the run's time in role (draw-lists.ts). Leaving one out must never change
// a draw: for any bounds and any time, such a list holds every storylet of the role and move whose
// turns-in-role conditions hold as `holds` judges them, in the draw's order; at a whole time, it holds
// no other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { holds } from '../../src/engine/conditions';
import { compileEligibility } from '../../src/engine/eligibility';
import { createRun, MOVES, ROLES, type MoveId, type RoleId } from '../../src/engine/index';
import { tiersAt, type DrawList } from '../../src/engine/draw-lists';
import { MASK_BITS } from '../../src/engine/draw-masks';
import { compileRoleRules } from '../../src/engine/role-rules';
import type { Condition, StoryletDef } from '../../src/engine/schema';

const bound = fc.option(fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double({ min: -2, max: 12, noNaN: true })), { nil: undefined });

/** A storylet for some roles and moves, with up to two turns-in-role conditions and an arbitrary specificity. */
const storyletArb: fc.Arbitrary<StoryletDef> = fc
  .record({
    roles: fc.subarray([...ROLES], { minLength: 1 }),
    moves: fc.option(fc.subarray([...MOVES], { minLength: 1 }), { nil: undefined }),
    times: fc.array(fc.record({ min: bound, max: bound }), { maxLength: 2 }),
    pad: fc.nat(2),
  })
  .map(({ roles, moves, times, pad }) => {
    const when: Condition[] = [{ kind: 'role', in: roles }];
    if (moves) when.push({ kind: 'move', in: moves });
    for (const { min, max } of times) when.push({ kind: 'turns-in-role', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
    for (let i = 0; i < pad; i++) when.push({ kind: 'flag', flag: 'reached-senior', is: false });
    return { id: 'probe', title: 'Probe', text: 'A probe.', source: '000', when, options: [] };
  });

/** Storylets for every role and move at any time, enough to make every list too long for masks. */
const FILLERS: readonly StoryletDef[] = Array.from({ length: MASK_BITS + 1 }, () => ({ id: 'filler', title: 'Filler', text: 'A filler.', source: '000', when: [{ kind: 'role', in: [...ROLES] }], options: [] }));

const timeArb = fc.oneof(fc.integer({ min: -2, max: 20 }), fc.double({ min: -2, max: 20, noNaN: true }));

function admits(storylet: StoryletDef, role: RoleId, move: MoveId, turnsInRole: number): boolean {
  const state = Object.assign(createRun(defaultScenario(), { seed: 'draw-lists', record: false }), { role, turnsInRole });
  state.move = { move, toward: state.region };
  // The flag conditions only pad the specificity: the lists leave flags to the draw.
  return storylet.when.every((c) => c.kind === 'flag' || holds(c, state));
}

describe('draw lists', () => {
  it('too long for masks hold exactly the storylets of the role and move whose times in role hold, in the draw order', () => {
    const def = defaultScenario().def;
    fc.assert(
      fc.property(fc.array(storyletArb, { minLength: 1, maxLength: 12 }), timeArb, (probes, turnsInRole) => {
        const storylets = [...FILLERS, ...probes];
        const rules = compileRoleRules(def, storylets, compileEligibility(storylets));
        for (const role of ROLES) {
          MOVES.forEach((move, moveIndex) => {
            const list = rules[role].drawLists[moveIndex] as DrawList;
            expect(list.masks).toBeNull();
            const drawn = tiersAt(list, turnsInRole).flatMap((tier) => tier.map((c) => [c.specificity, c.index]));
            const expected = storylets
              .map((s, index) => [s.when.length, index, s] as const)
              .filter(([, , s]) => admits(s, role, move, turnsInRole))
              .sort((a, b) => b[0] - a[0] || a[1] - b[1])
              .map(([specificity, index]) => [specificity, index]);
            // Every storylet that may be drawn is there, in order; at a whole time, nothing else is.
            const mayBeDrawn = drawn.filter(([, index]) => admits(storylets[index as number] as StoryletDef, role, move, turnsInRole));
            expect(mayBeDrawn, `${role} ${move} at ${turnsInRole}`).toEqual(expected);
            if (Number.isInteger(turnsInRole) && turnsInRole >= 0) expect(drawn, `${role} ${move} at ${turnsInRole}`).toEqual(expected);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cut into tiers of one specificity each', () => {
    const rules = defaultScenario().roles;
    for (const role of ROLES) {
      for (const list of rules[role].drawLists) {
        for (const tiers of [...list.byTime, list.anyTime]) for (const tier of tiers) expect(new Set(tier.map((c) => c.specificity)).size).toBe(1);
      }
    }
  });
});
