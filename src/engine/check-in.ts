// The half-yearly check-in of seed 002, answered from the state: am I learning, do I look forward to
// work, do I feel connected, am I making an impact? Its answers move satisfaction.
import type { TuningKey } from './scenario';
import type { CheckIn, RunState } from './state';

export function growthMark(state: RunState): number {
  return state.qualities.technical + state.qualities.influence;
}

/**
 * `fitsRole` is false for someone doing a job they are not suited to (seed 003's Peter principle):
 * they neither look forward to work nor feel their proposals land.
 */
export function answerCheckIn(state: RunState, t: Readonly<Record<TuningKey, number>>, fitsRole = true): CheckIn {
  const q = state.qualities;
  return {
    learning: growthMark(state) > state.growthMark || state.turnsInRole < 2,
    lookingForward: fitsRole && state.burnout < t.checkInBurnoutBelow && state.satisfaction >= t.checkInSatisfactionAtLeast,
    connected: q.repEngineers >= t.checkInConnectedRepEngineers || q.network >= t.checkInConnectedNetwork,
    impact: fitsRole && (q.influence >= t.checkInImpactInfluence || q.initiative >= t.checkInImpactInitiative),
  };
}

export function yesCount(answers: CheckIn): number {
  return (answers.learning ? 1 : 0) + (answers.lookingForward ? 1 : 0) + (answers.connected ? 1 : 0) + (answers.impact ? 1 : 0);
}
