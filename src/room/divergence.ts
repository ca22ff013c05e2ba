// Where runs on one seed went their own way. Runs of one scenario and seed meet the same fortune until
// their commands differ, so the first differing command is where a run diverged. Each run is compared
// with the room's most common path: at each step, the choice most runs still on the path made.
import { METERS, sameCommand } from '../engine';
import type { Meters, RoomRun } from './room-run';

/** Turns after the divergence at which its early effect on the meters is read. */
export const SOON_AFTER = 2;

export interface SeedGroup {
  readonly scenario: string;
  readonly seed: string;
  readonly runs: readonly RoomRun[];
}

/** Runs that share a scenario and seed, two or more per group, largest group first. */
export function seedGroups(runs: readonly RoomRun[]): SeedGroup[] {
  const groups = new Map<string, RoomRun[]>();
  for (const run of runs) {
    const key = JSON.stringify([run.scenario, run.seed]);
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({ scenario: (g[0] as RoomRun).scenario, seed: (g[0] as RoomRun).seed, runs: g }))
    .sort((a, b) => b.runs.length - a.runs.length);
}

/** A command as the player saw it, read from the run that made it; "the run had ended" when none. */
function commandText(run: RoomRun, step: number): string {
  const turn = run.history[Math.floor(step / 2)];
  if (turn === undefined) return 'the run had ended';
  return step % 2 === 0 ? turn.moveText : turn.optionText;
}

export interface Branch {
  readonly text: string;
  readonly runs: readonly RoomRun[];
  readonly meanFinal: Meters;
}

/** The choice that set a split's runs apart from the rest of their seed, and the half-year it was made in. */
export interface SetApart {
  readonly turn: number;
  readonly text: string;
}

/** A step at which the runs that had chosen alike so far chose differently. */
export interface Split {
  readonly step: number;
  readonly turn: number;
  readonly kind: 'move' | 'option';
  /** Runs that had chosen alike up to this step. */
  readonly runs: number;
  /**
   * The choices that set those runs apart from the rest of their seed, one per earlier split on their
   * way, oldest first; empty when they are all the seed's runs.
   */
  readonly after: readonly SetApart[];
  /** The choices made here, the most common first. */
  readonly branches: readonly Branch[];
}

export interface Departure {
  readonly run: RoomRun;
  /** The first step (counting from 0) where the run left the room's path; null when it never did. */
  readonly step: number | null;
  readonly turn: number | null;
  readonly kind: 'move' | 'option' | null;
  readonly chose: string;
  readonly roomChose: string;
  /** The run's meters minus the path's, SOON_AFTER half-years after leaving it (or at its last shared turn). */
  readonly soon: { readonly turn: number; readonly delta: Meters } | null;
  readonly atEnd: Meters;
}

export interface Divergence {
  readonly group: SeedGroup;
  /** A run that follows the room's most common path to its end. */
  readonly reference: RoomRun;
  readonly splits: readonly Split[];
  readonly departures: readonly Departure[];
}

function meanFinal(runs: readonly RoomRun[]): Meters {
  const mean = (meter: keyof Meters): number => runs.reduce((s, r) => s + r.final[meter], 0) / runs.length;
  return { satisfaction: mean('satisfaction'), burnout: mean('burnout'), compensation: mean('compensation') };
}

function difference(a: Meters, b: Meters): Meters {
  const d = Object.fromEntries(METERS.map((m) => [m, a[m] - b[m]]));
  return d as unknown as Meters;
}

/** The runs grouped by the command they make at `step`, the largest group first (ties: room order). */
function branchesAt(runs: readonly RoomRun[], step: number): RoomRun[][] {
  const branches: RoomRun[][] = [];
  for (const run of runs) {
    const branch = branches.find((b) => sameCommand((b[0] as RoomRun).commands[step], run.commands[step]));
    if (branch) branch.push(run);
    else branches.push([run]);
  }
  return branches.sort((a, b) => b.length - a.length);
}

/** Walks the prefix tree of the group's commands: every split, and the most common path's end. */
function walk(runs: readonly RoomRun[], step: number, after: readonly SetApart[], splits: Split[]): RoomRun {
  if (runs.length === 1 || runs.every((r) => r.commands[step] === undefined)) return runs[0] as RoomRun;
  const branches = branchesAt(runs, step);
  const turn = Math.floor(step / 2);
  if (branches.length > 1)
    splits.push({
      step,
      turn,
      kind: step % 2 === 0 ? 'move' : 'option',
      runs: runs.length,
      after,
      branches: branches.map((b) => ({ text: commandText(b[0] as RoomRun, step), runs: b, meanFinal: meanFinal(b) })),
    });
  const ends = branches.map((b) => walk(b, step + 1, branches.length > 1 ? [...after, { turn, text: commandText(b[0] as RoomRun, step) }] : after, splits));
  return ends[0] as RoomRun;
}

function departure(run: RoomRun, reference: RoomRun): Departure {
  const length = Math.max(run.commands.length, reference.commands.length);
  let step = 0;
  while (step < length && sameCommand(run.commands[step], reference.commands[step])) step++;
  const atEnd = difference(run.final, reference.final);
  if (step === length) return { run, step: null, turn: null, kind: null, chose: '', roomChose: '', soon: null, atEnd };
  const turn = Math.floor(step / 2);
  const lastShared = Math.min(run.history.length, reference.history.length) - 1;
  const soonTurn = Math.min(turn + SOON_AFTER, lastShared);
  const mine = run.history[soonTurn];
  const theirs = reference.history[soonTurn];
  return {
    run,
    step,
    turn,
    kind: step % 2 === 0 ? 'move' : 'option',
    chose: commandText(run, step),
    roomChose: commandText(reference, step),
    soon: mine && theirs ? { turn: soonTurn, delta: difference(mine, theirs) } : null,
    atEnd,
  };
}

export function divergence(group: SeedGroup): Divergence {
  const splits: Split[] = [];
  const reference = walk(group.runs, 0, [], splits);
  splits.sort((a, b) => a.step - b.step || b.runs - a.runs);
  return { group, reference, splits, departures: group.runs.map((run) => departure(run, reference)) };
}
