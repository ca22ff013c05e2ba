// The end of a half-year, in a fixed order: delayed effects land, the role and time do their work,
// the check-in is answered, committees sit, unhappy staff may leave, and the run may end.
import type { StepContext } from './context';
import { answerCheckIn, growthMark, recordCheckIn, yesCount } from './check-in';
import { landDelayed } from './delayed';
import { applyEffects } from './effects';
import { changeEmployer, hopCompany, promote } from './employment';
import { countCause } from './ledger';
import { changeMeter, moveMeter, setPay, METER_MAX } from './meters';
import { resolveOutcome } from './outcome';
import type { StoryletDef } from './schema';
import { hasFlag, setFlag, type CheckIn, type RunState, type TurnRecord } from './state';
import { PROMOTION_NEEDS, type PromotionBar, type RoleRules } from './role-rules';
import { PURPOSE } from './rng';
import { fitsRole } from './ladder';

/** What the role and time do to someone in it: the role's own effects, the raise, initiative fading unless stepping up. */
function workTheRole(ctx: StepContext, rules: RoleRules): void {
  const s = ctx.state;
  const t = ctx.content.tuning;
  countCause(s, rules.cause);
  applyEffects(ctx, rules.effects, rules.cause);
  setPay(s, s.compensation * (1 + t.annualRaisePercent / 200), rules.cause);
  if (s.move?.move !== 'step-up') s.qualities.initiative = Math.max(0, s.qualities.initiative - t.initiativeDecay);
}


/** A half-year in a role the player does not fit costs satisfaction, charged to the role worked, and is reported. */
function sufferMisfit(ctx: StepContext, worked: RoleRules): void {
  changeMeter(ctx.state, 'satisfaction', -ctx.content.tuning.staffMisfitSatisfaction, worked.cause);
  if (ctx.listening) ctx.emit({ type: 'misfit', role: ctx.state.role });
}

function checkIn(ctx: StepContext, fits: boolean): void {
  const s = ctx.state;
  const answers = answerCheckIn(s, ctx.content.tuning, fits);
  s.checkIn = answers;
  const t = ctx.content.tuning;
  const level = t.checkInBase + t.checkInPerYes * yesCount(answers);
  const pulled = moveMeter(s, 'satisfaction', Math.round((level - s.satisfaction) * t.checkInPull));
  if (s.ledger !== null) recordCheckIn(s, answers, pulled);
}

/**
 * Whether every minimum for the next rung holds: only then does its committee sit. The same tests as
 * shortOfBar, which the batch path does not need: this stops at the first that fails, and a
 * property test holds the two to one answer.
 */
export function meetsBar(s: RunState, bar: PromotionBar): boolean {
  const q = s.qualities;
  return (
    s.stepUps >= bar.minStepUps &&
    q.initiative >= bar.minInitiative &&
    q.technical >= bar.minTechnical &&
    q.influence >= bar.minInfluence &&
    q.repManagers >= bar.minRepManagers
  );
}

/** What the state lacks for the next rung's bar, as bits of PROMOTION_NEEDS (bit i for need i): 0 when it meets the bar. */
export function shortOfBar(s: RunState, bar: PromotionBar): number {
  const q = s.qualities;
  return (
    (s.stepUps < bar.minStepUps ? 1 : 0) |
    (q.initiative < bar.minInitiative ? 2 : 0) |
    (q.technical < bar.minTechnical ? 4 : 0) |
    (q.influence < bar.minInfluence ? 8 : 0) |
    (q.repManagers < bar.minRepManagers ? 16 : 0)
  );
}

/**
 * Stepping up short of the bar sits no committee: the player is told what the bar still wants. Not in
 * a half-year that began the role or the job, whose record starts afresh: the step up was made for the
 * one left behind.
 */
function reportShort(ctx: StepContext, bar: PromotionBar): void {
  const short = shortOfBar(ctx.state, bar);
  const again = ctx.state.stepUps > 1;
  ctx.emit({ type: 'promotion-not-yet', role: bar.role, missing: PROMOTION_NEEDS.filter((_, i) => (short & (1 << i)) !== 0), again });
}

/** The committee for the next rung, which may say no to someone who meets its bar. Whether it promoted. */
function sitCommittee(ctx: StepContext, bar: PromotionBar): boolean {
  const s = ctx.state;
  let chance = bar.chance;
  // Seed 004: glue work done before senior reads to a committee as not yet senior work.
  if (s.role === 'intermediate' && hasFlag(s, 'glue-before-senior')) chance *= 1 - ctx.content.tuning.glueCommitteePenalty;
  if (ctx.draw(PURPOSE.committee) < chance) {
    // The promotion clears the record of a no (placeInRole).
    promote(ctx, bar.role);
    return true;
  }
  if (ctx.listening) ctx.emit({ type: 'promotion-denied', role: bar.role, again: hasFlag(s, 'promotion-denied') });
  setFlag(s, 'promotion-denied', true);
  return false;
}

