// Every ended run resolves into exactly one outcome: the first rule, in the library's order, whose
// conditions all hold. A library whose rules leave a run unmatched is a content error.
import type { CompiledScenario } from './compile';
import { allOf, compileCondition, within, type Predicate } from './conditions';
import { contains, type OutcomeId } from './ids';
import { fitsRole, STAFF_PLUS } from './ladder';
import type { ScenarioDef } from './scenario';
import type { OutcomeCondition, OutcomeDef } from './schema';
import type { RunState } from './state';

/** An outcome rule, its conditions compiled (compile.ts makes these once per scenario). */
export interface OutcomeRule {
  readonly id: OutcomeId;
  readonly holds: Predicate;
}

function compileOutcomeCondition(def: ScenarioDef, condition: OutcomeCondition): Predicate {
  switch (condition.kind) {
    case 'ended-by': {
      const reasons = condition.in;
      return (s) => s.endReason !== null && reasons.includes(s.endReason);
    }
    case 'move-count': {
      const { move, min, max } = condition;
      return (s) => within(s.moveCounts[move], min, max);
    }
    case 'quality-lead': {
      const { quality, over, by } = condition;
      return (s) => s.qualities[quality] - s.qualities[over] >= by;
    }
    case 'pay-vs-band': {
      const floor = condition.minRatio * def.pay.bands['mid-size'][condition.role];
      return (s) => s.compensation >= floor;
    }
    case 'fits-role': {
      const influence = def.tuning.staffFitInfluence.value;
      return (s) => fitsRole(contains(STAFF_PLUS, s.role), s.qualities.influence, influence);
    }
    default:
      return compileCondition(condition);
  }
}

export function compileOutcomeRules(def: ScenarioDef, outcomes: readonly OutcomeDef[]): readonly OutcomeRule[] {
  return outcomes.map((o) => ({ id: o.id, holds: allOf(o.when.map((c) => compileOutcomeCondition(def, c))) }));
}

export class NoOutcomeError extends Error {}

export function resolveOutcome(content: CompiledScenario, state: RunState): OutcomeId {
  const rules = content.outcomeRules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as OutcomeRule;
    if (rule.holds(state)) return rule.id;
  }
  throw new NoOutcomeError(`no outcome rule matches role ${state.role} ended by ${state.endReason}`);
}
