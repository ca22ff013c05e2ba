// Commands in, events out. `step` is pure (it returns a new state); `applyInPlace` is the same rule
// applied to a state the caller owns, for batch speed. An illegal command changes nothing and throws.
import { regionName, type CompiledOption, type CompiledScenario } from './compile';
import { StepContext } from './context';
import { applyEffects, type EffectList } from './effects';
import type { Emit, EngineEvent } from './events';
import type { MoveId, QualityId } from './ids';
import { isLegalMove, pathOf, resolveMove, type Path } from './moves';
import { indexByWeight, PURPOSE, rootState } from './rng';
import type { OptionDef, StoryletDef, WeightedOutcomeDef } from './schema';
import { drawStorylet } from './selection';
import { cloneState, type Command, type RunState } from './state';
import { endTurn } from './turn-end';
import { scheduleLater } from './delayed';
import { growthMark } from './check-in';
import { GAME_VERSION } from './version';
import { seedProblem } from './run-code';

export class IllegalCommandError extends Error {}

export interface NewRun {
  readonly seed: string;
  /** Keep the history and the debrief's ledger (for the game, replays and JSON); off for batch speed. */
  readonly record?: boolean;
}

/** A new run. Throws RangeError for a seed that `seedProblem` refuses. */
export function createRun(content: CompiledScenario, { seed, record = true }: NewRun): RunState {
  const problem = seedProblem(seed);
  if (problem !== null) throw new RangeError(problem);
  const start = content.def.start;
  // Written out in QUALITIES and MOVES order (the type checks that none is missing): a literal is made
  // far faster than a loop of keyed stores, and this runs once per career of a batch.
  const q = start.qualities;
  const qualities: Record<QualityId, number> = {
    technical: q.technical,
    influence: q.influence,
    repEngineers: q.repEngineers,
    repManagers: q.repManagers,
    network: q.network,
    initiative: q.initiative,
    glue: q.glue,
  };
  const moveCounts: Record<MoveId, number> = { 'step-up': 0, 'opt-out': 0, 'chase-pay': 0, 'go-manager': 0, 'go-pm': 0, 'go-ic': 0 };
  const state: RunState = {
    version: GAME_VERSION,
    scenario: content.def.id,
    seed,
    rng: rootState(seed),
    turn: 0,
    phase: 'move',
    role: start.role,
    region: start.region,
    track: null,
    company: start.company,
    employer: 0,
    satisfaction: start.satisfaction,
    burnout: start.burnout,
    compensation: content.def.pay.bands[start.company][start.role],
    qualities,
    flags: [],
    turnsInRole: 0,
    turnsAtEmployer: 0,
    stepUps: 0,
    moveCounts,
    move: null,
    pendingHop: null,
    stayingPut: false,
    event: null,
    growthMark: 0,
    seen: [],
    scheduled: [],
    ledger: record ? {} : null,
    staffPromotionTurn: null,
    checkIn: null,
    endReason: null,
    outcome: null,
    commands: [],
    history: record ? [] : null,
  };
  state.growthMark = growthMark(state);
  return state;
}

/** A command in the words the player knows it by: "stepping up (to Frontend Senior's Range)", "option 2". */
function describe(content: CompiledScenario, command: Command): string {
  if (command.type === 'choose') return `option ${command.option + 1}`;
  const move = content.library.moveNames[command.move] ?? command.move;
  return `${move.charAt(0).toLowerCase()}${move.slice(1)} (to ${regionName(content.library, command.toward)})`;
}

function hasOption(content: CompiledScenario, event: number, option: number): boolean {
  return Number.isInteger(option) && option >= 0 && option < (content.options[event] as readonly CompiledOption[]).length;
}

