// Every ended run resolves into exactly one outcome: the first rule, in the library's order, whose
// conditions all hold. A library whose rules leave a run unmatched is a content error.
import type { CompiledScenario } from './compile';
import { holds, within } from './conditions';
import type { OutcomeId } from './ids';
import type { OutcomeCondition } from './schema';
import type { RunState } from './state';

function outcomeHolds(content: CompiledScenario, condition: OutcomeCondition, state: RunState): boolean {
  switch (condition.kind) {
    case 'ended-by':
      return state.endReason !== null && condition.in.includes(state.endReason);
    case 'move-count':
      return within(state.moveCounts[condition.move], condition.min, condition.max);
    case 'quality-lead':
      return state.qualities[condition.quality] - state.qualities[condition.over] >= condition.by;
    case 'pay-vs-band':
      return state.compensation >= condition.minRatio * content.def.pay.bands['mid-size'][condition.role];
    default:
      return holds(condition, state);
  }
}

export class NoOutcomeError extends Error {}

export function resolveOutcome(content: CompiledScenario, state: RunState): OutcomeId {
  for (const outcome of content.library.outcomes) {
    if (outcome.when.every((c) => outcomeHolds(content, c, state))) return outcome.id;
  }
  throw new NoOutcomeError(`no outcome rule matches role ${state.role} ended by ${state.endReason}`);
}
