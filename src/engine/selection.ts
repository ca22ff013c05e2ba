// Storylet selection by saliency: of the storylets whose conditions hold and that have not been shown
// (unless repeatable), only the most specific tier competes, drawn by weight from the event stream.
import { allHold } from './conditions';
import type { StepContext } from './context';
import type { Condition, StoryletDef } from './schema';

export class NoStoryletError extends Error {}

// A plain loop: this runs for every candidate of every turn, and beats a builtin call here.
function wasSeen(seen: readonly number[], index: number): boolean {
  for (let i = 0; i < seen.length; i++) if (seen[i] === index) return true;
  return false;
}

export function drawStorylet(ctx: StepContext): number {
  const s = ctx.state;
  const { storylets, specificity, residual } = ctx.content;
  const candidates = s.move ? ctx.content.byRoleAndMove[s.role][s.move.move] : ctx.content.byRole[s.role];
  const tier: number[] = [];
  let tierSpecificity = -1;
  for (const index of candidates) {
    const level = specificity[index] as number;
    if (level < tierSpecificity) break;
    const storylet = storylets[index] as StoryletDef;
    if (!storylet.repeatable && wasSeen(s.seen, index)) continue;
    if (!allHold(residual[index] as readonly Condition[], s)) continue;
    tierSpecificity = level;
    tier.push(index);
  }
  const roll = ctx.stream('event').next();
  if (tier.length === 0) throw new NoStoryletError(`no storylet can be drawn for role ${s.role} at turn ${s.turn}`);
  if (tier.length === 1) return tier[0] as number;
  let total = 0;
  for (const index of tier) total += (storylets[index] as StoryletDef).weight ?? 1;
  let left = roll * total;
  for (const index of tier) {
    left -= (storylets[index] as StoryletDef).weight ?? 1;
    if (left < 0) return index;
  }
  return tier[tier.length - 1] as number;
}
