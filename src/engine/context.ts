// One command's working context: the state it mutates, the compiled content, lazily opened random
// streams for this half-step, and the sink for reports. Streams are keyed by (half-step, purpose),
// so the move and the choice of a turn never share numbers, and resuming between them changes nothing.
import type { CompiledScenario } from './compile';
import type { Emit, EngineEvent } from './events';
import { HalfStepDraws } from './rng';
import { rulesFor, type RoleRules } from './role-rules';
import type { RunState } from './state';

export class StepContext {
  /** Two per turn, one for the move and one for the choice; fixed when the command starts. */
  readonly halfStep: number;
  private draws: HalfStepDraws | null = null;
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
    this.halfStep = state.turn * 2 + (state.phase === 'event' ? 1 : 0);
    this.listening = sink !== null;
    this.rules = rulesFor(content.roles, state.role);
  }

  /** The next number, uniform in [0, 1), of this half-step's stream for the purpose at index `p` (see PURPOSE). */
  draw(p: number): number {
    this.draws ??= new HalfStepDraws(this.state.rng, this.halfStep);
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
