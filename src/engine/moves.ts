// The half-year's move: which paths lead from where the player stands, and what walking one does.
// Every working role has at least one legal move (opting out is always open).
import { contains, indexIn, MOVES, REGIONS, ROLES, type MoveId, type RegionId, type RoleId } from './ids';
import type { StepContext } from './context';
import { applyEffects, type EffectList } from './effects';
import { enterRole, hopCompany, payAtMostTopOfBand } from './employment';
import { homeRegion, IC_ROLES, MANAGER_ROLES, PM_ROLES, trackOf } from './ladder';
import { countCause, moveCause, type Cause } from './ledger';
import type { Command, MoveChoice, RunState } from './state';
import { hasFlag, setFlag } from './state';
import { PURPOSE } from './rng';

const RANGES: readonly RegionId[] = ['frontend-range', 'backend-range'];

/** A legal path as the engine keeps it: the choice, its move's index in MOVES, its cause and command. */
export interface Path {
  readonly choice: MoveChoice;
  readonly moveIndex: number;
  /** Whether the move is a step up (the bots ask on every pick). */
  readonly stepUp: boolean;
  readonly cause: Cause;
  /** The command that walks it; shared by every run, so frozen. */
  readonly command: Command;
}

function path(move: MoveId, toward: RegionId): Path {
  return {
    choice: Object.freeze({ move, toward }),
    moveIndex: MOVES.indexOf(move),
    stepUp: move === 'step-up',
    cause: moveCause(move),
    command: Object.freeze({ type: 'move', move, toward }),
  };
}

function pathsFrom(role: RoleId, here: RegionId): readonly Path[] {
  if (role === 'out') return [];
  const paths: Path[] = [];
  if (role === 'intermediate') {
    for (const range of RANGES) paths.push(path('step-up', range));
  } else {
    paths.push(path('step-up', here));
  }
  paths.push(path('opt-out', here), path('chase-pay', here));
  if (!MANAGER_ROLES.includes(role)) paths.push(path('go-manager', 'em-coast'));
  if (!PM_ROLES.includes(role)) paths.push(path('go-pm', 'pm-archipelago'));
  if (!IC_ROLES.includes(role)) for (const range of RANGES) paths.push(path('go-ic', range));
  return paths;
}

/** Where the player stands, as the engine keeps it: its index among all places, the role's in ROLES, the legal paths. */
export interface Place {
  readonly index: number;
  readonly role: number;
  readonly paths: readonly Path[];
  /** The paths' choices, for the player to pick from (shared, so frozen). */
  readonly choices: readonly MoveChoice[];
}

/** How many places there are: one per (role, region) pair. */
export const PLACE_COUNT = ROLES.length * REGIONS.length;

// Every (role, region) pair's place, made once, at index role * REGIONS.length + region: legality is
// checked on every command.
const PLACES: readonly Place[] = ROLES.flatMap((role, roleIndex) =>
  REGIONS.map((region, regionIndex) => {
    const paths = pathsFrom(role, region);
    return { index: roleIndex * REGIONS.length + regionIndex, role: roleIndex, paths, choices: Object.freeze(paths.map((p) => p.choice)) };
  }),
);
const NO_PATHS: readonly Path[] = [];
const NO_MOVES: readonly MoveChoice[] = Object.freeze([]);

// The last place asked about. The bot and the engine ask about one place one after the other, and
// finding a place by two names costs more than the rest of the check. It caches a pure function of
// (role, region), so no run can see another's.
let lastRole: RoleId | null = null;
let lastRegion: RegionId | null = null;
let lastPlace = PLACES[0] as Place;

/** Where the player stands (whatever the phase); shared, so callers must not change it. */
export function placeOf(state: RunState): Place {
  if (state.role !== lastRole || state.region !== lastRegion) {
    lastPlace = PLACES[indexIn(ROLES, state.role) * REGIONS.length + indexIn(REGIONS, state.region)] as Place;
    lastRole = state.role;
    lastRegion = state.region;
  }
  return lastPlace;
}

/** The paths from where the player stands, as the engine keeps them (shared: never change them). */
function legalPaths(state: RunState): readonly Path[] {
  return state.phase === 'move' ? placeOf(state).paths : NO_PATHS;
}

/** The paths from where the player stands; the list is shared, so callers must not change it. */
export function legalMoves(state: RunState): readonly MoveChoice[] {
  return state.phase === 'move' ? placeOf(state).choices : NO_MOVES;
}

/** The legal path that `choice` names, or null when it names none. */
export function pathOf(state: RunState, choice: MoveChoice): Path | null {
  const paths = legalPaths(state);
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i] as Path;
    // A bot plays the path's own command, known by identity before any name is compared.
    if (p.command === choice || (p.choice.move === choice.move && p.choice.toward === choice.toward)) return p;
  }
  return null;
}

export function isLegalMove(state: RunState, choice: MoveChoice): boolean {
  return pathOf(state, choice) !== null;
}

