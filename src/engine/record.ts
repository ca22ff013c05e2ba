// The run record: what `npm run sim` prints for a run and what the browser and Node must agree on.
import { fnv1a } from './hash';
import type { OutcomeId, StrategyId } from './ids';
import { encodeRunCode } from './run-code';
import type { RunState, TurnRecord } from './state';

export interface RunRecord {
  readonly version: number;
  readonly scenario: string;
  readonly seed: string;
  readonly strategy: StrategyId | 'player';
  readonly code: string;
  readonly outcome: OutcomeId | null;
  readonly turns: number;
  readonly final: { readonly satisfaction: number; readonly burnout: number; readonly compensation: number };
  readonly history: readonly TurnRecord[];
}

export function runCodeOf(state: RunState): string {
  return encodeRunCode({ version: state.version, scenario: state.scenario, seed: state.seed, commands: state.commands });
}

export function runRecord(state: RunState, strategy: StrategyId | 'player'): RunRecord {
  return {
    version: state.version,
    scenario: state.scenario,
    seed: state.seed,
    strategy,
    code: runCodeOf(state),
    outcome: state.outcome,
    turns: state.phase === 'ended' ? state.turn + 1 : state.turn,
    final: { satisfaction: state.satisfaction, burnout: state.burnout, compensation: state.compensation },
    history: state.history ?? [],
  };
}

/** A fingerprint of a record, identical wherever the same run is played. */
export function recordHash(record: RunRecord): string {
  const { strategy: _strategy, ...played } = record;
  return fnv1a(JSON.stringify(played));
}