/**
 * Seed 003: new staff who are unhappy rarely step back; they leave for the same role at another
 * company, taking their pay (at least) with them, though big tech may level them down and a startup up.
 * Not in a half-year that began the role (a promotion or a new job): one job change a half-year.
 */
function staffAttrition(ctx: StepContext, rules: RoleRules): void {
  const s = ctx.state;
  // Not either in a half-year whose choice was to stay: the notice would give that choice the lie.
  if (s.turnsInRole === 0 || s.stayingPut || ctx.draw(PURPOSE.attrition) >= ctx.content.tuning.staffAttritionChance) return;
  // Reported before the new employer: the notice comes first.
  if (ctx.listening) ctx.emit({ type: 'left-staff-role', company: s.company });
  changeEmployer(ctx, hopCompany(ctx), rules.cause, s.compensation);
}

function recordTurn(ctx: StepContext, history: TurnRecord[]): void {
  const s = ctx.state;
  if (s.move === null || s.event === null) return;
  history.push({
    turn: s.turn,
    region: s.region,
    role: s.role,
    employer: s.employer,
    move: s.move.move,
    event: (ctx.content.storylets[s.event] as StoryletDef).id,
    option: (s.commands[s.commands.length - 1] as { option: number }).option,
    satisfaction: s.satisfaction,
    burnout: s.burnout,
    compensation: s.compensation,
    qualities: { ...s.qualities },
  });
}

// The steps below that are rare, or only for recorded runs, are tested for here, before their call: a
// call the engine never makes then costs nothing, and leaves the optimising compiler's inlining budget
// to the steps every half-year takes.
export function endTurn(ctx: StepContext): void {
  const s = ctx.state;
  const t = ctx.content.tuning;
  // Someone chasing pay takes no job that pays less than they earn (seed 003: find a much higher paying job).
  if (s.pendingHop !== null && s.role !== 'out') changeEmployer(ctx, s.pendingHop, 'move:chase-pay', s.compensation);
  if (s.scheduled.length !== 0) landDelayed(ctx);
  const worked = ctx.roleRules();
  if (s.role !== 'out') workTheRole(ctx, worked);
  // The role's effects may have changed the role; nothing after them does but a promotion.
  let rules = ctx.roleRules();
  const fits = fitsRole(rules.staffPlus, s.qualities.influence, t.staffFitInfluence);
  if (!fits) sufferMisfit(ctx, worked);
  // Burnout that reached its maximum at any point of the half-year ends the run; otherwise rest helps.
  if (s.endReason === null && s.burnout >= METER_MAX) s.endReason = 'burnout';
  else if (s.role !== 'out') changeMeter(s, 'burnout', -t.burnoutRecovery, rules.cause);
  checkIn(ctx, fits);
  // Reported here rather than by checkIn: what a step inlined here holds counts against the
  // compiler's inlining budget, and the check-in's report left no room for the burnout's recovery.
  if (ctx.listening) ctx.emit({ type: 'check-in', turn: s.turn, answers: s.checkIn as CheckIn });
  if (s.role !== 'out') {
    if (rules.promotion !== null) {
      if (meetsBar(s, rules.promotion)) {
        if (sitCommittee(ctx, rules.promotion)) rules = ctx.roleRules();
      } else if (ctx.listening && s.move?.move === 'step-up' && s.turnsInRole > 0) reportShort(ctx, rules.promotion);
    }
    if (rules.staffPlus && s.satisfaction < t.staffAttritionSatisfaction) staffAttrition(ctx, rules);
  }
  s.turnsInRole += 1;
  s.turnsAtEmployer += 1;
  if (s.endReason === null && s.turn + 1 >= ctx.content.def.turns) s.endReason = 'turn-limit';
  if (s.history !== null) recordTurn(ctx, s.history);
  if (s.endReason !== null) {
    s.phase = 'ended';
    s.outcome = resolveOutcome(ctx.content, s);
    if (ctx.listening) ctx.emit({ type: 'run-ended', reason: s.endReason, outcome: s.outcome });
  } else {
    s.turn += 1;
    s.phase = 'move';
    s.move = null;
    s.event = null;
    s.stayingPut = false;
  }
  s.growthMark = growthMark(s);
}
