// Bots play through the same commands a player uses. Each draws from its own 'bot' stream, so a bot's
// dice never shift the engine's (and two bots on one seed meet the same fortune).
import type { CompiledScenario } from './compile';
import type { MoveId, OptionStyle, StrategyId } from './ids';
import { IC_ROLES, MANAGER_ROLES, PM_ROLES, STAFF_PLUS, rangeOf } from './ladder';
import { legalMoves } from './moves';
import { streamFor, type Stream } from './rng';
import type { OptionDef, StoryletDef } from './schema';
import type { Command, MoveChoice, RunState } from './state';

type StyleWeights = Readonly<Partial<Record<OptionStyle, number>>>;
type MoveWeights = Readonly<Partial<Record<MoveId, number>>>;

interface Strategy {
  /** Relative weights of the legal moves in this state (a missing move weighs 0). */
  moveWeights(state: RunState): MoveWeights;
  styleWeights(state: RunState): StyleWeights;
}

const tired = (s: RunState): boolean => s.burnout >= 70;
/** The driven climber rests only at the edge of burning out, and sometimes goes over it. */
const exhausted = (s: RunState): boolean => s.burnout >= 85;

// Weight tables are built once: a bot runs on every half-step of every batch career.
const REST: MoveWeights = { 'opt-out': 1 };
const NOTHING: MoveWeights = {};

/** A strategy that plays `move` whenever it can and rests only when about to burn out. */
function devoted(move: MoveId, styles: StyleWeights): Strategy {
  const devotion: MoveWeights = { [move]: 1, 'step-up': move === 'step-up' ? 1 : 0.001 };
  return { moveWeights: (s) => (exhausted(s) ? REST : devotion), styleWeights: () => styles };
}

/** Plays `move` until it arrives where `arrived` says, then climbs there. */
function headFor(move: MoveId, arrived: readonly string[], styles: StyleWeights): Strategy {
  const travel: MoveWeights = { [move]: 1 };
  const climb: MoveWeights = { 'step-up': 1 };
  return {
    moveWeights: (s) => (tired(s) ? REST : arrived.includes(s.role) ? climb : travel),
    styleWeights: () => styles,
  };
}

const CHASE_NOW: MoveWeights = { 'chase-pay': 1 };
const CHASE_SETTLE: MoveWeights = { 'step-up': 1, 'opt-out': 1 };
const BALANCED_EARLY_IC = (seniorOrAbove: boolean, settled: boolean): MoveWeights => ({
  'step-up': 6,
  'opt-out': 2,
  'chase-pay': settled ? 1.5 : 0.3,
  'go-manager': seniorOrAbove ? 0.8 : 0.1,
  'go-pm': seniorOrAbove ? 0.2 : 0.05,
});
const BALANCED_IC: readonly MoveWeights[] = [
  BALANCED_EARLY_IC(false, false),
  BALANCED_EARLY_IC(false, true),
  BALANCED_EARLY_IC(true, false),
  BALANCED_EARLY_IC(true, true),
];
const BALANCED_STAFF: MoveWeights = { 'step-up': 5, 'opt-out': 3, 'chase-pay': 1, 'go-manager': 0.4, 'go-pm': 0.1 };
const BALANCED_AWAY: MoveWeights = { 'step-up': 5, 'opt-out': 3, 'chase-pay': 1, 'go-ic': 0.5, 'go-manager': 0.2, 'go-pm': 0.2 };
const balancedStyles = (rest: number): StyleWeights => ({ technical: 3, steady: 2, glue: 1.5, people: 1.5, product: 1.5, impress: 1.5, pay: 1, rest });
const BALANCED_FRESH = balancedStyles(1);
const BALANCED_WEARY = balancedStyles(4);

const STRATEGIES: Record<StrategyId, Strategy> = {
  'step-up': devoted('step-up', { technical: 4, glue: 2, impress: 2, product: 1, people: 1, steady: 0.5, pay: 0.2, rest: 0.2 }),
  'opt-out': {
    moveWeights: () => REST,
    styleWeights: () => ({ steady: 4, rest: 3, technical: 2, people: 1, product: 1, glue: 0.5, pay: 0.5, impress: 0.2 }),
  },
  'chase-pay': {
    moveWeights: (s) => (tired(s) ? REST : s.turnsInRole >= 2 ? CHASE_NOW : CHASE_SETTLE),
    styleWeights: () => ({ pay: 4, impress: 2, technical: 2, product: 1, steady: 1, glue: 0.5, people: 0.5, rest: 0.5 }),
  },
  'go-manager': headFor('go-manager', MANAGER_ROLES, { people: 4, glue: 3, impress: 2, product: 1, steady: 1, technical: 1, pay: 0.5, rest: 0.5 }),
  'go-pm': headFor('go-pm', PM_ROLES, { product: 4, impress: 3, people: 2, glue: 1, steady: 1, technical: 0.5, pay: 0.5, rest: 0.5 }),
  balanced: {
    moveWeights: (s) => {
      if (tired(s)) return REST;
      if (STAFF_PLUS.includes(s.role)) return BALANCED_STAFF;
      if (IC_ROLES.includes(s.role)) return BALANCED_IC[(s.role === 'senior' ? 2 : 0) + (s.turnsInRole >= 3 ? 1 : 0)] as MoveWeights;
      return BALANCED_AWAY;
    },
    styleWeights: (s) => (s.burnout >= 50 ? BALANCED_WEARY : BALANCED_FRESH),
  },
  random: { moveWeights: () => NOTHING, styleWeights: () => ({}) },
};

/** An intermediate keeps to the range it started climbing. */
function moveWeight(state: RunState, weights: MoveWeights, m: MoveChoice): number {
  if (m.move === 'step-up' && state.track !== null && m.toward !== rangeOf(state.track)) return 0;
  return weights[m.move] ?? 0;
}

/**
 * Draws an index in proportion to `weightOf` (uniformly when every weight is 0), with exactly the
 * arithmetic of Stream.weightedIndex, and without building arrays.
 */
function pickIndex(count: number, weightOf: (i: number) => number, stream: Stream): number {
  let total = 0;
  for (let i = 0; i < count; i++) total += weightOf(i);
  if (!(total > 0)) return stream.intInclusive(0, count - 1);
  let roll = stream.next() * total;
  for (let i = 0; i < count; i++) {
    roll -= weightOf(i);
    if (roll < 0) return i;
  }
  return count - 1;
}

/** How much more a bot that leans toward a style likes it (calibration compares such bots). */
export const LEAN_FACTOR = 10;

/** The bot's command for this moment of the run; `lean` makes it favour options of one style. */
export function botCommand(content: CompiledScenario, strategy: StrategyId, state: RunState, lean: OptionStyle | null = null): Command {
  const stream = streamFor(state.rng, state.turn * 2 + (state.phase === 'event' ? 1 : 0), 'bot');
  const plan = STRATEGIES[strategy];
  if (state.phase === 'move') {
    const moves = legalMoves(state);
    const weights = plan.moveWeights(state);
    const choice = moves[pickIndex(moves.length, (i) => moveWeight(state, weights, moves[i] as MoveChoice), stream)] as MoveChoice;
    return { type: 'move', move: choice.move, toward: choice.toward };
  }
  const options = (content.storylets[state.event as number] as StoryletDef).options;
  const styles = plan.styleWeights(state);
  const weightOf = (i: number): number => {
    const style = (options[i] as OptionDef).style;
    return (styles[style] ?? 0) * (style === lean ? LEAN_FACTOR : 1);
  };
  return { type: 'choose', option: pickIndex(options.length, weightOf, stream) };
}
