// A scenario as a file to start from: every number filled in (tuning, pay, committees, start, move
// and role effects, each base storylet's weight), so a facilitator edits values, and the storylets a
// custom scenario adds, replaces or removes. Reading the file back builds the same data.
import { SCENARIOS } from '../content';
import type { PromotedRole, ScenarioDef, TuningKey } from '../engine/scenario';
import type { CustomScenario } from './build';
import { PROMOTION_NUMBER_KEYS, SCENARIO_FILE_FORMAT, type PromotionNumber, type ScenarioFile, type StoryletChanges } from './file-schema';

function numbers<K extends string>(tuned: Readonly<Record<K, { readonly value: number }>>, keys: readonly K[]): Record<K, number> {
  const result = {} as Record<K, number>;
  for (const key of keys) result[key] = tuned[key].value;
  return result;
}

/** `data`, a scenario built on the preset `base` with these storylet changes, as a file. */
function fileOf(data: ScenarioDef, base: ScenarioDef, changes: StoryletChanges): ScenarioFile {
  const rewritten = new Set([...(changes.remove ?? []), ...(changes.replace ?? []).map((s) => s.id)]);
  const inBase = new Set(base.storylets.map((s) => s.id));
  const weights: Record<string, number> = {};
  for (const s of data.storylets) if (inBase.has(s.id) && !rewritten.has(s.id)) weights[s.id] = s.weight ?? 1;
  const promotions = {} as Record<PromotedRole, Record<PromotionNumber, number>>;
  for (const role of Object.keys(data.promotions) as PromotedRole[]) promotions[role] = numbers(data.promotions[role], PROMOTION_NUMBER_KEYS);
  const { company, satisfaction, burnout, qualities } = data.start;
  return {
    format: SCENARIO_FILE_FORMAT,
    base: base.id,
    id: data.id,
    name: data.name,
    description: data.description,
    turns: data.turns,
    start: { company, satisfaction, burnout, qualities: { ...qualities } },
    pay: structuredClone(data.pay.bands) as ScenarioFile['pay'],
    tuning: numbers(data.tuning, Object.keys(data.tuning) as TuningKey[]),
    promotions,
    moves: structuredClone(data.moves) as ScenarioFile['moves'],
    washedBack: structuredClone(data.washedBack) as ScenarioFile['washedBack'],
    roles: structuredClone(data.roles) as ScenarioFile['roles'],
    storylets: { remove: [...(changes.remove ?? [])], weights, replace: [...(changes.replace ?? [])], add: [...(changes.add ?? [])] },
  };
}

/** A preset as a file: based on itself, changing nothing until the facilitator edits it. */
export function presetFile(preset: ScenarioDef): ScenarioFile {
  return fileOf(preset, preset, {});
}

/** A loaded custom scenario as a file, with every number of its base filled in. */
export function customFile(scenario: CustomScenario): ScenarioFile {
  const base = SCENARIOS.find((s) => s.id === scenario.file.base) as ScenarioDef;
  return fileOf(scenario.data, base, scenario.file.storylets ?? {});
}

/** A file's text as it downloads: indented JSON, ending with a newline. */
export function scenarioFileText(file: ScenarioFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The name a file downloads under. */
export function scenarioFileName(file: ScenarioFile): string {
  return `interdell-scenario-${file.id}.json`;
}
