// Bots play through the same commands a player uses. Each draws from its own 'bot' stream, so a bot's
// dice never shift the engine's (and two bots on one seed meet the same fortune).
import type { CompiledOption, CompiledScenario } from './compile';
import { contains, MOVES, OPTION_STYLES, ROLES, TRACKS, type MoveId, type OptionStyle, type RoleId, type StrategyId, type Track } from './ids';
import { IC_ROLES, MANAGER_ROLES, PM_ROLES, STAFF_PLUS, rangeOf } from './ladder';
import { PLACE_COUNT, placeOf, type Path, type Place } from './moves';
import { intFrom, PURPOSE, HalfStepDraws } from './rng';
import { chooseCommand, halfStepOf, type Command, type RunState } from './state';

/** Weights by index: of a move in MOVES, or of a style in OPTION_STYLES (a missing one weighs 0). */
type Weights = readonly number[];

function weights<K extends string>(ids: readonly K[], byId: Readonly<Partial<Record<K, number>>>): Weights {
  return ids.map((id) => byId[id] ?? 0);
}

/** The weights of the choices of one moment, as a bot draws from them. */
interface Pick {
  readonly weights: Weights;
  readonly total: number;
  /** The index of the one positive weight; -1 when none is positive, -2 when several are. */
  readonly only: number;
}

function pickOf(weights: Weights): Pick {
  let total = 0;
  let only = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    total += w;
    if (w > 0) only = only === -1 ? i : -2;
  }
  return { weights, total, only };
}

// A pick depends only on a weight table and where it is asked, so each table keeps the picks it has
// made: weighing every path or option again costs several times the lookup, on every half-step.

/** Move weights, with the pick they make at each place for each track (see `moveAt`). */
interface MoveTable {
  readonly weights: Weights;
  readonly picks: (Pick | undefined)[];
}

/** Style weights, with the pick they make at each event of the content they last served. */
interface StyleTable {
  readonly weights: Weights;
  content: CompiledScenario | null;
  picks: (Pick | undefined)[];
}

const moveWeights = (byMove: Readonly<Partial<Record<MoveId, number>>>): MoveTable => ({
  weights: weights(MOVES, byMove),
  picks: new Array<Pick | undefined>(PLACE_COUNT * (TRACKS.length + 1)),
});
const styleTable = (weights: Weights): StyleTable => ({ weights, content: null, picks: [] });
const styleWeights = (byStyle: Readonly<Partial<Record<OptionStyle, number>>>): StyleTable => styleTable(weights(OPTION_STYLES, byStyle));

/**
 * A strategy as data, read by one interpreter (`command`): a bot asks it on every half-step, and a
 * lookup in a table costs a fraction of a call to a strategy's own function.
 */
interface Strategy {
  /** At this burnout or above it rests (plays REST) whatever else holds. */
  readonly restsFrom: number;
  /** After this many half-years in a role it counts as settled there. */
  readonly settlesAfter: number;
  /** The relative weights of the moves, by the role's index in ROLES times two, plus one when settled. */
  readonly moves: readonly MoveTable[];
  /** The weights of the option styles, below `wearyFrom` burnout and from there on. */
  readonly styles: StyleTable;
  readonly wearyStyles: StyleTable;
  readonly wearyFrom: number;
}

const NEVER = Infinity;

/** Move weights for every role, unsettled and settled (see Strategy.moves). */
function byRole(weigh: (role: RoleId, settled: boolean) => MoveTable): readonly MoveTable[] {
  return ROLES.flatMap((role) => [weigh(role, false), weigh(role, true)]);
}

/** The strategy with every field written in one order: every bot then has one shape, and its reads stay cheap. */
function oneShape(plan: Strategy): Strategy {
  const { restsFrom, settlesAfter, moves, styles, wearyStyles, wearyFrom } = plan;
  return { restsFrom, settlesAfter, moves, styles, wearyStyles, wearyFrom };
}

/** A strategy that rests from `restsFrom` burnout and otherwise plays the same weights everywhere. */
function everywhere(restsFrom: number, byMove: MoveTable, styles: StyleTable): Strategy {
  return oneShape({ restsFrom, settlesAfter: 0, moves: byRole(() => byMove), styles, wearyStyles: styles, wearyFrom: NEVER });
}

const TIRED = 70;
/** The driven climber rests only at the edge of burning out, and sometimes goes over it. */
const EXHAUSTED = 85;

// Weight tables are built once: a bot runs on every half-step of every batch career.
const REST = moveWeights({ 'opt-out': 1 });
const NOTHING = moveWeights({});

