// One command's working context: the state it mutates, the compiled content, the random streams of
// its half-step, and the sink for reports. Streams are keyed by (half-step, purpose), so the move and
// the choice of a turn never share numbers, and resuming between them changes nothing. A batch career
// keeps one context for all its commands (see `begin`): making one per command, with its draws and
// its role's rules, cost more than most of what the command then does.
import type { CompiledScenario } from './compile';
import type { Emit, EngineEvent } from './events';
import { HalfStepDraws } from './rng';
import { rulesFor, type RoleRules } from './role-rules';
import { halfStepOf, type RunState } from './state';

export class StepContext {
  /** The draws of the half-step the command plays; restarted by `begin`. */
  readonly draws: HalfStepDraws;
  /** The rules of the role last asked about: a command rarely changes role, and asks often. */
  private rules: RoleRules;
  /**
   * Whether anyone listens for reports. Callers build a report only when true, so a batch run
   * (no listener) allocates none.
   */
  readonly listening: boolean;

  constructor(
    readonly state: RunState,
    readonly content: CompiledScenario,
    private readonly sink: Emit,
  ) {
    this.draws = new HalfStepDraws(state.rng, halfStepOf(state));
    this.listening = sink !== null;
    this.rules = rulesFor(content.roles, state.role);
  }

  /** Readies the context for the state's next command: its half-step's streams, none drawn yet. */
  begin(): void {
    this.draws.restart(halfStepOf(this.state));
  }

  /** The next number, uniform in [0, 1), of this half-step's stream for the purpose at index `p` (see PURPOSE). */
  draw(p: number): number {
    return this.draws.draw(p);
  }

  /** The rules of the role held now. */
  roleRules(): RoleRules {
    if (this.rules.role !== this.state.role) this.rules = rulesFor(this.content.roles, this.state.role);
    return this.rules;
  }

  emit(event: EngineEvent): void {
    if (this.sink) this.sink(event);
  }
}
