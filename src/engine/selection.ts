// Storylet selection by saliency: of the storylets whose conditions hold and that have not been shown
// (unless repeatable), only the most specific tier competes, drawn by weight from the event stream.
import type { StepContext } from './context';
import { PURPOSE } from './rng';
import { tiersAt, type DrawList } from './draw-lists';
import { drawableBits, type Masks } from './draw-masks';
import { flagWord, holdsFor, placeOfState, type Candidate, type Eligibility } from './eligibility';
import type { RunState } from './state';

export class NoStoryletError extends Error {}

// `competing` collects the places in their list of the competing candidates of one draw of a list too
// long for masks (small integers, which an array stores without the bookkeeping an object needs; a
// draw calls out only once they are collected, so draws cannot overlap).
const competing: number[] = [];

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
  for (let t = 0; t < masks.tiers.length; t++) {
    const bits = drawable & (masks.tiers[t] as number);
    if (bits === 0) continue;
    if ((bits & (bits - 1)) === 0) return (masks.candidates[31 - Math.clz32(bits)] as Candidate).index;
    return drawAmong(ctx, masks, bits);
  }
  throw noStorylet(s);
}

/**
 * One of the candidates of `masks` at `bits` (more than one), drawn by weight in list order: the bits
 * are walked twice, for the total and then for the pick, which keeps the candidates' places in no list.
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

/** The draw of a list too long for masks: its candidates tested one by one, tier after tier. */
function drawOneByOne(ctx: StepContext, list: DrawList, eligibility: Eligibility, flags: number, place: number): number {
  const s = ctx.state;
  const tiers = tiersAt(list, s.turnsInRole);
  for (let t = 0; t < tiers.length; t++) {
    const candidates = tiers[t] as readonly Candidate[];
    let size = 0;
    let total = 0;
    for (let c = 0; c < candidates.length; c++) {
      const candidate = candidates[c] as Candidate;
      const shown = eligibility.repeatable[candidate.index] === 0 && s.seen.includes(candidate.index);
      if (!shown && holdsFor(candidate, flags, place, s)) {
        competing[size++] = c;
        total += candidate.weight;
      }
    }
    if (size === 1) return (candidates[competing[0] as number] as Candidate).index;
    if (size > 1) return drawByWeight(ctx, candidates, size, total);
  }
  throw noStorylet(s);
}

function noStorylet(s: RunState): NoStoryletError {
  return new NoStoryletError(`no storylet can be drawn for role ${s.role} at turn ${s.turn}`);
}

/** One of the candidates at the first `size` places in `competing`, whose weights add up to `total`, drawn by weight. */
function drawByWeight(ctx: StepContext, candidates: readonly Candidate[], size: number, total: number): number {
  // The event stream serves this draw alone, so it is opened only when there is a choice to make.
  let left = ctx.draw(PURPOSE.event) * total;
  for (let i = 0; i < size; i++) {
    const candidate = candidates[competing[i] as number] as Candidate;
    left -= candidate.weight;
    if (left < 0) return candidate.index;
  }
  return (candidates[competing[size - 1] as number] as Candidate).index;
}
