// Storylet selection by saliency: of the storylets whose conditions hold and that have not been shown
// (unless repeatable), only the most specific tier competes, drawn by weight from the event stream.
import type { StepContext } from './context';
import { CANDIDATE_SIZE, holdsFor, NUMBER_COUNT, readNumbers } from './eligibility';

export class NoStoryletError extends Error {}

// Scratch for one draw at a time (a draw never calls out, so draws cannot overlap): `shown[i] === mark`
// says storylet i was shown and may not come again (a new mark per draw forgets the previous draw's
// marks without clearing them), `tier` collects the competing indices, and `numbers` holds the
// state's numbers for the conditions.
let shown = new Int32Array(0);
let mark = 0;
let tier = new Int32Array(0);
const numbers = new Float64Array(NUMBER_COUNT);

/** Marks the storylets of `seen` that may not come again; returns the mark that means "shown". */
function markShown(repeatable: Uint8Array, seen: readonly number[]): number {
  if (shown.length < repeatable.length) {
    shown = new Int32Array(repeatable.length);
    tier = new Int32Array(repeatable.length);
  }
  if (mark === 0x7fffffff) {
    shown.fill(0);
    mark = 0;
  }
  const m = ++mark;
  for (let i = 0; i < seen.length; i++) {
    const index = seen[i] as number;
    if (repeatable[index] === 0) shown[index] = m;
  }
  return m;
}

/** The storylet of the half-year, drawn after the move with index `moveIndex` (in MOVES) was made. */
export function drawStorylet(ctx: StepContext, moveIndex: number): number {
  const s = ctx.state;
  const eligibility = ctx.content.eligibility;
  const candidates = ctx.roleRules().candidatesByMove[moveIndex] as Int32Array;
  const m = markShown(eligibility.repeatable, s.seen);
  readNumbers(s, numbers);
  const wasShown = shown;
  const drawable = tier;
  let size = 0;
  let tierSpecificity = -1;
  for (let c = 0; c < candidates.length; c += CANDIDATE_SIZE) {
    const level = candidates[c + 1] as number;
    if (level < tierSpecificity) break;
    const index = candidates[c] as number;
    if (wasShown[index] === m) continue;
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