/** Chance of a transition at the player's influence, kept within the scenario's floor and ceiling. */
function transitionChance(ctx: StepContext, base: number): number {
  const t = ctx.content.tuning;
  const p = base + (ctx.state.qualities.influence - 50) * t.transitionPerInfluence;
  return Math.min(t.transitionCeiling, Math.max(t.transitionFloor, p));
}

/** The currents turn the player back: to the valley, or on a failed return to the islands they left from. */
function washBack(ctx: StepContext, toward: RegionId): void {
  countCause(ctx.state, 'crossing');
  applyEffects(ctx, ctx.content.washedBack, 'crossing');
  if (ctx.listening) ctx.emit({ type: 'crossing-failed', from: ctx.state.region, toward });
}

/** The half-step's one transition draw; moves that attempt no transition never open the stream. */
function transitionRoll(ctx: StepContext): number {
  return ctx.draw(PURPOSE.transition);
}

/**
 * Counts one more half-year of the move at `index` in MOVES. By index and field name, because a count
 * looked up by the move's name costs more than the rest of the move's bookkeeping.
 */
function countMove(counts: Record<MoveId, number>, index: number): void {
  switch (index) {
    case 0:
      counts['step-up'] += 1;
      return;
    case 1:
      counts['opt-out'] += 1;
      return;
    case 2:
      counts['chase-pay'] += 1;
      return;
    case 3:
      counts['go-manager'] += 1;
      return;
    case 4:
      counts['go-pm'] += 1;
      return;
    case 5:
      counts['go-ic'] += 1;
      return;
  }
}

/**
 * Walks the path: the move's own effects, then whatever transition it attempts. The crossings are
 * walked by a function of their own (`cross`): they are the rarer moves, and without them this is
 * small enough for the compiler to inline where a move is played.
 */
export function resolveMove(ctx: StepContext, { choice, moveIndex, cause }: Path): void {
  const s = ctx.state;
  const from = s.region;
  s.move = choice;
  countMove(s.moveCounts, moveIndex);
  countCause(s, cause);
  applyEffects(ctx, ctx.content.moveEffects[moveIndex] as EffectList, cause);
  switch (choice.move) {
    case 'step-up': {
      if (s.role === 'intermediate') {
        const track = trackOf(choice.toward);
        // Changing range halves the progress made toward the other one.
        if (s.track !== null && s.track !== track) s.qualities.initiative = Math.round(s.qualities.initiative / 2);
        s.track = track;
      }
      s.stepUps += 1;
      break;
    }
    case 'opt-out':
      break;
    case 'chase-pay':
      // The hunt lands at the end of the half-year, unless the event's choice takes or turns down an offer.
      s.pendingHop = hopCompany(ctx);
      break;
    default:
      cross(ctx, choice, cause);
  }
  if (ctx.listening) ctx.emit({ type: 'moved', move: choice.move, from, to: s.region });
}

/**
 * The IC rung a manager or PM comes back to: senior leaders come back as staff; the rest to senior
 * only if they had been senior before, since time away from the code builds no engineering depth
 * (seed 002), so an intermediate who left comes back intermediate.
 */
export function returningRung(s: Pick<RunState, 'role' | 'flags'>): RoleId {
  if (s.role === 'senior-manager' || s.role === 'director') return 'staff';
  return hasFlag(s, 'reached-senior') ? 'senior' : 'intermediate';
}

/** A move toward another part of the map: an application, a crossing, or a return to the ranges. */
function cross(ctx: StepContext, choice: MoveChoice, cause: Cause): void {
  const s = ctx.state;
  const t = ctx.content.tuning;
  switch (choice.move) {
    case 'go-manager':
      if (transitionRoll(ctx) < transitionChance(ctx, t.managerOpeningChance)) enterRole(ctx, 'manager', cause);
      else if (ctx.listening) ctx.emit({ type: 'application-denied', move: 'go-manager' });
      break;
    case 'go-pm':
      // The flag says a crossing to the islands failed and none has succeeded since: washed ashore.
      if (transitionRoll(ctx) < transitionChance(ctx, t.crossingChance)) {
        enterRole(ctx, 'pm', cause);
        setFlag(s, 'crossing-failed', false);
      } else {
        setFlag(s, 'crossing-failed', true);
        washBack(ctx, choice.toward);
      }
      break;
    case 'go-ic': {
      const fromIslands = contains(PM_ROLES, s.role);
      if (fromIslands && transitionRoll(ctx) >= transitionChance(ctx, t.returnCrossingChance)) {
        // Turned back before the place the return would have reached (the valley for an intermediate),
        // worked out only for the report.
        washBack(ctx, ctx.listening ? homeRegion(returningRung(s), trackOf(choice.toward) ?? s.track, s.region) : choice.toward);
        break;
      }
      s.track = trackOf(choice.toward) ?? s.track;
      enterRole(ctx, returningRung(s), cause);
      // Paid as the rung returned to: a manager's or a PM's pay above its band does not come along.
      payAtMostTopOfBand(ctx, cause);
      break;
    }
  }
}
