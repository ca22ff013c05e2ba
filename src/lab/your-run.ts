// A player's run set beside the bots: the run replayed from its code, one career of each strategy on
// the same seed and scenario (same-seed careers draw the same events when they choose alike, GAME.md's
// common random numbers), and where the run stands in each strategy's distribution.
import type { CompiledScenario } from '../engine/compile';
import { METERS, type MeterId, type StrategyId } from '../engine/ids';
import { replay } from '../engine/replay';
import type { RunCodeParts } from '../engine/run-code';
import { simulateCareer } from '../engine/simulate';
import { finalsOf, outcomeShare, standing, UNFINISHED, type FinalMeters, type StrategySummary } from './tally';

export interface Career {
  /** The strategy that played it, or 'you'. */
  readonly who: StrategyId | 'you';
  readonly outcome: string;
  readonly finals: FinalMeters;
}

export interface YourRun {
  readonly seed: string;
  readonly you: Career;
  readonly bots: readonly Career[];
}

export type Replayed = { readonly ok: true; readonly value: YourRun } | { readonly ok: false; readonly error: string };

export function yourRunAgainstBots(content: CompiledScenario, code: RunCodeParts, strategies: readonly StrategyId[]): Replayed {
  const played = replay(content, code.seed, code.commands, false);
  if (!played.ok) return { ok: false, error: `your run code does not replay in this scenario: ${played.error}` };
  const you: Career = { who: 'you', outcome: played.value.outcome ?? UNFINISHED, finals: finalsOf(played.value) };
  const bots = strategies.map((strategy): Career => {
    const state = simulateCareer(content, strategy, code.seed);
    return { who: strategy, outcome: state.outcome ?? UNFINISHED, finals: finalsOf(state) };
  });
  return { ok: true, value: { seed: code.seed, you, bots } };
}

export interface Standing {
  readonly strategy: StrategyId;
  /** Percent of the strategy's careers that ended as your run did. */
  readonly sameOutcome: number;
  /** For each meter, the percent of the strategy's careers your final value is above (ties half). */
  readonly meters: Readonly<Record<MeterId, number>>;
}

export function standingsOf(you: Career, summaries: readonly StrategySummary[]): Standing[] {
  return summaries.map((summary) => {
    const meters = {} as Record<MeterId, number>;
    for (const meter of METERS) meters[meter] = standing(summary.meters[meter].sorted, you.finals[meter]);
    return { strategy: summary.strategy, sameOutcome: outcomeShare(summary, you.outcome), meters };
  });
}
