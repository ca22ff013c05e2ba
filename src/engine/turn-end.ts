// The end of a half-year, in a fixed order: delayed effects land, the role and time do their work,
// the check-in is answered, committees sit, unhappy staff may leave, and the run may end.
import type { StepContext } from './context';
import { answerCheckIn, growthMark, yesCount } from './check-in';
import type { CompiledOption } from './compile';
import { applyEffects, type EffectList } from './effects';
import { changeEmployer, hopCompany, promote } from './employment';
import { countCause, moveCause } from './ledger';
import { changeMeter, setPay, METER_MAX } from './meters';
import { resolveOutcome } from './outcome';
import type { DelayedDef, OptionDef, StoryletDef } from './schema';
import { hasFlag, setFlag, type Scheduled } from './state';
import { PURPOSE } from './rng';

/** Lands the consequences due this half-year, in the order they were scheduled, and forgets them. */
function landDelayed(ctx: StepContext): void {
  const s = ctx.state;
  if (s.scheduled.length === 0) return;
  let due: Scheduled[] | null = null;
  for (const d of s.scheduled) if (d.turn === s.turn) (due ??= []).push(d);
  if (due === null) return;
  s.scheduled = s.scheduled.filter((d) => d.turn !== s.turn);
  for (const d of due) {
    const option = (ctx.content.options[d.storylet] as readonly CompiledOption[])[d.option] as CompiledOption;
    applyEffects(ctx, option.later[d.later] as EffectList, option.cause);
    if (ctx.listening) {
      const storylet = ctx.content.storylets[d.storylet] as StoryletDef;
      ctx.emit({ type: 'delayed-landed', text: ((storylet.options[d.option] as OptionDef).later?.[d.later] as DelayedDef).text });
    }
  }
}

function workTheRole(ctx: StepContext): void {
  const s = ctx.state;
  if (s.role === 'out') return;
  const t = ctx.content.tuning;
  const { cause, effects } = ctx.roleRules();
  countCause(s, cause);
  applyEffects(ctx, effects, cause);
  setPay(s, s.compensation * (1 + t.annualRaisePercent / 200), cause);
  if (s.move?.move !== 'step-up') s.qualities.initiative = Math.max(0, s.qualities.initiative - t.initiativeDecay);
  if (!fitsRole(ctx)) changeMeter(s, 'satisfaction', -t.staffMisfitSatisfaction, cause);
}

/** Staff and principals need influence beyond what made them great seniors (seed 003). */
function fitsRole(ctx: StepContext): boolean {
  return !ctx.roleRules().staffPlus || ctx.state.qualities.influence >= ctx.content.tuning.staffFitInfluence;
}

function checkIn(ctx: StepContext): void {
  const s = ctx.state;
  const answers = answerCheckIn(s, ctx.content.tuning, fitsRole(ctx));
  s.checkIn = answers;
  const t = ctx.content.tuning;
  const level = t.checkInBase + t.checkInPerYes * yesCount(answers);
  if (s.move) changeMeter(s, 'satisfaction', Math.round((level - s.satisfaction) * t.checkInPull), moveCause(s.move.move));
  if (ctx.listening) ctx.emit({ type: 'check-in', turn: s.turn, answers });
}

/** The committee sits when every minimum for the next rung holds; it may still say no. */
function sitCommittee(ctx: StepContext): void {
  const s = ctx.state;
  const bar = ctx.roleRules().promotion;
  if (bar === null) return;
  const q = s.qualities;
  const ready =
    s.stepUps >= bar.minStepUps &&
    q.initiative >= bar.minInitiative &&
    q.technical >= bar.minTechnical &&
    q.influence >= bar.minInfluence &&
    q.repManagers >= bar.minRepManagers;
  if (!ready) return;
  let chance = bar.chance;
  // Seed 004: glue work done before senior reads to a committee as not yet senior work.
  if (s.role === 'intermediate' && hasFlag(s, 'glue-before-senior')) chance *= 1 - ctx.content.tuning.glueCommitteePenalty;
  if (ctx.draw(PURPOSE.committee) < chance) {
    setFlag(s, 'promotion-denied', false);
    promote(ctx, bar.role);
  } else {
    setFlag(s, 'promotion-denied', true);
    if (ctx.listening) ctx.emit({ type: 'promotion-denied', role: bar.role });
  }
}

/** Seed 003: new staff who are unhappy rarely step back; they leave for another company. */
function staffAttrition(ctx: StepContext): void {
  const s = ctx.state;
  const t = ctx.content.tuning;
  const rules = ctx.roleRules();
  if (!rules.staffPlus || s.satisfaction >= t.staffAttritionSatisfaction) return;
  if (ctx.draw(PURPOSE.attrition) >= t.staffAttritionChance) return;
  const company = s.company;
  changeEmployer(ctx, hopCompany(ctx), rules.cause);
  if (ctx.listening) ctx.emit({ type: 'left-staff-role', company });
}

function recordTurn(ctx: StepContext): void {
  const s = ctx.state;
  if (!s.history || !s.move || s.event === null) return;
  s.history.push({
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

export function endTurn(ctx: StepContext): void {
  const s = ctx.state;
  if (s.pendingHop !== null && s.role !== 'out') changeEmployer(ctx, s.pendingHop, 'move:chase-pay');
  landDelayed(ctx);
  workTheRole(ctx);
  // Burnout that reached its maximum at any point of the half-year ends the run; otherwise rest helps.
  if (s.endReason === null && s.burnout >= METER_MAX) s.endReason = 'burnout';
  else if (s.role !== 'out') changeMeter(s, 'burnout', -ctx.content.tuning.burnoutRecovery, ctx.roleRules().cause);
  checkIn(ctx);
  if (s.role !== 'out') {
    sitCommittee(ctx);
    staffAttrition(ctx);
  }
  s.turnsInRole += 1;
  if (s.endReason === null && s.turn + 1 >= ctx.content.def.turns) s.endReason = 'turn-limit';
  recordTurn(ctx);
  if (s.endReason !== null) {
    s.phase = 'ended';
    s.outcome = resolveOutcome(ctx.content, s);
    if (ctx.listening) ctx.emit({ type: 'run-ended', reason: s.endReason, outcome: s.outcome });
  } else {
    s.turn += 1;
    s.phase = 'move';
    s.move = null;
    s.event = null;
  }
  s.growthMark = growthMark(s);
}
