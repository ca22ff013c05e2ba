// Storylet selection by saliency: of the storylets whose conditions hold and that have not been shown
// (unless repeatable), only the most specific tier competes, drawn by weight from the event stream. A
// repeatable storylet drawn last half-year gives way to any other of its tier, so a role's quiet
// half-years take turns rather than repeat.
import type { StepContext } from './context';
import { indexByWeight, PURPOSE } from './rng';
import { tiersAt, type DrawList } from './draw-lists';
import { drawableBits, type Masks } from './draw-masks';
import { flagWord, holdsFor, placeOfState, type Candidate, type Eligibility } from './eligibility';
import type { RunState } from './state';

export class NoStoryletError extends Error {}

/**
 * The storylet of the half-year, drawn after the move with index `moveIndex` (in MOVES) was made: the
 * first tier with a drawable storylet competes.
 */
export function drawStorylet(ctx: StepContext, moveIndex: number): number {
  const s = ctx.state;
  const eligibility = ctx.content.eligibility;
  const list = ctx.roleRules().drawLists[moveIndex] as DrawList;
  const flags = flagWord(eligibility, s);
  const place = placeOfState(s);
  if (list.masks === null) return drawOneByOne(ctx, list, eligibility, flags, place);
  const masks = list.masks;
  const drawable = drawableBits(masks, s, flags, place);
  // The last storylet's bit when it is repeatable; none before the first. The list is never read
  // before its start: a key that is no index (seen[-1], then again[undefined]) makes the JavaScript
  // engine look up every later key at that spot the slow, generic way, which cost a batch career 6%.
  const seen = s.seen;
  const last = seen.length === 0 ? 0 : (masks.again[seen[seen.length - 1] as number] as number) | 0;
  for (let t = 0; t < masks.tiers.length; t++) {
    let bits = drawable & (masks.tiers[t] as number);
    if (bits === 0) continue;
    if ((bits & ~last) !== 0) bits &= ~last;
    if ((bits & (bits - 1)) === 0) return (masks.candidates[31 - Math.clz32(bits)] as Candidate).index;
    return drawAmong(ctx, masks, bits);
  }
  throw noStorylet(s);
}

/**
 * One of the candidates of `masks` at `bits` (more than one), drawn by weight in list order with the
 * arithmetic of indexByWeight (rng.ts). This is the hot path, so the bits are walked twice, for the
 * total and then for the pick, instead of collecting the candidates' weights into a list.
 */
function drawAmong(ctx: StepContext, masks: Masks, bits: number): number {
  const weights = masks.weights;
  let total = 0;
  for (let left = bits; left !== 0; left &= left - 1) total += weights[31 - Math.clz32(left & -left)] as number;
  // The event stream serves this draw alone, so it is opened only when there is a choice to make.
  let roll = ctx.draw(PURPOSE.event) * total;
  let at = 0;
  for (let left = bits; left !== 0; left &= left - 1) {
    at = 31 - Math.clz32(left & -left);
    roll -= weights[at] as number;
    if (roll < 0) break;
  }
  return (masks.candidates[at] as Candidate).index;
}

/**
 * The draw of a list too long for masks: its candidates tested one by one, tier after tier, and the
 * first tier with any drawable drawn by weight as every other weighted pick of the engine is.
 */
function drawOneByOne(ctx: StepContext, list: DrawList, eligibility: Eligibility, flags: number, place: number): number {
  const s = ctx.state;
  const last = s.seen[s.seen.length - 1];
  for (const candidates of tiersAt(list, s.turnsInRole)) {
    const holding = candidates.filter((c) => !(eligibility.repeatable[c.index] === 0 && s.seen.includes(c.index)) && holdsFor(c, flags, place, s));
    const drawable = holding.length > 1 ? holding.filter((c) => c.index !== last) : holding;
    if (drawable.length === 1) return (drawable[0] as Candidate).index;
    // The event stream serves this draw alone, so it is opened only when there is a choice to make.
    if (drawable.length > 1) return (drawable[indexByWeight(drawable.map((c) => c.weight), ctx.draw(PURPOSE.event))] as Candidate).index;
  }
  throw noStorylet(s);
}

function noStorylet(s: RunState): NoStoryletError {
  return new NoStoryletError(`no storylet can be drawn for role ${s.role} at turn ${s.turn}`);
}
