// The ladders and where each role lives on the map. Moving between roles always goes through
// `placeInRole` (by `takeRole`, or a step down), so region, time-in-role and the record of stepping up
// and of a committee's no change together.
import { contains, type RegionId, type RoleId, type Track, type WorkingRole } from './ids';
import type { PromotedRole } from './scenario';
import type { StepContext } from './context';
import { setPay } from './meters';
import type { Cause } from './ledger';
import { setFlag, type RunState } from './state';

export const NEXT_RUNG: Readonly<Partial<Record<RoleId, PromotedRole>>> = {
  intermediate: 'senior',
  senior: 'staff',
  staff: 'principal',
  manager: 'senior-manager',
  'senior-manager': 'director',
  pm: 'senior-pm',
};

export const RUNG_BELOW: Readonly<Partial<Record<RoleId, WorkingRole>>> = {
  staff: 'senior',
  principal: 'staff',
  'senior-manager': 'manager',
  director: 'senior-manager',
  'senior-pm': 'pm',
};

export const IC_ROLES: readonly RoleId[] = ['intermediate', 'senior', 'staff', 'principal'];
export const MANAGER_ROLES: readonly RoleId[] = ['manager', 'senior-manager', 'director'];
export const PM_ROLES: readonly RoleId[] = ['pm', 'senior-pm'];
export const STAFF_PLUS: readonly RoleId[] = ['staff', 'principal'];

export type Ladder = 'engineering' | 'management' | 'product';

/** Staff and principals need influence beyond what made them great seniors (seed 003): whether one with `influence` fits the role. */
export function fitsRole(staffPlus: boolean, influence: number, staffFitInfluence: number): boolean {
  return !staffPlus || influence >= staffFitInfluence;
}

/** The ladder a role is on; null once out of the industry. */
export function ladderOf(role: RoleId): Ladder | null {
  if (contains(IC_ROLES, role)) return 'engineering';
  if (contains(MANAGER_ROLES, role)) return 'management';
  return contains(PM_ROLES, role) ? 'product' : null;
}

export function rangeOf(track: Track): RegionId {
  return track === 'frontend' ? 'frontend-range' : 'backend-range';
}

export function trackOf(region: RegionId): Track | null {
  return region === 'frontend-range' ? 'frontend' : region === 'backend-range' ? 'backend' : null;
}

/** Where a role lives: the valley, a range (by track), the coast or the islands. */
export function homeRegion(role: RoleId, track: Track | null, current: RegionId): RegionId {
  if (role === 'intermediate') return 'interdell';
  if (contains(MANAGER_ROLES, role)) return 'em-coast';
  if (contains(PM_ROLES, role)) return 'pm-archipelago';
  if (role === 'out') return current;
  return rangeOf(track ?? 'backend');
}

/**
 * The pay band of the role held, at the kind of company worked for (0 once out). The company is matched
 * by name in the code: a band looked up by a role's and a company's name held in variables goes through
 * the JavaScript engine's slow generic path twice, and every change of role or employer asks.
 */
export function bandPay(ctx: StepContext): number {
  const pay = ctx.roleRules().pay;
  const company = ctx.state.company;
  return company === 'startup' ? pay.startup : company === 'big-tech' ? pay['big-tech'] : pay['mid-size'];
}

/** Puts the player in `role`, at home on the map, with a fresh record there (pay is the caller's). */
export function placeInRole(s: RunState, role: RoleId): void {
  s.role = role;
  s.region = homeRegion(role, s.track, s.region);
  s.turnsInRole = 0;
  s.stepUps = 0;
  // A committee's no was for the rung above the role left.
  setFlag(s, 'promotion-denied', false);
}

/** Puts the player in `role`, at home on the map, paid at least the role's band. */
export function takeRole(ctx: StepContext, role: RoleId, cause: Cause, raisePercent = 0): void {
  const s = ctx.state;
  placeInRole(s, role);
  if (role !== 'out') {
    setPay(s, Math.max(s.compensation * (1 + raisePercent / 100), bandPay(ctx)), cause);
  }
}
