// What a view may know of a run: the content, the current state, and a feed of changes. A live
// session and a replay both offer it; views never change a run through it.
import type { CompiledScenario, EngineEvent, RunState } from '../engine';

/** Called with the new state and what the engine reported on the way there (empty on subscribe). */
export type Listener = (state: RunState, events: readonly EngineEvent[]) => void;

export interface RunView {
  readonly content: CompiledScenario;
  readonly state: RunState;
  /** Calls `listener` at once with the current state, then on every change; returns the unsubscribe. */
  subscribe(listener: Listener): () => void;
}
