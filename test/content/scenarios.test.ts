// The shipped scenarios: each is clean data, each plays every bot to an outcome, and each one that is
// not the default shows its own character over a seeded batch of balanced careers.
import { describe, expect, it } from 'vitest';
import { LIBRARY, SCENARIOS } from '../../src/content/index';
import { validateScenario } from '../../src/content/validate';
import { compileScenario } from '../../src/engine/compile';
import { OUTCOMES, STRATEGIES, type RoleId } from '../../src/engine/ids';
import { MANAGER_ROLES, STAFF_PLUS } from '../../src/engine/ladder';
import type { ScenarioDef } from '../../src/engine/scenario';
import { simulateCareer } from '../../src/engine/simulate';

const CAREERS_PER_STRATEGY = 2000;
const BATCH = 3000;
/** The half-year whose end is three years into the run (turns count from 0). */
const YEAR_THREE = 5;

function scenario(id: string): ScenarioDef {
  const def = SCENARIOS.find((s) => s.id === id);
  if (!def) throw new Error(`no scenario ${id}`);
  return def;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const isSeniorTitle = (r: RoleId): boolean => r === 'senior' || STAFF_PLUS.includes(r);

interface Character {
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

const characters = new Map<string, Character>();

/** The balanced bot's character figures over a seeded batch (computed once per scenario). */
function character(id: string): Character {
  const cached = characters.get(id);
  if (cached) return cached;
  const content = compileScenario(scenario(id), LIBRARY);
  let manager = 0;
  let staff = 0;
  let bigTech = 0;
  const firstSenior: number[] = [];
  const finalPay: number[] = [];
  const payYearThree: number[] = [];
  for (let i = 0; i < BATCH; i++) {
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
  const result: Character = {
    everManager: manager / BATCH,
    everStaff: staff / BATCH,
    firstSeniorTurn: firstSenior.reduce((a, b) => a + b, 0) / firstSenior.length,
    medianFinalPay: median(finalPay),
    medianPayYearThree: median(payYearThree),
    endAtBigTech: bigTech / BATCH,
  };
  characters.set(id, result);
  return result;
}

describe('the shipped scenarios', () => {
  it('are default, big-tech, startup and manager-heavy, in that order', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual(['default', 'big-tech', 'startup', 'manager-heavy']);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s validates with no problems', (_id, def) => {
    expect(validateScenario(def, LIBRARY)).toEqual([]);
  });

  it('have unique kebab-case ids', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('each have a name and a short description a player can read when choosing', () => {
    for (const def of SCENARIOS) {
      expect(def.name.trim()).not.toBe('');
      expect(def.description.trim().length).toBeGreaterThan(20);
      expect(def.description.length).toBeLessThanOrEqual(240);
    }
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    `%s plays ${CAREERS_PER_STRATEGY} seeded careers for every bot strategy, each ending with an outcome`,
    (_id, def) => {
      const content = compileScenario(def, LIBRARY);
      for (const strategy of STRATEGIES) {
        for (let i = 0; i < CAREERS_PER_STRATEGY; i++) {
          const state = simulateCareer(content, strategy, `seed-${i}`);
          if (state.phase !== 'ended' || state.outcome === null || !OUTCOMES.includes(state.outcome))
            expect.fail(`${def.id}, ${strategy}, seed-${i}: ended in phase ${state.phase} with outcome ${state.outcome}`);
        }
      }
    },
    30_000,
  );
});

describe(`each scenario's character, over ${BATCH} seeded balanced careers`, () => {
  it('in manager-heavy, at least twice as many careers ever manage a team as ever reach staff', { timeout: 20_000 }, () => {
    const c = character('manager-heavy');
    expect(c.everManager).toBeGreaterThanOrEqual(2 * c.everStaff);
  });

  it('in manager-heavy, more careers ever manage a team than in default', { timeout: 20_000 }, () => {
    expect(character('manager-heavy').everManager).toBeGreaterThan(character('default').everManager + 0.05);
  });

  it('in big-tech, the median final compensation is higher than in default', { timeout: 20_000 }, () => {
    expect(character('big-tech').medianFinalPay).toBeGreaterThan(character('default').medianFinalPay);
  });

  it('in big-tech, most careers end at big tech, far more than in default', { timeout: 20_000 }, () => {
    const bigTech = character('big-tech').endAtBigTech;
    expect(bigTech).toBeGreaterThan(0.5);
    expect(bigTech).toBeGreaterThan(character('default').endAtBigTech + 0.15);
  });

  it('in big-tech, managing is less of a shortcut than in default: fewer managers for each staff engineer', { timeout: 20_000 }, () => {
    const bigTech = character('big-tech');
    const def = character('default');
    expect(bigTech.everManager / bigTech.everStaff).toBeLessThan(def.everManager / def.everStaff);
  });

  it('in startup, the first senior title comes earlier on average than in default', { timeout: 20_000 }, () => {
    expect(character('startup').firstSeniorTurn).toBeLessThan(character('default').firstSeniorTurn - 1);
  });

  it('in startup, inflated titles mean more careers reach staff than in default', { timeout: 20_000 }, () => {
    expect(character('startup').everStaff).toBeGreaterThan(character('default').everStaff + 0.1);
  });

  it('in startup, the cash is lower: median compensation three years in is below default', { timeout: 20_000 }, () => {
    expect(character('startup').medianPayYearThree).toBeLessThan(character('default').medianPayYearThree);
  });
});
