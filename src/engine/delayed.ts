// Delayed consequences: an option's `later` effects, scheduled when it is chosen and landing some
// half-years on. Most belong to the job they were chosen in (a colleague, a review, a team), so leaving
// that job leaves them behind unlanded: joining another employer, moving to another ladder
// (engineering, management, product) at the same one, or leaving the industry. Those marked
// `followsYou` (the player's own friends, mentors and habits) land wherever the player has gone; those
// marked `belongsToRole` (about the rung they were chosen on) are left behind by any change of role.
import type { CompiledOption } from './compile';
import type { StepContext } from './context';
import { applyEffects, type EffectList } from './effects';
import type { DelayedDef, OptionDef, StoryletDef } from './schema';
import { keepOnly, truncate, type RunState, type Scheduled } from './state';

function compiledOption(ctx: StepContext, d: Scheduled): CompiledOption {
  return (ctx.content.options[d.storylet] as readonly CompiledOption[])[d.option] as CompiledOption;
}

/** Schedules the delayed consequences of option `optionIndex` of storylet `event`, chosen this half-year. */
export function scheduleLater(s: RunState, compiled: CompiledOption, event: number, optionIndex: number): void {
  for (let i = 0; i < compiled.later.length; i++) {
    s.scheduled.push({ turn: s.turn + (compiled.laterTurns[i] as number), storylet: event, option: optionIndex, later: i });
  }
}

/**
 * Lands the consequences due this half-year, in the order they were scheduled, and forgets them. The
 * list is compacted in place, like the state's other lists that grow (no list or closure is made for a
 * half-year that lands nothing); landing an effect never reads it.
 */
export function landDelayed(ctx: StepContext): void {
  const s = ctx.state;
  const scheduled = s.scheduled;
  let kept = 0;
  for (let i = 0; i < scheduled.length; i++) {
    const d = scheduled[i] as Scheduled;
    if (d.turn === s.turn) land(ctx, d);
    else scheduled[kept++] = d;
  }
  truncate(scheduled, kept);
}

function land(ctx: StepContext, d: Scheduled): void {
  const option = compiledOption(ctx, d);
  applyEffects(ctx, option.later[d.later] as EffectList, option.cause);
  if (ctx.listening) {
    const storylet = ctx.content.storylets[d.storylet] as StoryletDef;
    ctx.emit({ type: 'delayed-landed', text: ((storylet.options[d.option] as OptionDef).later?.[d.later] as DelayedDef).text });
  }
}

/** Forgets the consequences still to come that belong to the job the player is leaving. */
export function forgetJobConsequences(ctx: StepContext): void {
  keepOnly(ctx.state.scheduled, (d) => compiledOption(ctx, d).laterFollowsYou[d.later] === true);
}

/** Forgets the consequences still to come that belong to the role the player is leaving at the same job. */
export function forgetRoleConsequences(ctx: StepContext): void {
  keepOnly(ctx.state.scheduled, (d) => compiledOption(ctx, d).laterBelongsToRole[d.later] !== true);
}
