// Seeded batches of bot careers, and the facts about a career that the claims measure. Pure: the
// same scenario, size and prefix always give the same batches.
import type { CompiledScenario } from '../engine/compile';
import type { OptionStyle, RoleId, StrategyId } from '../engine/ids';
import { simulateCareer } from '../engine/simulate';
import type { RunState, TurnRecord } from '../engine/state';

/** A bot, optionally leaning toward one style of option. */
export interface Player {
  readonly strategy: StrategyId;
  readonly lean: OptionStyle | null;
}

export const PLAYERS = {
  balanced: { strategy: 'balanced', lean: null },
  stepUp: { strategy: 'step-up', lean: null },
  stepUpTechnical: { strategy: 'step-up', lean: 'technical' },
  stepUpGlue: { strategy: 'step-up', lean: 'glue' },
  stepUpImpress: { strategy: 'step-up', lean: 'impress' },
  goManager: { strategy: 'go-manager', lean: null },
  goPm: { strategy: 'go-pm', lean: null },
  chasePay: { strategy: 'chase-pay', lean: null },
  optOut: { strategy: 'opt-out', lean: null },
} as const satisfies Record<string, Player>;
export type PlayerName = keyof typeof PLAYERS;

export type Batches = Readonly<Record<PlayerName, readonly RunState[]>>;

export function playBatches(content: CompiledScenario, careers: number, prefix = 'calibrate'): Batches {
  const batches = {} as Record<PlayerName, RunState[]>;
  for (const name of Object.keys(PLAYERS) as PlayerName[]) {
    const { strategy, lean } = PLAYERS[name];
    batches[name] = Array.from({ length: careers }, (_, i) => simulateCareer(content, strategy, `${prefix}-${name}-${i}`, true, lean));
  }
  return batches;
}

/** The role held at the start of half-year `turnIndex` (the history records roles at its end). */
export function roleBefore(run: RunState, turnIndex: number, startRole: RoleId): RoleId {
  return turnIndex === 0 ? startRole : ((run.history as readonly TurnRecord[])[turnIndex - 1] as TurnRecord).role;
}

/** The first half-year (index) at whose end the run held one of `roles`, or null. */
export function firstTurnAs(run: RunState, roles: readonly RoleId[]): number | null {
  const found = run.history?.findIndex((h) => roles.includes(h.role)) ?? -1;
  return found < 0 ? null : found;
}

export function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}
