// One chunk of a strategy's seeded careers: careers `from` to `to` (exclusive) of `runs`, seeded as
// the sim CLI seeds them, so any split of a batch into chunks adds up to the CLI's numbers.
import type { CompiledScenario } from '../engine/compile';
import type { StrategyId } from '../engine/ids';
import { simulateCareer } from '../engine/simulate';
import { addCareer, emptyTally, finalsOf, seedOf, type Tally } from './tally';

export interface ChunkSpec {
  readonly strategy: StrategyId;
  /** The base seed; career i plays seed `seed-i` (or `seed` itself when runs is 1). */
  readonly seed: string;
  readonly runs: number;
  readonly from: number;
  readonly to: number;
}

export function playChunk(content: CompiledScenario, chunk: ChunkSpec): Tally {
  const tally = emptyTally(chunk.strategy);
  for (let i = chunk.from; i < chunk.to; i++) {
    const state = simulateCareer(content, chunk.strategy, seedOf(chunk.seed, i, chunk.runs));
    addCareer(tally, state.outcome, finalsOf(state));
  }
  return tally;
}

/** Splits `runs` careers of each strategy into chunks of at most `size`, strategy by strategy. */
export function chunksOf(strategies: readonly StrategyId[], seed: string, runs: number, size: number): ChunkSpec[] {
  const chunks: ChunkSpec[] = [];
  for (const strategy of strategies)
    for (let from = 0; from < runs; from += size) chunks.push({ strategy, seed, runs, from, to: Math.min(runs, from + size) });
  return chunks;
}
