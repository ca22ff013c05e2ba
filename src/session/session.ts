// The one place that holds a live run: commands go in through `dispatch`, the engine's reports go out
// to subscribers, and every accepted command is handed to `persist` (the save). Views read the state
// through the session and never change it themselves.
import { refusal, step, type CompiledScenario, type Command, type RunState } from '../engine';
import type { Listener, RunView } from './run-view';

export class Session implements RunView {
  private current: RunState;
  private readonly listeners = new Set<Listener>();

  constructor(
    readonly content: CompiledScenario,
    state: RunState,
    private readonly persist: (state: RunState) => void = () => {},
  ) {
    this.current = state;
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
    this.persist(state);
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
