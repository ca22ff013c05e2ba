// How the facilitator views (the lab, the room) name what they show: strategies, outcomes, meters, numbers; and the outcomes' colours.
import type { CompiledScenario } from '../engine/compile';
import { OUTCOMES, type MeterId, type StrategyId } from '../engine/ids';
import { UNFINISHED } from '../lab/tally';

export const STRATEGY_NAMES: Readonly<Record<StrategyId, string>> = {
  'step-up': 'Step up',
  'opt-out': 'Opt out',
  'chase-pay': 'Chase pay',
  'go-manager': 'Go manager',
  'go-pm': 'Go PM',
  balanced: 'Balanced',
  random: 'Random',
};

export const METER_NAMES: Readonly<Record<MeterId, string>> = {
  satisfaction: 'Satisfaction',
  burnout: 'Burnout',
  compensation: 'Compensation ($k a year)',
};

/** Every outcome the lab can count, in the order the charts stack them. */
export const OUTCOME_ORDER: readonly string[] = [...OUTCOMES, UNFINISHED];

// Okabe–Ito first, then further hues told apart by lightness; the table carries the same numbers.
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#d55e00', '#56b4e9', '#cc79a7', '#f0e442', '#1b2830', '#8c6d31', '#9c9ede', '#7b4173', '#b5cf6b', '#843c39', '#969696', '#d9d9d9'];

export function outcomeColour(outcome: string): string {
  return PALETTE[Math.max(0, OUTCOME_ORDER.indexOf(outcome)) % PALETTE.length] as string;
}

export function outcomeTitle(content: CompiledScenario, outcome: string): string {
  if (outcome === UNFINISHED) return 'Unfinished';
  return content.outcomes.get(outcome as (typeof OUTCOMES)[number])?.title ?? outcome;
}

export const whole = (n: number): string => Math.round(n).toLocaleString('en-US');
export const percent = (n: number, digits = 1): string => `${n.toFixed(digits)}%`;
