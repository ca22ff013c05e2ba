// What the title screen offers beside the presets: the custom scenarios this browser keeps, loading
// one more from a file's text, and any scenario (preset or custom) as a file to download.
import { SCENARIOS } from '../content';
import type { KeyValueStore } from '../session/save';
import { buildScenario } from './build';
import { scenarioLabel } from './label';
import { customFile, presetFile, scenarioFileName, scenarioFileText } from './export';
import { MAX_FILE_CHARS, readScenarioText, sizeProblem, type Checked } from './parse';
import { storedScenarios, storeScenario } from './store';

export interface ScenarioChoice {
  /** What the title's choice and run codes name it by: a preset's id, or `<id>~<hash>`. */
  readonly field: string;
  readonly name: string;
  /** How a list of scenarios names it beside the presets. */
  readonly label: string;
  readonly description: string;
}

export interface LoadedFile {
  readonly choice: ScenarioChoice;
  /** True when the file is a preset exactly as the game ships it (so the preset itself is chosen). */
  readonly isPreset: boolean;
}

function choiceOf(field: string, name: string, description: string): ScenarioChoice {
  return { field, name, label: scenarioLabel(field, name), description };
}

/** The custom scenarios kept in this browser, and what could not be read of them. */
export function customChoices(store: KeyValueStore): { readonly choices: readonly ScenarioChoice[]; readonly problems: readonly string[] } {
  const { scenarios, problems } = storedScenarios(store);
  return { choices: scenarios.map((s) => choiceOf(s.field, s.data.name, s.data.description)), problems };
}

/** Why a file of this many bytes is refused unread (too many to fit the limit in characters), or null. */
export function oversizedFile(bytes: number): string | null {
  return bytes > 4 * MAX_FILE_CHARS ? sizeProblem(bytes) : null;
}

/** Reads, checks and keeps a scenario file; a preset's unchanged export chooses the preset instead. */
export function loadScenarioFile(store: KeyValueStore, text: string): Checked<LoadedFile> {
  const read = readScenarioText(text);
  const built = read.ok ? buildScenario(read.value) : read;
  if (!built.ok) return built;
  const { data, field } = built.value;
  const preset = SCENARIOS.find((s) => JSON.stringify(s) === JSON.stringify(data));
  if (preset) return { ok: true, value: { choice: choiceOf(preset.id, preset.name, preset.description), isPreset: true } };
  const problem = storeScenario(store, built.value);
  if (problem !== null) return { ok: false, problems: [`the file: ${problem}`] };
  return { ok: true, value: { choice: choiceOf(field, data.name, data.description), isPreset: false } };
}

/** The scenario a field names, as a file to download: its name and text, or null if nothing has that field. */
export function scenarioFileFor(store: KeyValueStore, field: string): { readonly name: string; readonly text: string } | null {
  const preset = SCENARIOS.find((s) => s.id === field);
  const custom = storedScenarios(store).scenarios.find((s) => s.field === field);
  const file = preset ? presetFile(preset) : custom ? customFile(custom) : null;
  return file && { name: scenarioFileName(file), text: scenarioFileText(file) };
}
