// The run state: one plain, JSON-serialisable object that holds everything a run is, including the
// root of its random streams. Given the same state and command, the engine always does the same thing.
import {
  contains,
  type CompanyKind,
  type FlagId,
  type MoveId,
  type OutcomeId,
  type QualityId,
  type RegionId,
  type RoleId,
  type Track,
} from './ids';
import type { RootState } from './rng';
import type { EndReason } from './schema';

export type Phase = 'move' | 'event' | 'ended';

/** A half-year's move: what the player does, and the region the path leads to. */
export interface MoveChoice {
  readonly move: MoveId;
  readonly toward: RegionId;
}

export type Command =
  | { readonly type: 'move'; readonly move: MoveId; readonly toward: RegionId }
  | { readonly type: 'choose'; readonly option: number };

/** Whether two commands (either possibly absent, as past a run's end) are the same command. */
export function sameCommand(a: Command | undefined, b: Command | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.type === 'move' ? b.type === 'move' && a.move === b.move && a.toward === b.toward : b.type === 'choose' && a.option === b.option;
}

// Commands are plain immutable data, so every run shares one command per option index.
const CHOOSE: Command[] = [];

/** The command that takes the event's option at `option` (shared, so frozen). */
export function chooseCommand(option: number): Command {
  return (CHOOSE[option] ??= Object.freeze({ type: 'choose', option }));
}

/** The four questions of the half-yearly check-in (seed 002), answered from the state. */
export interface CheckIn {
  readonly learning: boolean;
  readonly lookingForward: boolean;
  readonly connected: boolean;
  readonly impact: boolean;
}

/** Satisfaction, burnout and compensation moved by one cause over the run. */
export interface LedgerEntry {
  satisfaction: number;
  burnout: number;
  compensation: number;
  /** Half-years (for moves and roles) or choices (for options) behind the entry. */
  count: number;
}

export interface Scheduled {
  readonly turn: number;
  readonly storylet: number;
  readonly option: number;
  readonly later: number;
}

export interface TurnRecord {
  readonly turn: number;
  readonly region: RegionId;
  readonly role: RoleId;
  readonly employer: number;
  readonly move: MoveId;
  readonly event: string;
  readonly option: number;
  readonly satisfaction: number;
  readonly burnout: number;
  readonly compensation: number;
  readonly qualities: Readonly<Record<QualityId, number>>;
}

export interface RunState {
  readonly version: number;
  readonly scenario: string;
  readonly seed: string;
  readonly rng: RootState;
  /** Half-years completed; the turn being played. */
  turn: number;
  phase: Phase;
  role: RoleId;
  region: RegionId;
  /** The range an IC climbs, chosen by the first step up from the valley. */
  track: Track | null;
  company: CompanyKind;
  /** Which employer, counting from 0; changes whenever the player changes company. */
  employer: number;
  satisfaction: number;
  burnout: number;
  /** Annual total compensation, thousands of USD. */
  compensation: number;
  qualities: Record<QualityId, number>;
  flags: FlagId[];
  turnsInRole: number;
  /** Half-years completed at the current employer (a new job's first half-years, told apart from a new role's). */
  turnsAtEmployer: number;
  /** Half-years of stepping up in the current role: what a promotion committee counts. */
  stepUps: number;
  moveCounts: Record<MoveId, number>;
  /** This half-year's move, once made. */
  move: MoveChoice | null;
  /** Where this half-year's job hunt lands at its end, unless an option takes another offer or stays. */
  pendingHop: CompanyKind | null;
  /** Whether this half-year's choice was to stay at the company (a stay-put effect, which also ends a hunt): unhappy staff do not quit. */
  stayingPut: boolean;
  /** Index of this half-year's storylet in the compiled content, once drawn. */
  event: number | null;
  /** Technical + influence when the turn began: the check-in's "am I learning?". */
  growthMark: number;
  seen: number[];
  scheduled: Scheduled[];
  /** What moved the meters, by cause, or null when the run is not recorded (batch speed). */
  ledger: Record<string, LedgerEntry> | null;
  staffPromotionTurn: number | null;
  checkIn: CheckIn | null;
  endReason: EndReason | null;
  outcome: OutcomeId | null;
  commands: Command[];
  /** One record per completed half-year, or null when the run is not recorded (batch speed). */
  history: TurnRecord[] | null;
}

/** The half-step the state stands at: two per turn, one for the move and one for the choice. */
export function halfStepOf(state: RunState): number {
  return state.turn * 2 + (state.phase === 'event' ? 1 : 0);
}

export function hasFlag(state: Pick<RunState, 'flags'>, flag: FlagId): boolean {
  return contains(state.flags, flag);
}

export function isStoryFlag(flag: FlagId): boolean {
  return flag.startsWith('story:');
}

/** Shortens one of the state's lists to `length`, popping: setting the length goes through the JavaScript engine's slow runtime path. */
export function truncate(list: unknown[], length: number): void {
  while (list.length > length) list.pop();
}

/** Keeps, in place and in order, only the items of one of the state's lists for which `keep` holds. */
export function keepOnly<T>(list: T[], keep: (item: T) => boolean): void {
  let kept = 0;
  for (let i = 0; i < list.length; i++) if (keep(list[i] as T)) list[kept++] = list[i] as T;
  truncate(list, kept);
}

/** Clears every story flag: they tie later events to the job, and go with it (see employment.ts). */
export function clearStoryFlags(state: RunState): void {
  keepOnly(state.flags, (flag) => !isStoryFlag(flag));
}

export function setFlag(state: RunState, flag: FlagId, on: boolean): void {
  let at = -1;
  for (let i = 0; i < state.flags.length && at < 0; i++) if (state.flags[i] === flag) at = i;
  if (on && at < 0) state.flags.push(flag);
  if (!on && at >= 0) state.flags.splice(at, 1);
}

/** A deep copy, so a caller can keep the state it had while the engine moves on. */
export function cloneState(state: RunState): RunState {
  return {
    ...state,
    qualities: { ...state.qualities },
    flags: [...state.flags],
    moveCounts: { ...state.moveCounts },
    seen: [...state.seen],
    scheduled: [...state.scheduled],
    ledger: state.ledger ? Object.fromEntries(Object.entries(state.ledger).map(([k, v]) => [k, { ...v }])) : null,
    commands: [...state.commands],
    history: state.history ? [...state.history] : null,
  };
}
