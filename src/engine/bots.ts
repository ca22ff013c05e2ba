// Bots play through the same commands a player uses. Each draws from its own 'bot' stream, so a bot's
// dice never shift the engine's (and two bots on one seed meet the same fortune).
import type { CompiledScenario } from './compile';
import type { MoveId, OptionStyle, StrategyId } from './ids';
import { IC_ROLES, MANAGER_ROLES, PM_ROLES, STAFF_PLUS, rangeOf } from './ladder';
import { legalMoves } from './moves';
import { streamFor, type Stream } from './rng';
import type { StoryletDef } from './schema';
import type { Command, MoveChoice, RunState } from './state';

type StyleWeights = Partial<Record<OptionStyle, number>>;

interface Strategy {
  /** Relative weights of the legal moves in this state (a missing move weighs 0). */
  moveWeights(state: RunState): Partial<Record<MoveId, number>>;
  styleWeights(state: RunState): StyleWeights;
}

const tired = (s: RunState): boolean => s.burnout >= 70;

/** A strategy that plays `move` whenever it can and rests only when close to burning out. */
function devoted(move: MoveId, styles: StyleWeights, otherwise: MoveId = 'step-up'): Strategy {
  return {
    moveWeights: (s) => (tired(s) ? { 'opt-out': 1 } : { [move]: 1, [otherwise]: 0.001 }),
    styleWeights: () => styles,
  };
}

const STRATEGIES: Record<StrategyId, Strategy> = {
  'step-up': devoted('step-up', { technical: 4, glue: 2, impress: 2, product: 1, people: 1, steady: 0.5, pay: 0.2, rest: 0.2 }),
  'opt-out': {
    moveWeights: () => ({ 'opt-out': 1 }),
    styleWeights: () => ({ steady: 4, rest: 3, technical: 2, people: 1, product: 1, glue: 0.5, pay: 0.5, impress: 0.2 }),
  },
  'chase-pay': {
    moveWeights: (s) => (tired(s) ? { 'opt-out': 1 } : s.turnsInRole >= 2 ? { 'chase-pay': 1 } : { 'step-up': 1, 'opt-out': 1 }),
    styleWeights: () => ({ pay: 4, impress: 2, technical: 2, product: 1, steady: 1, glue: 0.5, people: 0.5, rest: 0.5 }),
  },
  'go-manager': {
    moveWeights: (s) =>
      tired(s) ? { 'opt-out': 1 } : MANAGER_ROLES.includes(s.role) ? { 'step-up': 1 } : { 'go-manager': 1 },
    styleWeights: () => ({ people: 4, glue: 3, impress: 2, product: 1, steady: 1, technical: 1, pay: 0.5, rest: 0.5 }),
  },
  'go-pm': {
    moveWeights: (s) => (tired(s) ? { 'opt-out': 1 } : PM_ROLES.includes(s.role) ? { 'step-up': 1 } : { 'go-pm': 1 }),
    styleWeights: () => ({ product: 4, impress: 3, people: 2, glue: 1, steady: 1, technical: 0.5, pay: 0.5, rest: 0.5 }),
  },
  balanced: {
    moveWeights: (s) => {
      if (tired(s)) return { 'opt-out': 1 };
      if (IC_ROLES.includes(s.role) && !STAFF_PLUS.includes(s.role))
        return { 'step-up': 6, 'opt-out': 2, 'chase-pay': s.turnsInRole >= 3 ? 1.5 : 0.3, 'go-manager': s.role === 'senior' ? 0.8 : 0.1, 'go-pm': s.role === 'senior' ? 0.2 : 0.05 };
      if (STAFF_PLUS.includes(s.role)) return { 'step-up': 5, 'opt-out': 3, 'chase-pay': 1, 'go-manager': 0.4, 'go-pm': 0.1 };
      return { 'step-up': 5, 'opt-out': 3, 'chase-pay': 1, 'go-ic': 0.5, 'go-manager': 0.2, 'go-pm': 0.2 };
    },
    styleWeights: (s) => ({
      technical: 3,
      steady: 2,
      glue: 1.5,
      people: 1.5,
      product: 1.5,
      impress: 1.5,
      pay: 1,
      rest: s.burnout >= 50 ? 4 : 1,
    }),
  },
  random: { moveWeights: () => ({}), styleWeights: () => ({}) },
};

function pick<T>(items: readonly T[], weights: readonly number[], stream: Stream): T {
  return items[weights.some((w) => w > 0) ? stream.weightedIndex(weights) : stream.intInclusive(0, items.length - 1)] as T;
}

/** The bot's command for this moment of the run. */
export function botCommand(content: CompiledScenario, strategy: StrategyId, state: RunState): Command {
  const stream = streamFor(state.rng, state.turn * 2 + (state.phase === 'event' ? 1 : 0), 'bot');
  const plan = STRATEGIES[strategy];
  if (state.phase === 'move') {
    const moves = legalMoves(state);
    const weights = plan.moveWeights(state);
    // An intermediate keeps to the range it started climbing.
    const offTrack = (m: MoveChoice): boolean => m.move === 'step-up' && state.track !== null && m.toward !== rangeOf(state.track);
    const preferred = (m: MoveChoice): number => (offTrack(m) ? 0 : (weights[m.move] ?? 0));
    const choice = pick(moves, moves.map(preferred), stream);
    return { type: 'move', move: choice.move, toward: choice.toward };
  }
  const storylet = content.storylets[state.event as number] as StoryletDef;
  const styles = plan.styleWeights(state);
  const index = pick(
    storylet.options.map((_, i) => i),
    storylet.options.map((o) => styles[o.style] ?? 0),
    stream,
  );
  return { type: 'choose', option: index };
}
