// Storylet selection by saliency: of the storylets whose conditions hold and that have not been shown
// (unless repeatable), only the most specific tier competes, drawn by weight from the event stream.
import type { StepContext } from './context';
import { CANDIDATE_SIZE, holdsFor, NUMBER_COUNT, readNumbers, type Eligibility } from './eligibility';

export class NoStoryletError extends Error {}

// `shown[i]` is 1 when storylet i was shown in the run drawn for last and may not come again. The marks
// are kept from one draw to the next, so a draw marks only the storylets shown since the one before:
// a run's `seen` list only ever grows at its end (run.ts appends; nothing else writes it, and a copied
// or loaded state has a list of its own), so while the same list of the same scenario comes back, the
// entries already marked are unchanged. Another list, or a shorter one, starts the marks afresh, so
// they are always those of the list drawn for, however runs are interleaved. `tier` collects the
// competing indices of one draw (a draw never calls out, so draws cannot overlap), and `numbers` holds
// the state's numbers for the conditions.
let shown = new Uint8Array(0);
let shownOf: readonly number[] | null = null;
let shownFor: Eligibility | null = null;
let shownCount = 0;
let tier = new Int32Array(0);
const numbers = new Float64Array(NUMBER_COUNT);

/** Brings the marks of `shown` up to date with `seen`, a run's list of the storylets it was shown. */
function markShown(eligibility: Eligibility, seen: readonly number[]): void {
  const repeatable = eligibility.repeatable;
  if (seen !== shownOf || eligibility !== shownFor || seen.length < shownCount) {
    if (shown.length < repeatable.length) {
      shown = new Uint8Array(repeatable.length);
      tier = new Int32Array(repeatable.length);
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

/** The storylet of the half-year, drawn after the move with index `moveIndex` (in MOVES) was made. */
export function drawStorylet(ctx: StepContext, moveIndex: number): number {
  const s = ctx.state;
  const eligibility = ctx.content.eligibility;
  const candidates = ctx.roleRules().candidatesByMove[moveIndex] as Int32Array;
  markShown(eligibility, s.seen);
  readNumbers(s, numbers);
  const wasShown = shown;
  const drawable = tier;
  let size = 0;
  let tierSpecificity = -1;
  for (let c = 0; c < candidates.length; c += CANDIDATE_SIZE) {
    const level = candidates[c + 1] as number;
    if (level < tierSpecificity) break;
    const index = candidates[c] as number;
    if (wasShown[index] === 1) continue;
    if (!holdsFor(eligibility, index, candidates[c + 2] as number, candidates[c + 3] as number, numbers, s)) continue;
    tierSpecificity = level;
    drawable[size++] = index;
  }
  if (size === 0) throw new NoStoryletError(`no storylet can be drawn for role ${s.role} at turn ${s.turn}`);
  if (size === 1) return drawable[0] as number;
  // The event stream serves this draw alone, so it is opened only when there is a choice to make.
  const roll = ctx.stream('event').next();
  const weight = eligibility.weight;
  let total = 0;
  for (let i = 0; i < size; i++) total += weight[drawable[i] as number] as number;
  let left = roll * total;
  for (let i = 0; i < size; i++) {
    left -= weight[drawable[i] as number] as number;
    if (left < 0) return drawable[i] as number;
  }
  return drawable[size - 1] as number;
}
