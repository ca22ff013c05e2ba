// The half-yearly check-in of seed 002, answered from the state: am I learning, do I look forward to
// work, do I feel connected, am I making an impact? Its answers move satisfaction.
import { attribute, countCause, type Cause } from './ledger';
import type { TuningKey } from './scenario';
import type { CheckIn, RunState } from './state';

/** The four questions, in the order they are asked. */
export const CHECK_IN_KEYS: readonly (keyof CheckIn)[] = ['learning', 'lookingForward', 'connected', 'impact'];
/** The ledger's cause that counts the noes to each question. */
export const CHECK_IN_MISS_CAUSE: Readonly<Record<keyof CheckIn, Cause>> = {
  learning: 'check-in:learning',
  lookingForward: 'check-in:lookingForward',
  connected: 'check-in:connected',
  impact: 'check-in:impact',
};

export function growthMark(state: RunState): number {
  return state.qualities.technical + state.qualities.influence;
}

// Every set of answers there can be, by its yeses' bits (learning 1, looking forward 2, connected 4,
// impact 8), made once: every half-year answers, and runs share the answers (so frozen).
const ANSWERS: readonly CheckIn[] = Array.from({ length: 16 }, (_, bits) =>
  Object.freeze({
    learning: (bits & 1) !== 0,
    lookingForward: (bits & 2) !== 0,
    connected: (bits & 4) !== 0,
    impact: (bits & 8) !== 0,
  }),
);

/**
 * `fitsRole` is false for someone doing a job they are not suited to (seed 003's Peter principle):
 * they neither look forward to work nor feel their proposals land.
 */
export function answerCheckIn(state: RunState, t: Readonly<Record<TuningKey, number>>, fitsRole = true): CheckIn {
  const q = state.qualities;
  const learning = growthMark(state) > state.growthMark || state.turnsInRole < 2;
  const lookingForward = fitsRole && state.burnout < t.checkInBurnoutBelow && state.satisfaction >= t.checkInSatisfactionAtLeast;
  const connected = q.repEngineers >= t.checkInConnectedRepEngineers || q.network >= t.checkInConnectedNetwork;
  const impact = fitsRole && (q.influence >= t.checkInImpactInfluence || q.initiative >= t.checkInImpactInitiative);
  return ANSWERS[(learning ? 1 : 0) | (lookingForward ? 2 : 0) | (connected ? 4 : 0) | (impact ? 8 : 0)] as CheckIn;
}

export function yesCount(answers: CheckIn): number {
  return (answers.learning ? 1 : 0) + (answers.lookingForward ? 1 : 0) + (answers.connected ? 1 : 0) + (answers.impact ? 1 : 0);
}

/**
 * Records a check-in in the ledger: its pull on satisfaction under a cause of its own (the pull moves
 * satisfaction toward what the answers say work is like, whichever move the half-year made), and a
 * count for each question answered no, which the debrief names.
 */
export function recordCheckIn(state: RunState, answers: CheckIn, pulled: number): void {
  attribute(state, 'check-in', 'satisfaction', pulled);
  countCause(state, 'check-in');
  for (const question of CHECK_IN_KEYS) if (!answers[question]) countCause(state, CHECK_IN_MISS_CAUSE[question]);
}
