// Storylet selection by saliency: of the storylets whose conditions hold and that have not been shown
// (unless repeatable), only the most specific tier competes, drawn by weight from the event stream.
import type { StepContext } from './context';
import { PURPOSE } from './rng';
import { tiersAt, type DrawList } from './draw-lists';
import { flagWord, holdsFor, placeBitOf, type Candidate, type Eligibility } from './eligibility';

export class NoStoryletError extends Error {}

// `shown[i]` is 1 when storylet i was shown in the run drawn for last and may not come again. The marks
// are kept from one draw to the next, so a draw marks only the storylets shown since the one before:
// a run's `seen` list only ever grows at its end (run.ts appends; nothing else writes it, and a copied
// or loaded state has a list of its own), so while the same list of the same scenario comes back, the
// entries already marked are unchanged. Another list, or a shorter one, starts the marks afresh, so
// they are always those of the list drawn for, however runs are interleaved. `tier` collects the
// places in its tier of the competing candidates of one draw (small integers, which an array stores
// without the bookkeeping an object needs; a draw calls out only once its tier is collected, so draws
// cannot overlap). It has a place for every storylet of the scenario from the start: a store within
// an array's length is a single write, where one at its end first checks whether the array must grow.
let shown = new Uint8Array(0);
let shownOf: readonly number[] | null = null;
let shownFor: Eligibility | null = null;
let shownCount = 0;
let tier: number[] = [];

/** Brings the marks of `shown` up to date with `seen`, a run's list of the storylets it was shown. */
function markShown(eligibility: Eligibility, seen: readonly number[]): void {
  const repeatable = eligibility.repeatable;
  if (seen !== shownOf || eligibility !== shownFor || seen.length < shownCount) {
    if (shown.length < repeatable.length) {
      shown = new Uint8Array(repeatable.length);
      tier = Array.from(repeatable, () => 0);
    } else {
      shown.fill(0);
    }
    shownOf = seen;
    shownFor = eligibility;
    shownCount = 0;
  }
  for (; shownCount < seen.length; shownCount++) {
    const index = seen[shownCount] as number;
    if (repeatable[index] === 0) shown[index] = 1;
  }
}

/**
 * The storylet of the half-year, drawn after the move with index `moveIndex` (in MOVES) was made: the
 * first tier with a drawable storylet competes.
 */
export function drawStorylet(ctx: StepContext, moveIndex: number): number {
  const s = ctx.state;
  const eligibility = ctx.content.eligibility;
  const tiers = tiersAt(ctx.roleRules().drawLists[moveIndex] as DrawList, s.turnsInRole);
  markShown(eligibility, s.seen);
  const flags = flagWord(eligibility, s);
  const place = placeBitOf(s);
  const wasShown = shown;
  const drawable = tier;
  for (let t = 0; t < tiers.length; t++) {
    const candidates = tiers[t] as readonly Candidate[];
    let size = 0;
    let total = 0;
    for (let c = 0; c < candidates.length; c++) {
      const candidate = candidates[c] as Candidate;
      if (wasShown[candidate.index] === 0 && holdsFor(candidate, flags, place, s)) {
        drawable[size++] = c;
        total += candidate.weight;
      }
    }
    if (size === 1) return (candidates[drawable[0] as number] as Candidate).index;
    if (size > 1) return drawByWeight(ctx, candidates, size, total);
  }
  throw new NoStoryletError(`no storylet can be drawn for role ${s.role} at turn ${s.turn}`);
}

/** One of the candidates at the first `size` places in `tier`, whose weights add up to `total`, drawn by weight. */
function drawByWeight(ctx: StepContext, candidates: readonly Candidate[], size: number, total: number): number {
  // The event stream serves this draw alone, so it is opened only when there is a choice to make.
  let left = ctx.draw(PURPOSE.event) * total;
  for (let i = 0; i < size; i++) {
    const candidate = candidates[tier[i] as number] as Candidate;
    left -= candidate.weight;
    if (left < 0) return candidate.index;
  }
  return (candidates[tier[size - 1] as number] as Candidate).index;
}
