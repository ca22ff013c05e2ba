// Everything the game ships: the library shared by all scenarios, and the scenarios by id.
import { compileScenario, type CompiledScenario, type Library } from '../engine/compile';
import type { ScenarioDef } from '../engine/scenario';
import { OUTCOME_DEFS } from './outcomes';
import { BIG_TECH_SCENARIO } from './scenarios/big-tech';
import { DEFAULT_SCENARIO } from './scenarios/default';
import { MANAGER_HEAVY_SCENARIO } from './scenarios/manager-heavy';
import { STARTUP_SCENARIO } from './scenarios/startup';
import { CHECK_IN_MISSES, MOVE_NAMES, REGION_DEFS, ROLE_NAMES } from './world';

export const LIBRARY: Library = {
  regions: REGION_DEFS,
  roleNames: ROLE_NAMES,
  moveNames: MOVE_NAMES,
  checkInMisses: CHECK_IN_MISSES,
  outcomes: OUTCOME_DEFS,
};

export const SCENARIOS: readonly ScenarioDef[] = [DEFAULT_SCENARIO, BIG_TECH_SCENARIO, STARTUP_SCENARIO, MANAGER_HEAVY_SCENARIO];
export const SCENARIO_IDS: readonly string[] = SCENARIOS.map((s) => s.id);

/** The compiled scenario with this id, or null when no scenario has it. */
export function scenarioById(id: string): CompiledScenario | null {
  const def = SCENARIOS.find((s) => s.id === id);
  return def ? compileScenario(def, LIBRARY) : null;
}

export function defaultScenario(): CompiledScenario {
  return compileScenario(DEFAULT_SCENARIO, LIBRARY);
}
