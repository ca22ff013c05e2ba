// A scenario's character: figures from a seeded batch of balanced careers, and the checks that say
// how each non-default scenario differs from the default (seed 002's factory, seed 003's big tech
// and startups).
import type { CompiledScenario } from '../engine/compile';
import type { RoleId } from '../engine/ids';
import { MANAGER_ROLES, STAFF_PLUS } from '../engine/ladder';
import { simulateCareer } from '../engine/simulate';
import { mean, median } from './batches';

export interface Character {
  /** Share of careers that ever held a manager role. */
  readonly everManager: number;
  /** Share of careers that ever held a staff or principal title. */
  readonly everStaff: number;
  /** Mean half-year of the first senior (or higher IC) title, over careers that got one. */
  readonly firstSeniorTurn: number;
  readonly medianFinalPay: number;
  /** Median compensation at the end of year three, over careers still running then. */
  readonly medianPayYearThree: number;
  /** Share of careers that end at a big-tech company. */
  readonly endAtBigTech: number;
}

/** The half-year whose end is three years into the run (turns count from 0). */
const YEAR_THREE = 5;
const isSeniorTitle = (r: RoleId): boolean => r === 'senior' || STAFF_PLUS.includes(r);

export function measureCharacter(content: CompiledScenario, careers: number): Character {
  let manager = 0;
  let staff = 0;
  let bigTech = 0;
  const firstSenior: number[] = [];
  const finalPay: number[] = [];
  const payYearThree: number[] = [];
  for (let i = 0; i < careers; i++) {
    const state = simulateCareer(content, 'balanced', `seed-${i}`, true);
    const history = state.history ?? [];
    const roles = history.map((h) => h.role);
    if (roles.some((r) => MANAGER_ROLES.includes(r))) manager += 1;
    if (roles.some((r) => STAFF_PLUS.includes(r))) staff += 1;
    const first = roles.findIndex(isSeniorTitle);
    if (first >= 0) firstSenior.push(first);
    const yearThree = history[YEAR_THREE];
    if (yearThree) payYearThree.push(yearThree.compensation);
    finalPay.push(state.compensation);
    if (state.company === 'big-tech') bigTech += 1;
  }
  return {
    everManager: manager / careers,
    everStaff: staff / careers,
    firstSeniorTurn: mean(firstSenior),
    medianFinalPay: median(finalPay),
    medianPayYearThree: median(payYearThree),
    endAtBigTech: bigTech / careers,
  };
}

export interface CharacterCheck {
  readonly scenario: string;
  readonly statement: string;
  /** The figures compared, for the calibration table. */
  readonly measured: (own: Character, base: Character) => string;
  readonly holds: (own: Character, base: Character) => boolean;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export const CHARACTER_CHECKS: readonly CharacterCheck[] = [
  {
    scenario: 'manager-heavy',
    statement: 'at least twice as many careers ever manage a team as ever reach staff',
    measured: (c) => `ever manager ${pct(c.everManager)}, ever staff ${pct(c.everStaff)}`,
    holds: (c) => c.everManager >= 2 * c.everStaff,
  },
  {
    scenario: 'manager-heavy',
    statement: 'more careers ever manage a team than in default',
    measured: (c, d) => `ever manager ${pct(c.everManager)} vs ${pct(d.everManager)}`,
    holds: (c, d) => c.everManager > d.everManager + 0.05,
  },
  {
    scenario: 'big-tech',
    statement: 'the median final compensation is higher than in default',
    measured: (c, d) => `median final pay $${c.medianFinalPay}k vs $${d.medianFinalPay}k`,
    holds: (c, d) => c.medianFinalPay > d.medianFinalPay,
  },
  {
    scenario: 'big-tech',
    statement: 'most careers end at big tech, far more than in default',
    measured: (c, d) => `end at big tech ${pct(c.endAtBigTech)} vs ${pct(d.endAtBigTech)}`,
    holds: (c, d) => c.endAtBigTech > 0.5 && c.endAtBigTech > d.endAtBigTech + 0.15,
  },
  {
    scenario: 'big-tech',
    statement: 'managing is less of a shortcut than in default: fewer managers for each staff engineer',
    measured: (c, d) => `managers per staff ${(c.everManager / c.everStaff).toFixed(2)} vs ${(d.everManager / d.everStaff).toFixed(2)}`,
    holds: (c, d) => c.everManager / c.everStaff < d.everManager / d.everStaff,
  },
  {
    scenario: 'startup',
    statement: 'the first senior title comes earlier on average than in default',
    measured: (c, d) => `first senior title at half-year ${c.firstSeniorTurn.toFixed(1)} vs ${d.firstSeniorTurn.toFixed(1)}`,
    holds: (c, d) => c.firstSeniorTurn < d.firstSeniorTurn - 1,
  },
  {
    scenario: 'startup',
    statement: 'inflated titles mean more careers reach staff than in default',
    measured: (c, d) => `ever staff ${pct(c.everStaff)} vs ${pct(d.everStaff)}`,
    holds: (c, d) => c.everStaff > d.everStaff + 0.1,
  },
  {
    scenario: 'startup',
    statement: 'the cash is lower: median compensation three years in is below default',
    measured: (c, d) => `median pay at year three $${c.medianPayYearThree}k vs $${d.medianPayYearThree}k`,
    holds: (c, d) => c.medianPayYearThree < d.medianPayYearThree,
  },
];
