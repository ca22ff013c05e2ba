// A run code replayed step by step, forward and back. It offers the same RunView as a live session,
// so the map and the panels show a replay exactly as they showed the run.
import { replay, step, type CompiledScenario, type Command, type RunState } from '../engine';
import type { Listener, RunView } from './run-view';

export class ReplayView implements RunView {
  private current: RunState;
  private position = 0;
  private readonly listeners = new Set<Listener>();

  /** Throws when `commands` do not replay from the start (decode and check the code first). */
  constructor(
    readonly content: CompiledScenario,
    private readonly seed: string,
    private readonly commands: readonly Command[],
  ) {
    const start = replay(content, seed, [], true);
    if (!start.ok) throw new Error(start.error);
    this.current = start.value;
    const whole = replay(content, seed, commands, false);
    if (!whole.ok) throw new Error(whole.error);
  }

  get state(): RunState {
    return this.current;
  }

  /** Commands applied so far, and in all. */
  get progress(): { readonly at: number; readonly of: number } {
    return { at: this.position, of: this.commands.length };
  }

  /** The command the code plays next; undefined at its end. */
  get next(): Command | undefined {
    return this.commands[this.position];
  }

  forward(): void {
    const command = this.commands[this.position];
    if (!command) return;
    const { state, events } = step(this.content, this.current, command);
    this.position += 1;
    this.publish(state, events);
  }

  back(): void {
    if (this.position === 0) return;
    this.position -= 1;
    const earlier = replay(this.content, this.seed, this.commands.slice(0, this.position), true);
    if (earlier.ok) this.publish(earlier.value, []);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.current, []);
    return () => this.listeners.delete(listener);
  }

  private publish(state: RunState, events: Parameters<Listener>[1]): void {
    this.current = state;
    for (const listener of this.listeners) listener(state, events);
  }
}
