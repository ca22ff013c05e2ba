// Random storylet conditions for the property tests that compare the draw's compiled forms with `holds`.
import fc from 'fast-check';
import { COMPANY_KINDS, MOVES, QUALITIES, REGIONS, ROLES, type FlagId } from '../../src/engine/index';
import type { Condition } from '../../src/engine/schema';

/**
 * Any condition the draw tests itself, with numeric bounds from `bound` (undefined: no bound) and flags
 * from `flags`; with `listed`, also the role and move conditions the draw lists apply.
 */
export function conditionArb(bound: fc.Arbitrary<number | undefined>, flags: readonly FlagId[], listed = false): fc.Arbitrary<Condition> {
  const range = { min: bound, max: bound };
  const drawn: fc.Arbitrary<Condition>[] = [
    fc.record({ kind: fc.constant('quality' as const), quality: fc.constantFrom(...QUALITIES), ...range }, { requiredKeys: ['kind', 'quality'] }),
    fc.record({ kind: fc.constant('meter' as const), meter: fc.constantFrom('satisfaction' as const, 'burnout' as const), ...range }, { requiredKeys: ['kind', 'meter'] }),
    fc.record({ kind: fc.constant('pay' as const), ...range }, { requiredKeys: ['kind'] }),
    fc.record({ kind: fc.constant('turn' as const), ...range }, { requiredKeys: ['kind'] }),
    fc.record({ kind: fc.constant('turns-in-role' as const), ...range }, { requiredKeys: ['kind'] }),
    fc.record({ kind: fc.constant('turns-at-employer' as const), ...range }, { requiredKeys: ['kind'] }),
    fc.record({ kind: fc.constant('job-changes' as const), ...range }, { requiredKeys: ['kind'] }),
    fc.record({ kind: fc.constant('flag' as const), flag: fc.constantFrom(...flags), is: fc.boolean() }),
    fc.record({ kind: fc.constant('company' as const), in: fc.subarray([...COMPANY_KINDS]) }),
    fc.record({ kind: fc.constant('region' as const), in: fc.subarray([...REGIONS]) }),
  ];
  const byList: fc.Arbitrary<Condition>[] = [
    fc.record({ kind: fc.constant('role' as const), in: fc.subarray([...ROLES], { minLength: 1 }) }),
    fc.record({ kind: fc.constant('move' as const), in: fc.subarray([...MOVES], { minLength: 1 }) }),
  ];
  return fc.oneof(...drawn, ...(listed ? byList : []));
}
