// The half-year's move: which paths lead from where the player stands, and what walking one does.
// Every working role has at least one legal move (opting out is always open).
import type { RegionId, RoleId } from './ids';
import type { StepContext } from './context';
import { applyEffects } from './effects';
import { enterRole, hopCompany } from './employment';
import { IC_ROLES, MANAGER_ROLES, PM_ROLES, trackOf } from './ladder';
import { countCause } from './ledger';
import type { MoveChoice, RunState } from './state';
import { setFlag } from './state';

const RANGES: readonly RegionId[] = ['frontend-range', 'backend-range'];

const NO_MOVES: readonly MoveChoice[] = [];
const cache = new Map<RoleId, Map<RegionId, readonly MoveChoice[]>>();

/** The paths from where the player stands; the list is shared, so callers must not change it. */
export function legalMoves(state: RunState): readonly MoveChoice[] {
  if (state.phase !== 'move' || state.role === 'out') return NO_MOVES;
  let byRegion = cache.get(state.role);
  if (!byRegion) {
    byRegion = new Map();
    cache.set(state.role, byRegion);
  }
  let moves = byRegion.get(state.region);
  if (!moves) {
    moves = Object.freeze(pathsFrom(state.role, state.region));
    byRegion.set(state.region, moves);
  }
  return moves;
}

function pathsFrom(role: RoleId, here: RegionId): MoveChoice[] {
  const moves: MoveChoice[] = [];
  if (role === 'intermediate') {
    for (const range of RANGES) moves.push({ move: 'step-up', toward: range });
  } else {
    moves.push({ move: 'step-up', toward: here });
  }
  moves.push({ move: 'opt-out', toward: here }, { move: 'chase-pay', toward: here });
  if (!MANAGER_ROLES.includes(role)) moves.push({ move: 'go-manager', toward: 'em-coast' });
  if (!PM_ROLES.includes(role)) moves.push({ move: 'go-pm', toward: 'pm-archipelago' });
  if (!IC_ROLES.includes(role)) for (const range of RANGES) moves.push({ move: 'go-ic', toward: range });
  return moves;
}

export function isLegalMove(state: RunState, choice: MoveChoice): boolean {
  const moves = legalMoves(state);
  for (let i = 0; i < moves.length; i++) {
    const m = moves[i] as MoveChoice;
    if (m.move === choice.move && m.toward === choice.toward) return true;
  }
  return false;
}

/** Chance of a transition at the player's influence, kept within the scenario's floor and ceiling. */
function transitionChance(ctx: StepContext, base: number): number {
  const t = ctx.content.tuning;
  const p = base + (ctx.state.qualities.influence - 50) * t.transitionPerInfluence;
  return Math.min(t.transitionCeiling, Math.max(t.transitionFloor, p));
}

function washBack(ctx: StepContext, toward: RegionId): void {
  setFlag(ctx.state, 'crossing-failed', true);
  applyEffects(ctx, ctx.content.washedBack, 'crossing');
  ctx.emit({ type: 'crossing-failed', from: ctx.state.region, toward });
}

/** Walks the path: the move's own effects, then whatever transition it attempts. */
export function resolveMove(ctx: StepContext, choice: MoveChoice): void {
  const s = ctx.state;
  const t = ctx.content.tuning;
  const from = s.region;
  const cause = `move:${choice.move}` as const;
  s.move = choice;
  s.moveCounts[choice.move] += 1;
  countCause(s, cause);
  applyEffects(ctx, ctx.content.moveEffects[choice.move], cause);
  const roll = ctx.stream('transition').next();
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
    case 'go-manager':
      if (roll < transitionChance(ctx, t.managerOpeningChance)) enterRole(ctx, 'manager', cause);
      else ctx.emit({ type: 'application-denied', move: 'go-manager' });
      break;
    case 'go-pm':
      if (roll < transitionChance(ctx, t.crossingChance)) enterRole(ctx, 'pm', cause);
      else washBack(ctx, choice.toward);
      break;
    case 'go-ic': {
      const fromIslands = PM_ROLES.includes(s.role);
      if (fromIslands && roll >= transitionChance(ctx, t.returnCrossingChance)) {
        washBack(ctx, choice.toward);
        break;
      }
      const wasSeniorLeader = s.role === 'senior-manager' || s.role === 'director';
      s.track = trackOf(choice.toward) ?? s.track;
      enterRole(ctx, wasSeniorLeader ? 'staff' : 'senior', cause);
      break;
    }
  }
  ctx.emit({ type: 'moved', move: choice.move, from, to: s.region });
}
