// What the room's tests share: finished careers (bot runs, and runs that follow another run's first
// commands and then go their own way, as players on one seed do), the presets, and a storage stand-in.
import { defaultScenario } from '../../src/content/index';
import { applyInPlace, botCommand, createRun, runCodeOf, type CompiledScenario, type Command, type StrategyId } from '../../src/engine/index';
import { presetScenarios } from '../../src/scenario-file/resolve';

export const scenarios = presetScenarios;

/** The code of a career on `seed` that makes `prefix`'s commands first, then plays `strategy`. */
export function careerCode(seed: string, strategy: StrategyId, prefix: readonly Command[] = [], content: CompiledScenario = defaultScenario()): string {
  const state = createRun(content, { seed, record: false });
  for (const command of prefix) applyInPlace(content, state, command);
  while (state.phase !== 'ended') applyInPlace(content, state, botCommand(content, strategy, state));
  return runCodeOf(state);
}

/** `code` with its last character changed, whatever it was: its checksum no longer matches. */
export function damagedCode(code: string): string {
  return `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
}
