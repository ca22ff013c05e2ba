// The shipped scenarios: each is clean data, each plays every bot to an outcome, and each one that is
// not the default shows its own character over a seeded batch of balanced careers.
import { describe, expect, it } from 'vitest';
import { LIBRARY, SCENARIOS } from '../../src/content/index';
import { PRESET_ABOUTS } from '../../src/content/scenarios/about';
import { validateScenario } from '../../src/content/validate';
import { compileScenario } from '../../src/engine/compile';
import { OUTCOMES, STRATEGIES } from '../../src/engine/ids';
import { CHARACTER_CHECKS, measureCharacter, type Character } from '../../src/calibration/character';
import type { ScenarioDef } from '../../src/engine/scenario';
import { simulateCareer } from '../../src/engine/simulate';

const CAREERS_PER_STRATEGY = 2000;
const BATCH = 3000;

function scenario(id: string): ScenarioDef {
  const def = SCENARIOS.find((s) => s.id === id);
  if (!def) throw new Error(`no scenario ${id}`);
  return def;
}

const characters = new Map<string, Character>();

/** The balanced bot's character figures over a seeded batch (computed once per scenario). */
function character(id: string): Character {
  const cached = characters.get(id);
  if (cached) return cached;
  const result = measureCharacter(compileScenario(scenario(id), LIBRARY), BATCH);
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
  it.each(CHARACTER_CHECKS.map((c) => [c.scenario, c.statement, c] as const))('in %s, %s', (id, _statement, check) => {
    const own = character(id);
    const base = character('default');
    expect(check.holds(own, base), check.measured(own, base)).toBe(true);
  }, 20_000);
});

describe('the presets the title screen lists before the scenarios load', () => {
  it('are the scenarios, in order, with their names and descriptions', () => {
    expect(PRESET_ABOUTS).toEqual(SCENARIOS.map(({ id, name, description }) => ({ id, name, description })));
  });
});
