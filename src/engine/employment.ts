// Changing employer, being promoted and stepping down: the three ways a role changes without
// crossing the map. Each keeps flags, pay and time-in-role consistent through `enterRole`, or, for a
// step down, whose pay falls rather than rises, through `placeInRole` (ladder.ts).
import type { CompanyKind, RoleId } from './ids';
import type { StepContext } from './context';
import { bandPay, placeInRole, takeRole } from './ladder';
import { forgetJobConsequences, forgetRoleConsequences } from './delayed';
import { PROMOTION_CAUSE, type Cause } from './ledger';
import { bounded, setPay } from './meters';
import { clearStoryFlags, setFlag } from './state';
import { PURPOSE } from './rng';

/**
 * Leaves behind what belongs to the job the player is leaving: its consequences still to come (those
 * that are the player's own follow them) and the story flags that tie later events to it (a PM's
 * favour, a clause in an offer letter, a sabbatical's return).
 */
function leaveJobBehind(ctx: StepContext): void {
  forgetJobConsequences(ctx);
  clearStoryFlags(ctx.state);
}

/**
 * Takes `role` and records the milestones it means: first senior title, first staff title. Moving to
 * another ladder leaves the old job's consequences behind; another rung of the same ladder, those of
 * the old role.
 */
export function enterRole(ctx: StepContext, role: RoleId, cause: Cause, raisePercent = 0): void {
  const s = ctx.state;
  const ladderLeft = ctx.roleRules().ladder;
  const roleLeft = s.role;
  takeRole(ctx, role, cause, raisePercent);
  // The new role's rules, which taking it has just looked up, say its ladder and whether it is staff or above.
  const rules = ctx.roleRules();
  if (rules.ladder !== ladderLeft) leaveJobBehind(ctx);
  else if (role !== roleLeft && s.scheduled.length !== 0) forgetRoleConsequences(ctx);
  const staffPlus = rules.staffPlus;
  if (role === 'senior' || staffPlus) setFlag(s, 'reached-senior', true);
  if (staffPlus) {
    setFlag(s, 'reached-staff', true);
    setFlag(s, 'cant-go-back', true);
  }
}

/** Whether leaving the staff role now counts as the attrition seed 003 describes. */
function leavingSoonAfterStaff(ctx: StepContext): boolean {
  const s = ctx.state;
  return (
    ctx.roleRules().staffPlus &&
    s.staffPromotionTurn !== null &&
    s.turn - s.staffPromotionTurn < ctx.content.tuning.staffAttritionWindow
  );
}

/**
 * Joins another company, of kind `company`, leaving the old job's consequences behind. The offer beats
 * the old pay by the hop premium, up to a ceiling over the new band, and never falls below the band; it
 * never falls below `minPay` either, which a player chasing pay sets to their current pay (they take
 * no cut, seed 003).
 */
export function changeEmployer(ctx: StepContext, company: CompanyKind, cause: Cause, minPay = 0): void {
  const s = ctx.state;
  const t = ctx.content.tuning;
  if (leavingSoonAfterStaff(ctx)) setFlag(s, 'left-after-staff', true);
  s.pendingHop = null;
  const bumpRoll = ctx.draw(PURPOSE.market);
  const downlevelRoll = ctx.draw(PURPOSE.market);
  // The rungs are read from the role's rules: a lookup by a role's name held in a variable takes the slow generic path.
  const rules = ctx.roleRules();
  let role = s.role;
  const above = rules.rungAbove;
  const below = rules.rungBelow;
  if (company === 'startup' && above !== null && bumpRoll < t.startupTitleBumpChance) role = above;
  else if (company === 'big-tech' && s.company !== 'big-tech' && rules.staffPlus && below !== null && downlevelRoll < t.bigTechDownlevelChance)
    role = below;
  const pay = s.compensation;
  leaveJobBehind(ctx);
  s.employer += 1;
  s.turnsAtEmployer = 0;
  s.company = company;
  enterRole(ctx, role, cause);
  const band = bandPay(ctx);
  const offer = Math.min(pay * (1 + t.hopPremiumPercent / 100), (band * t.hopPayCeilingPercent) / 100);
  setPay(s, Math.max(offer, band, minPay), cause);
  // A new company has not seen your initiative, and its managers do not know you yet.
  const start = ctx.content.def.start.qualities;
  const reset = t.hopReputationResetPercent / 100;
  s.qualities.initiative = Math.round((s.qualities.initiative * t.hopInitiativeKeptPercent) / 100);
  const q = s.qualities;
  q.repManagers = bounded(q.repManagers + Math.round((start.repManagers - q.repManagers) * reset));
  q.repEngineers = bounded(q.repEngineers + Math.round((start.repEngineers - q.repEngineers) * reset));
  if (ctx.listening) ctx.emit({ type: 'employer-changed', company, employer: s.employer, role });
}

/** A job hop: where it lands depends on the market and on the player's network (seed 003). */
export function hopCompany(ctx: StepContext): CompanyKind {
  const t = ctx.content.tuning;
  const roll = ctx.draw(PURPOSE.market);
  const bigTech = t.hopBigTechChance + t.hopBigTechPerNetwork * ctx.state.qualities.network;
  if (roll < bigTech) return 'big-tech';
  if (roll < bigTech + t.hopStartupChance) return 'startup';
  return 'mid-size';
}

export function promote(ctx: StepContext, role: RoleId): void {
  const s = ctx.state;
  const kept = ctx.content.tuning.initiativeKeptOnPromotion / 100;
  enterRole(ctx, role, PROMOTION_CAUSE[role], ctx.content.tuning.promotionRaisePercent);
  if (role === 'staff' && s.staffPromotionTurn === null) s.staffPromotionTurn = s.turn;
  s.qualities.initiative = Math.round(s.qualities.initiative * kept);
  if (ctx.listening) ctx.emit({ type: 'promoted', role });
}

/** One rung down; pay drops to the top of the lower band if it was above it (seed 003). */
export function stepDown(ctx: StepContext, cause: Cause): void {
  const s = ctx.state;
  const below = ctx.roleRules().rungBelow;
  if (below === null) return;
  if (leavingSoonAfterStaff(ctx)) setFlag(s, 'left-after-staff', true);
  placeInRole(s, below);
  if (s.scheduled.length !== 0) forgetRoleConsequences(ctx);
  payAtMostTopOfBand(ctx, cause);
  if (ctx.listening) ctx.emit({ type: 'stepped-down', role: below });
}

/**
 * Pay that was above the role now held drops to the top of its band (seed 003: a step down pays the top
 * of the lower band): after stepping down, and after returning to engineering from the coast or the islands.
 */
export function payAtMostTopOfBand(ctx: StepContext, cause: Cause): void {
  const s = ctx.state;
  setPay(s, Math.min(s.compensation, (bandPay(ctx) * ctx.content.tuning.stepDownPayCeilingPercent) / 100), cause);
}

/** Leaves the industry, and the job with it: the run ends at the close of this half-year. */
export function leaveIndustry(ctx: StepContext, cause: Cause): void {
  if (leavingSoonAfterStaff(ctx)) setFlag(ctx.state, 'left-after-staff', true);
  leaveJobBehind(ctx);
  takeRole(ctx, 'out', cause);
  ctx.state.endReason = 'left-industry';
}
