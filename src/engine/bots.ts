// Bots play through the same commands a player uses. Each draws from its own 'bot' stream, so a bot's
// dice never shift the engine's (and two bots on one seed meet the same fortune).
import type { CompiledOption, CompiledScenario } from './compile';
import { contains, MOVES, OPTION_STYLES, type MoveId, type OptionStyle, type StrategyId } from './ids';
import { IC_ROLES, MANAGER_ROLES, PM_ROLES, STAFF_PLUS, rangeOf } from './ladder';
import { legalPaths, type Path } from './moves';
import { firstDraw, intFrom, PURPOSE } from './rng';
import type { Command, RunState } from './state';

/** Weights by index: of a move in MOVES, or of a style in OPTION_STYLES (a missing one weighs 0). */
type Weights = Float64Array;

function weights<K extends string>(ids: readonly K[], byId: Readonly<Partial<Record<K, number>>>): Weights {
  return Float64Array.from(ids, (id) => byId[id] ?? 0);
}
const moveWeights = (byMove: Readonly<Partial<Record<MoveId, number>>>): Weights => weights(MOVES, byMove);
const styleWeights = (byStyle: Readonly<Partial<Record<OptionStyle, number>>>): Weights => weights(OPTION_STYLES, byStyle);

interface Strategy {
  /** Relative weights of the legal moves in this state. */
  moveWeights(state: RunState): Weights;
  styleWeights(state: RunState): Weights;
}

const tired = (s: RunState): boolean => s.burnout >= 70;
/** The driven climber rests only at the edge of burning out, and sometimes goes over it. */
const exhausted = (s: RunState): boolean => s.burnout >= 85;

// Weight tables are built once: a bot runs on every half-step of every batch career.
const REST = moveWeights({ 'opt-out': 1 });
const NOTHING = moveWeights({});

/** A strategy that plays `move` whenever it can and rests only when about to burn out. */
function devoted(move: MoveId, styles: Weights): Strategy {
  const devotion = moveWeights({ [move]: 1, 'step-up': move === 'step-up' ? 1 : 0.001 });
  return { moveWeights: (s) => (exhausted(s) ? REST : devotion), styleWeights: () => styles };
}

/** Plays `move` until it arrives where `arrived` says, then climbs there. */
function headFor(move: MoveId, arrived: readonly string[], styles: Weights): Strategy {
  const travel = moveWeights({ [move]: 1 });
  const climb = moveWeights({ 'step-up': 1 });
  return {
    moveWeights: (s) => (tired(s) ? REST : contains(arrived, s.role) ? climb : travel),
    styleWeights: () => styles,
  };
}

/** A strategy whose style weights never change. */
function always(byStyle: Readonly<Partial<Record<OptionStyle, number>>>): () => Weights {
  const styles = styleWeights(byStyle);
  return () => styles;
}

const CHASE_NOW = moveWeights({ 'chase-pay': 1 });
const CHASE_SETTLE = moveWeights({ 'step-up': 1, 'opt-out': 1 });
const BALANCED_EARLY_IC = (seniorOrAbove: boolean, settled: boolean): Weights =>
  moveWeights({
    'step-up': 6,
    'opt-out': 2,
    'chase-pay': settled ? 1.5 : 0.3,
    'go-manager': seniorOrAbove ? 0.8 : 0.1,
    'go-pm': seniorOrAbove ? 0.2 : 0.05,
  });
const BALANCED_IC: readonly Weights[] = [
  BALANCED_EARLY_IC(false, false),
  BALANCED_EARLY_IC(false, true),
  BALANCED_EARLY_IC(true, false),
  BALANCED_EARLY_IC(true, true),
];
const BALANCED_STAFF = moveWeights({ 'step-up': 5, 'opt-out': 3, 'chase-pay': 1, 'go-manager': 0.4, 'go-pm': 0.1 });
const BALANCED_AWAY = moveWeights({ 'step-up': 5, 'opt-out': 3, 'chase-pay': 1, 'go-ic': 0.5, 'go-manager': 0.2, 'go-pm': 0.2 });
const balancedStyles = (rest: number): Weights =>
  styleWeights({ technical: 3, steady: 2, glue: 1.5, people: 1.5, product: 1.5, impress: 1.5, pay: 1, rest });
const BALANCED_FRESH = balancedStyles(1);
const BALANCED_WEARY = balancedStyles(4);

