// The one place that holds a live run: commands go in through `dispatch`, the engine's reports go out
// to subscribers. Views read the state through the session and never change it themselves.
import {
  step,
  refusal,
  createRun,
  type CompiledScenario,
  type Command,
  type EngineEvent,
  type RunState,
} from '../engine';

export type Listener = (state: RunState, events: readonly EngineEvent[]) => void;

export class Session {
  private current: RunState;
  private readonly listeners = new Set<Listener>();

  constructor(
    readonly content: CompiledScenario,
    seed: string,
  ) {
    this.current = createRun(content, { seed });
  }

  get state(): RunState {
    return this.current;
  }

  /** Applies a command; an illegal one is refused with the reason, and nothing changes. */
  dispatch(command: Command): { ok: true } | { ok: false; error: string } {
    const why = refusal(this.content, this.current, command);
    if (why !== null) return { ok: false, error: why };
    const { state, events } = step(this.content, this.current, command);
    this.current = state;
    for (const listener of this.listeners) listener(state, events);
    return { ok: true };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.current, []);
    return () => this.listeners.delete(listener);
  }
}

/** A fresh random seed: six letters and digits, easy to read aloud in a room. */
export function randomSeed(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
