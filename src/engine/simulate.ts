// A whole career played by a bot: the batch simulator's unit of work.
import { command, makeBot } from './bots';
import type { CompiledScenario } from './compile';
import type { OptionStyle, StrategyId } from './ids';
import { applyInPlace, createRun } from './run';
import type { RunState } from './state';

export function simulateCareer(
  content: CompiledScenario,
  strategy: StrategyId,
  seed: string,
  record = false,
  lean: OptionStyle | null = null,
): RunState {
  const state = createRun(content, { seed, record });
  const bot = makeBot(strategy, lean);
  while (state.phase !== 'ended') applyInPlace(content, state, command(content, bot, state));
  return state;
}