const STRATEGIES: Record<StrategyId, Strategy> = {
  'step-up': devoted('step-up', styleWeights({ technical: 4, glue: 2, impress: 2, product: 1, people: 1, steady: 0.5, pay: 0.2, rest: 0.2 })),
  'opt-out': {
    moveWeights: () => REST,
    styleWeights: always({ steady: 4, rest: 3, technical: 2, people: 1, product: 1, glue: 0.5, pay: 0.5, impress: 0.2 }),
  },
  'chase-pay': {
    moveWeights: (s) => (tired(s) ? REST : s.turnsInRole >= 2 ? CHASE_NOW : CHASE_SETTLE),
    styleWeights: always({ pay: 4, impress: 2, technical: 2, product: 1, steady: 1, glue: 0.5, people: 0.5, rest: 0.5 }),
  },
  'go-manager': headFor('go-manager', MANAGER_ROLES, styleWeights({ people: 4, glue: 3, impress: 2, product: 1, steady: 1, technical: 1, pay: 0.5, rest: 0.5 })),
  'go-pm': headFor('go-pm', PM_ROLES, styleWeights({ product: 4, impress: 3, people: 2, glue: 1, steady: 1, technical: 0.5, pay: 0.5, rest: 0.5 })),
  balanced: {
    moveWeights: (s) => {
      if (tired(s)) return REST;
      if (contains(STAFF_PLUS, s.role)) return BALANCED_STAFF;
      if (contains(IC_ROLES, s.role)) return BALANCED_IC[(s.role === 'senior' ? 2 : 0) + (s.turnsInRole >= 3 ? 1 : 0)] as Weights;
      return BALANCED_AWAY;
    },
    styleWeights: (s) => (s.burnout >= 50 ? BALANCED_WEARY : BALANCED_FRESH),
  },
  random: { moveWeights: () => NOTHING, styleWeights: always({}) },
};

/** An intermediate keeps to the range it started climbing. */
function pathWeight(state: RunState, byMove: Weights, path: Path): number {
  if (path.stepUp && state.track !== null && path.choice.toward !== rangeOf(state.track)) return 0;
  return byMove[path.moveIndex] as number;
}

// The weights of the bot's current choices: scratch for one pick at a time (a pick never calls out).
let scratch = new Float64Array(8);

function room(count: number): void {
  if (scratch.length < count) scratch = new Float64Array(count);
}

/**
 * Draws an index in proportion to the first `count` weights of the scratch (uniformly when every
 * weight is 0), with exactly the arithmetic of Stream.weightedIndex. When one weight alone is
 * positive the draw cannot change the pick, so the stream is not even derived.
 */
function pickIndex(count: number, state: RunState): number {
  let total = 0;
  let positive = -1;
  for (let i = 0; i < count; i++) {
    const w = scratch[i] as number;
    total += w;
    if (w > 0) positive = positive === -1 ? i : -2;
  }
  if (positive >= 0) return positive;
  // A pick is the bot stream's only draw of the half-step.
  const roll = firstDraw(state.rng, state.turn * 2 + (state.phase === 'event' ? 1 : 0), PURPOSE.bot);
  if (!(total > 0)) return intFrom(roll, 0, count - 1);
  let left = roll * total;
  for (let i = 0; i < count; i++) {
    left -= scratch[i] as number;
    if (left < 0) return i;
  }
  return count - 1;
}

/** How much more a bot that leans toward a style likes it (calibration compares such bots). */
export const LEAN_FACTOR = 10;

// Commands are plain immutable data, so every bot shares one command per option index.
const CHOOSE: Command[] = [];
function chooseCommand(option: number): Command {
  return (CHOOSE[option] ??= Object.freeze({ type: 'choose', option }));
}

/** A bot for one strategy and lean, resolved once: the batch simulator asks it on every half-step. */
export type Bot = (content: CompiledScenario, state: RunState) => Command;

function command(content: CompiledScenario, plan: Strategy, leaning: number, state: RunState): Command {
  if (state.phase === 'move') {
    const paths = legalPaths(state);
    const byMove = plan.moveWeights(state);
    room(paths.length);
    for (let i = 0; i < paths.length; i++) scratch[i] = pathWeight(state, byMove, paths[i] as Path);
    return (paths[pickIndex(paths.length, state)] as Path).command;
  }
  const options = content.options[state.event as number] as readonly CompiledOption[];
  const byStyle = plan.styleWeights(state);
  room(options.length);
  for (let i = 0; i < options.length; i++) {
    const style = (options[i] as CompiledOption).style;
    scratch[i] = (byStyle[style] as number) * (style === leaning ? LEAN_FACTOR : 1);
  }
  return chooseCommand(pickIndex(options.length, state));
}

const leaningOf = (lean: OptionStyle | null): number => (lean === null ? -1 : OPTION_STYLES.indexOf(lean));

/** The bot of `strategy`; with `lean` it favours options of one style. */
export function makeBot(strategy: StrategyId, lean: OptionStyle | null = null): Bot {
  const plan = STRATEGIES[strategy];
  const leaning = leaningOf(lean);
  return (content, state) => command(content, plan, leaning, state);
}

/** The bot's command for this moment of the run; `lean` makes it favour options of one style. */
export function botCommand(content: CompiledScenario, strategy: StrategyId, state: RunState, lean: OptionStyle | null = null): Command {
  return command(content, STRATEGIES[strategy], leaningOf(lean), state);
}
