// Which compiled scenario a run code's scenario field names. Presets are named by id; scenarios
// loaded from a file by their id and content hash (see run-code.ts), resolved by whoever holds them.
import { scenarioById } from '../content';
import type { CompiledScenario } from '../engine';
import type { KeyValueStore } from '../session/save';
import { storedScenarios } from './store';

export type ScenarioResolver = (field: string) => CompiledScenario | null;

/** The preset with this id (compileScenario keeps each compiled preset). */
export const presetScenarios: ScenarioResolver = scenarioById;

/** The presets, and the scenario files this browser has loaded (kept in `store`). */
export function localScenarios(store: KeyValueStore): ScenarioResolver {
  return (field) => presetScenarios(field) ?? storedScenarios(store).scenarios.find((s) => s.field === field)?.content ?? null;
}