/** A strategy that plays `move` whenever it can and rests only when about to burn out. */
function devoted(move: MoveId, styles: StyleTable): Strategy {
  return everywhere(EXHAUSTED, moveWeights({ [move]: 1, 'step-up': move === 'step-up' ? 1 : 0.001 }), styles);
}

/** Plays `move` until it holds one of the `arrived` roles, then climbs there. */
function headFor(move: MoveId, arrived: readonly RoleId[], styles: StyleTable): Strategy {
  const travel = moveWeights({ [move]: 1 });
  const climb = moveWeights({ 'step-up': 1 });
  return oneShape({ ...everywhere(TIRED, travel, styles), moves: byRole((role) => (contains(arrived, role) ? climb : travel)) });
}

const CHASE_NOW = moveWeights({ 'chase-pay': 1 });
const CHASE_SETTLE = moveWeights({ 'step-up': 1, 'opt-out': 1 });
const BALANCED_EARLY_IC = (seniorOrAbove: boolean, settled: boolean): MoveTable =>
  moveWeights({
    'step-up': 6,
    'opt-out': 2,
    'chase-pay': settled ? 1.5 : 0.3,
    'go-manager': seniorOrAbove ? 0.8 : 0.1,
    'go-pm': seniorOrAbove ? 0.2 : 0.05,
  });
const BALANCED_STAFF = moveWeights({ 'step-up': 5, 'opt-out': 3, 'chase-pay': 1, 'go-manager': 0.4, 'go-pm': 0.1 });
const BALANCED_AWAY = moveWeights({ 'step-up': 5, 'opt-out': 3, 'chase-pay': 1, 'go-ic': 0.5, 'go-manager': 0.2, 'go-pm': 0.2 });
const balancedStyles = (rest: number): StyleTable =>
  styleWeights({ technical: 3, steady: 2, glue: 1.5, people: 1.5, product: 1.5, impress: 1.5, pay: 1, rest });

const STRATEGIES: Record<StrategyId, Strategy> = {
  'step-up': devoted('step-up', styleWeights({ technical: 4, glue: 2, impress: 2, product: 1, people: 1, steady: 0.5, pay: 0.2, rest: 0.2 })),
  'opt-out': everywhere(NEVER, REST, styleWeights({ steady: 4, rest: 3, technical: 2, people: 1, product: 1, glue: 0.5, pay: 0.5, impress: 0.2 })),
  'chase-pay': oneShape({
    ...everywhere(TIRED, CHASE_SETTLE, styleWeights({ pay: 4, impress: 2, technical: 2, product: 1, steady: 1, glue: 0.5, people: 0.5, rest: 0.5 })),
    settlesAfter: 2,
    moves: byRole((_, settled) => (settled ? CHASE_NOW : CHASE_SETTLE)),
  }),
  'go-manager': headFor('go-manager', MANAGER_ROLES, styleWeights({ people: 4, glue: 3, impress: 2, product: 1, steady: 1, technical: 1, pay: 0.5, rest: 0.5 })),
  'go-pm': headFor('go-pm', PM_ROLES, styleWeights({ product: 4, impress: 3, people: 2, glue: 1, steady: 1, technical: 0.5, pay: 0.5, rest: 0.5 })),
  balanced: oneShape({
    restsFrom: TIRED,
    settlesAfter: 3,
    moves: byRole((role, settled) => {
      if (contains(STAFF_PLUS, role)) return BALANCED_STAFF;
      if (contains(IC_ROLES, role)) return BALANCED_EARLY_IC(role === 'senior', settled);
      return BALANCED_AWAY;
    }),
    styles: balancedStyles(1),
    wearyStyles: balancedStyles(4),
    wearyFrom: 50,
  }),
  random: everywhere(NEVER, NOTHING, styleWeights({})),
};

/**
 * Draws an index in proportion to the pick's weights (uniformly when every weight is 0), with exactly
 * the arithmetic of indexByWeight (rng.ts). When one weight alone is positive the draw cannot change
 * the pick, so the stream is not even derived.
 */
function pickIndex(pick: Pick, draws: HalfStepDraws): number {
  if (pick.only >= 0) return pick.only;
  const roll = draws.draw(PURPOSE.bot);
  const weights = pick.weights;
  if (!(pick.total > 0)) return intFrom(roll, 0, weights.length - 1);
  let left = roll * pick.total;
  for (let i = 0; i < weights.length; i++) {
    left -= weights[i] as number;
    if (left < 0) return i;
  }
  return weights.length - 1;
}

