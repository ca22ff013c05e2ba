// A whole career played by a bot: the batch simulator's unit of work.
import { makeBot, optionFor, pathFor } from './bots';
import type { CompiledScenario } from './compile';
import { StepContext } from './context';
import type { OptionStyle, StrategyId } from './ids';
import { createRun, playMove, playOption } from './run';
import { chooseCommand, type RunState } from './state';

// The bot picks among the legal commands, so the career plays them without applyInPlace's check
// (nor its search for the path a command names), through one context begun again at each half-step.
export function simulateCareer(
  content: CompiledScenario,
  strategy: StrategyId,
  seed: string,
  record = false,
  lean: OptionStyle | null = null,
): RunState {
  const state = createRun(content, { seed, record });
  const bot = makeBot(strategy, lean);
  const ctx = new StepContext(state, content, null);
  while (state.phase !== 'ended') {
    ctx.begin();
    if (state.phase === 'move') {
      const path = pathFor(bot, state, ctx.draws);
      playMove(ctx, path.command, path);
    } else {
      const option = optionFor(content, bot, state, ctx.draws);
      playOption(ctx, chooseCommand(option), option);
    }
  }
  return state;
}
