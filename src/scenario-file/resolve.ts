// Which compiled scenario a run code's scenario field names. Presets are named by id; scenarios
// loaded from a file by their id and content hash (see run-code.ts), resolved by whoever holds them.
import { scenarioById } from '../content';
import type { CompiledScenario } from '../engine';
import type { KeyValueStore } from '../session/save';
import { storedScenarios } from './store';
import { unresolvedScenario } from './unresolved';

/** Why a field resolves to nothing here, as `missingScenario` (unresolved.ts) says it. */
export type WhyMissing = (field: string, subject: string, loadWhere: string) => string;

export interface ScenarioResolver {
  (field: string): CompiledScenario | null;
  /** Why a field resolves to nothing, when the resolver knows more than the field alone tells. */
  readonly whyMissing?: WhyMissing;
}

/** The preset with this id (compileScenario keeps each compiled preset). */
export const presetScenarios: ScenarioResolver = scenarioById;

/** The presets, and the scenario files this browser has loaded (kept in `store`). */
export function localScenarios(store: KeyValueStore): ScenarioResolver {
  const resolve = (field: string): CompiledScenario | null => presetScenarios(field) ?? storedScenarios(store).scenarios.find((s) => s.field === field)?.content ?? null;
  const whyMissing: WhyMissing = (field, subject, loadWhere) => unresolvedScenario(field, store, subject, loadWhere);
  return Object.assign(resolve, { whyMissing });
}