// The lookups below are kept apart from the weighing they fall back on: a function that makes a
// closure pays for the closure's context on every call, found or not.

/** The pick of the paths from `place` by `table`, for a player climbing `track` (if any). */
function moveAt(table: MoveTable, place: Place, track: Track | null): Pick {
  const at = place.index * (TRACKS.length + 1) + (track === null ? 0 : track === 'frontend' ? 1 : 2);
  return table.picks[at] ?? (table.picks[at] = weighPaths(table.weights, place, track));
}

function weighPaths(byMove: Weights, place: Place, track: Track | null): Pick {
  return pickOf(place.paths.map((path) => pathWeight(byMove, path, track)));
}

/** An intermediate keeps to the range it started climbing. */
function pathWeight(byMove: Weights, path: Path, track: Track | null): number {
  if (path.stepUp && track !== null && path.choice.toward !== rangeOf(track)) return 0;
  return byMove[path.moveIndex] as number;
}

/**
 * The pick of the options of `event` by `table`. The lookup is kept apart from the weighing (and from
 * starting over for other content), small enough for the compiler to inline where the bot is asked.
 */
function optionsAt(table: StyleTable, content: CompiledScenario, event: number): Pick {
  const pick = table.content === content ? table.picks[event] : undefined;
  return pick ?? weighOptionsAt(table, content, event);
}

function weighOptionsAt(table: StyleTable, content: CompiledScenario, event: number): Pick {
  if (table.content !== content) {
    table.content = content;
    table.picks = new Array<Pick | undefined>(content.options.length);
  }
  return (table.picks[event] = weighOptions(table.weights, content.options[event] as readonly CompiledOption[]));
}

function weighOptions(byStyle: Weights, options: readonly CompiledOption[]): Pick {
  return pickOf(options.map((option) => byStyle[option.style] as number));
}

/** How much more a bot that leans toward a style likes it (calibration compares such bots). */
const LEAN_FACTOR = 10;

/** A bot: a strategy with its lean applied, resolved once per career (the batch simulator asks it on every half-step). */
export type Bot = Strategy;

// A bot's picks draw from the half-step's 'bot' stream: a batch career passes its context's draws, so
// the bot and the engine share one object per career.

/** The path the bot walks from where the player stands (at a move). */
export function pathFor(bot: Bot, state: RunState, draws: HalfStepDraws): Path {
  const place = placeOf(state);
  const table = state.burnout >= bot.restsFrom ? REST : (bot.moves[place.role * 2 + (state.turnsInRole >= bot.settlesAfter ? 1 : 0)] as MoveTable);
  return place.paths[pickIndex(moveAt(table, place, state.track), draws)] as Path;
}

/** The index of the option the bot takes at the state's event. */
export function optionFor(content: CompiledScenario, bot: Bot, state: RunState, draws: HalfStepDraws): number {
  const table = state.burnout >= bot.wearyFrom ? bot.wearyStyles : bot.styles;
  return pickIndex(optionsAt(table, content, state.event as number), draws);
}

/** Style weights with the leaning style's made LEAN_FACTOR times heavier. */
function leaned(styles: StyleTable, leaning: number): StyleTable {
  return styleTable(styles.weights.map((w, i) => w * (i === leaning ? LEAN_FACTOR : 1)));
}

// A leaning bot is made once for each strategy and lean, so its tables keep their picks from career to career.
const leaningBots = new Map<string, Bot>();

/** The bot of `strategy`; with `lean` it favours options of one style. */
export function makeBot(strategy: StrategyId, lean: OptionStyle | null = null): Bot {
  const plan = STRATEGIES[strategy];
  if (lean === null) return plan;
  const key = `${strategy} ${lean}`;
  let bot = leaningBots.get(key);
  if (bot === undefined) {
    const leaning = OPTION_STYLES.indexOf(lean);
    bot = oneShape({ ...plan, styles: leaned(plan.styles, leaning), wearyStyles: leaned(plan.wearyStyles, leaning) });
    leaningBots.set(key, bot);
  }
  return bot;
}

/** The bot's command for this moment of the run; `lean` makes it favour options of one style. */
export function botCommand(content: CompiledScenario, strategy: StrategyId, state: RunState, lean: OptionStyle | null = null): Command {
  const bot = makeBot(strategy, lean);
  const draws = new HalfStepDraws(state.rng, halfStepOf(state));
  return state.phase === 'move' ? pathFor(bot, state, draws).command : chooseCommand(optionFor(content, bot, state, draws));
}
