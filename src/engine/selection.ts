// Storylet selection by saliency: of the storylets whose conditions hold and that have not been shown
// (unless repeatable), only the most specific tier competes, drawn by weight from the event stream.
import type { StepContext } from './context';
import { isEligible, NUMBER_COUNT, readNumbers } from './eligibility';
import type { StoryletDef } from './schema';

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
function markShown(storylets: readonly StoryletDef[], seen: readonly number[]): number {
  if (shown.length < storylets.length) {
    shown = new Int32Array(storylets.length);
    tier = new Int32Array(storylets.length);
  }
  if (mark === 0x7fffffff) {
    shown.fill(0);
    mark = 0;
  }
  const m = ++mark;
  for (let i = 0; i < seen.length; i++) {
    const index = seen[i] as number;
    if (!(storylets[index] as StoryletDef).repeatable) shown[index] = m;
  }
  return m;
}

export function drawStorylet(ctx: StepContext): number {
  const s = ctx.state;
  const { storylets, specificity, eligibility } = ctx.content;
  const candidates = s.move ? ctx.content.byRoleAndMove[s.role][s.move.move] : ctx.content.byRole[s.role];
  const m = markShown(storylets, s.seen);
  readNumbers(s, numbers);
  const wasShown = shown;
  const drawable = tier;
  let size = 0;
  let tierSpecificity = -1;
  for (let i = 0; i < candidates.length; i++) {
    const index = candidates[i] as number;
    const level = specificity[index] as number;
    if (level < tierSpecificity) break;
    if (wasShown[index] === m) continue;
    if (!isEligible(eligibility, index, numbers, s)) continue;
    tierSpecificity = level;
    drawable[size++] = index;
  }
  if (size === 0) throw new NoStoryletError(`no storylet can be drawn for role ${s.role} at turn ${s.turn}`);
  if (size === 1) return drawable[0] as number;
  // The event stream serves this draw alone, so it is opened only when there is a choice to make.
  const roll = ctx.stream('event').next();
  let total = 0;
  for (let i = 0; i < size; i++) total += (storylets[drawable[i] as number] as StoryletDef).weight ?? 1;
  let left = roll * total;
  for (let i = 0; i < size; i++) {
    left -= (storylets[drawable[i] as number] as StoryletDef).weight ?? 1;
    if (left < 0) return drawable[i] as number;
  }
  return drawable[size - 1] as number;
}
