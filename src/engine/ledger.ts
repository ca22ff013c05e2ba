// The ledger attributes every change of a meter to the cause that made it, so the debrief can say
// which decisions moved which meter. Cause keys: `move:<move>`, `role:<role>`, `promotion:<role>`,
// `option:<storylet>:<index>`, `crossing`, `check-in`; and `check-in:<question>`, which moves no meter
// but counts the half-years that question of the check-in was answered no.
import { indexIn, MOVES, ROLES, type MeterId, type MoveId, type RoleId } from './ids';
import type { CheckIn, LedgerEntry, RunState } from './state';

export type Cause =
  | `move:${MoveId}`
  | `role:${RoleId}`
  | `promotion:${RoleId}`
  | `option:${string}:${number}`
  | 'crossing'
  | 'check-in'
  | `check-in:${keyof CheckIn}`;

function causes<K extends string, C extends Cause>(ids: readonly K[], cause: (id: K) => C): Readonly<Record<K, C>> {
  return Object.fromEntries(ids.map((id) => [id, cause(id)])) as Record<K, C>;
}

// Causes are made once, not on every change: most runs keep no ledger and never read them.
const MOVE_CAUSES = MOVES.map((m) => `move:${m}` as const);
export const ROLE_CAUSE = causes(ROLES, (r) => `role:${r}` as const);
export const PROMOTION_CAUSE = causes(ROLES, (r) => `promotion:${r}` as const);
/**
 * `move:<move>`, the cause of the half-years spent on `move`: taken from a table by a plain loop over
 * MOVES, which JavaScript engines inline (a lookup by the move's name goes through their slow generic
 * path, and the check-in makes one every half-year), or spelled out for a name the table lacks.
 */
export function moveCause(move: MoveId): Cause {
  const i = indexIn(MOVES, move);
  return i === -1 ? `move:${move}` : (MOVE_CAUSES[i] as Cause);
}

export const optionCause = (storylet: string, option: number): Cause => `option:${storylet}:${option}`;

function entryFor(ledger: Record<string, LedgerEntry>, cause: Cause): LedgerEntry {
  let entry = ledger[cause];
  if (!entry) {
    entry = { satisfaction: 0, burnout: 0, compensation: 0, count: 0 };
    ledger[cause] = entry;
  }
  return entry;
}

// `ledger !== null` rather than a test of truth: JavaScript engines test an object for truth with
// several checks, and these run on every change of a meter.

/** Records a change of a meter; a run without a ledger (batch speed) records nothing. */
export function attribute(state: RunState, cause: Cause, meter: MeterId, delta: number): void {
  if (state.ledger !== null && delta !== 0) entryFor(state.ledger, cause)[meter] += delta;
}

/** Counts one more half-year or choice for a cause. */
export function countCause(state: RunState, cause: Cause): void {
  if (state.ledger !== null) entryFor(state.ledger, cause).count += 1;
}