/** Whether `command` may be applied now; the reason when not. */
export function refusal(content: CompiledScenario, state: RunState, command: Command): string | null {
  const what = describe(content, command);
  if (state.phase === 'ended') return `the run has ended; ${what} cannot be played`;
  if (command.type === 'move') {
    if (state.phase !== 'move') return `an event is waiting for a choice; ${what} cannot be played now`;
    const here = `${content.library.roleNames[state.role] ?? state.role} in ${regionName(content.library, state.region)}`;
    return isLegalMove(state, command) ? null : `${what} is not a path for ${here}`;
  }
  if (state.phase !== 'event') return `a move is expected; ${what} cannot be played now`;
  if (hasOption(content, state.event as number, command.option)) return null;
  return `${what} does not exist; this event has ${(content.options[state.event as number] as readonly CompiledOption[]).length} options`;
}

function fateText(storylet: StoryletDef, optionIndex: number, fate: number): string {
  return ((storylet.options[optionIndex] as OptionDef).outcomes?.[fate] as WeightedOutcomeDef).text;
}

function chooseOption(ctx: StepContext, optionIndex: number): void {
  const s = ctx.state;
  const event = s.event as number;
  const compiled = (ctx.content.options[event] as readonly CompiledOption[])[optionIndex] as CompiledOption;
  const cause = compiled.cause;
  // The storylet's own text is read only for reports: loading it for a batch career cost 2% of its time.
  if (ctx.listening) ctx.emit({ type: 'option-chosen', storylet: (ctx.content.storylets[event] as StoryletDef).id, option: optionIndex });
  applyEffects(ctx, compiled.effects, cause);
  if (compiled.fates.length > 0) {
    const fate = indexByWeight(compiled.fateWeights, ctx.draw(PURPOSE.outcome));
    // Told before what it does, so the story of an offer comes before "You join …".
    if (ctx.listening) ctx.emit({ type: 'fate', text: fateText(ctx.content.storylets[event] as StoryletDef, optionIndex, fate) });
    applyEffects(ctx, compiled.fates[fate] as EffectList, cause);
  }
  scheduleLater(s, compiled, event, optionIndex);
  endTurn(ctx);
}

/** Applies a legal command to `state` itself. Throws IllegalCommandError, leaving state untouched. */
export function applyInPlace(content: CompiledScenario, state: RunState, command: Command, emit: Emit = null): void {
  // A move names a legal path, a choice an option of the event; only a command that does neither needs the full check.
  const path = command.type === 'move' && state.phase === 'move' ? pathOf(state, command) : null;
  if (path === null && !(command.type === 'choose' && state.phase === 'event' && hasOption(content, state.event as number, command.option))) {
    const why = refusal(content, state, command);
    if (why !== null) throw new IllegalCommandError(why);
  }
  const ctx = new StepContext(state, content, emit);
  if (command.type === 'move') playMove(ctx, command, path as Path);
  else playOption(ctx, command, command.option);
}

// The two halves of a turn, for a context begun at the state's half-step. They trust the caller to
// have checked the command: applyInPlace does, and a batch career's bot picks among the legal ones.

/** Walks `path` (the path `command` names from where the player stands) and draws the half-year's event. */
export function playMove(ctx: StepContext, command: Command, path: Path): void {
  const state = ctx.state;
  state.commands.push(command);
  resolveMove(ctx, path);
  const index = drawStorylet(ctx, path.moveIndex);
  state.event = index;
  state.seen.push(index);
  state.phase = 'event';
  if (ctx.listening) ctx.emit({ type: 'event-drawn', storylet: (ctx.content.storylets[index] as StoryletDef).id });
}

/** Takes the event's option at `optionIndex` (the one `command` names) and ends the half-year. */
export function playOption(ctx: StepContext, command: Command, optionIndex: number): void {
  ctx.state.commands.push(command);
  chooseOption(ctx, optionIndex);
}

/** The pure form: a new state and what happened, leaving `state` as it was. */
export function step(content: CompiledScenario, state: RunState, command: Command): { state: RunState; events: EngineEvent[] } {
  const next = cloneState(state);
  const events: EngineEvent[] = [];
  applyInPlace(content, next, command, (e) => events.push(e));
  return { state: next, events };
}
