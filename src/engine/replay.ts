// Replay: a run is its (version, scenario, seed, commands); applying the commands to a new run
// reproduces every draw. A command that is not legal where it falls is reported, never skipped.
import type { CompiledScenario } from './compile';
import { applyInPlace, createRun, refusal } from './run';
import type { Decoded } from './run-code';
import type { Command, RunState } from './state';

export function replay(
  content: CompiledScenario,
  seed: string,
  commands: readonly Command[],
  record = true,
): Decoded<RunState> {
  const state = createRun(content, { seed, record });
  for (let i = 0; i < commands.length; i++) {
    const command = commands[i] as Command;
    const why = refusal(content, state, command);
    if (why !== null) return { ok: false, error: `step ${i + 1}: ${why}` };
    applyInPlace(content, state, command);
  }
  return { ok: true, value: state };
}
