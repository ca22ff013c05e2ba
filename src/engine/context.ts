// One command's working context: the state it mutates, the compiled content, lazily opened random
// streams for this half-step, and the sink for reports. Streams are keyed by (half-step, purpose),
// so the move and the choice of a turn never share numbers, and resuming between them changes nothing.
import type { CompiledScenario } from './compile';
import type { Emit, EngineEvent } from './events';
import { streamFor, type Purpose, type Stream } from './rng';
import type { RunState } from './state';

export class StepContext {
  private readonly streams: Partial<Record<Purpose, Stream>> = {};
  /** Two per turn, one for the move and one for the choice; fixed when the command starts. */
  readonly halfStep: number;

  constructor(
    readonly state: RunState,
    readonly content: CompiledScenario,
    private readonly sink: Emit,
  ) {
    this.halfStep = state.turn * 2 + (state.phase === 'event' ? 1 : 0);
  }

  stream(purpose: Purpose): Stream {
    let s = this.streams[purpose];
    if (!s) {
      s = streamFor(this.state.rng, this.halfStep, purpose);
      this.streams[purpose] = s;
    }
    return s;
  }

  emit(event: EngineEvent): void {
    if (this.sink) this.sink(event);
  }
}
