// The scenario files this browser has loaded, checked and built, so their run codes resolve after a
// reload. A stored file that no longer reads (damaged, or refused by a newer game) is set aside under
// a key of its own and reported, never lost or fatal.
import type { KeyValueStore } from '../session/save';
import { buildScenario, type CustomScenario } from './build';
import { readScenarioValue, type Checked } from './parse';
import { shown } from './shown';
import { readStoredFiles, SCENARIOS_KEY, setAsideScenarios, textField, writeStoredFiles } from './stored-files';

export interface LoadedScenarios {
  readonly scenarios: readonly CustomScenario[];
  /** What could not be read, each a sentence saying where it is now kept. */
  readonly problems: readonly string[];
}

/** Built scenarios by the stored file's JSON: storing one more file does not rebuild the others. */
const built = new Map<string, Checked<CustomScenario>>();

function buildStored(file: unknown): Checked<CustomScenario> {
  const key = JSON.stringify(file);
  const hit = built.get(key);
  if (hit) return hit;
  const read = readScenarioValue(file);
  const result = read.ok ? buildScenario(read.value) : read;
  built.set(key, result);
  return result;
}

/** Every stored scenario that reads; the rest are set aside and reported. */
export function loadStoredScenarios(store: KeyValueStore): LoadedScenarios {
  const raw = store.getItem(SCENARIOS_KEY);
  if (raw === null) return { scenarios: [], problems: [] };
  const files = readStoredFiles(raw);
  if (typeof files === 'string') {
    const aside = setAsideScenarios(store, raw);
    if (aside.kept) store.removeItem(SCENARIOS_KEY);
    return { scenarios: [], problems: [`The scenario files saved in this browser could not be read (${files}). ${aside.where}`] };
  }
  const scenarios: CustomScenario[] = [];
  const kept: unknown[] = [];
  const problems: string[] = [];
  let allKept = true;
  for (const file of files) {
    const result = buildStored(file);
    if (result.ok) {
      scenarios.push(result.value);
      kept.push(file);
      continue;
    }
    const aside = setAsideScenarios(store, JSON.stringify(file));
    allKept &&= aside.kept;
    const name = textField(file, 'name');
    problems.push(`The scenario ${name === null ? 'without a name' : shown(name)} saved in this browser no longer loads (${result.problems[0]}). ${aside.where}`);
  }
  if (kept.length !== files.length && allKept) writeStoredFiles(store, kept);
  return { scenarios, problems };
}

const cache = new WeakMap<KeyValueStore, { readonly raw: string | null; readonly loaded: LoadedScenarios }>();

/** The stored scenarios, read again only when the stored value has changed. */
export function storedScenarios(store: KeyValueStore): LoadedScenarios {
  const hit = cache.get(store);
  if (hit && hit.raw === store.getItem(SCENARIOS_KEY)) return hit.loaded;
  const loaded = loadStoredScenarios(store);
  cache.set(store, { raw: store.getItem(SCENARIOS_KEY), loaded });
  return loaded;
}

/** Keeps `scenario` among the stored ones (once); returns why it could not be kept, or null. */
export function storeScenario(store: KeyValueStore, scenario: CustomScenario): string | null {
  const stored = storedScenarios(store).scenarios;
  if (stored.some((s) => s.field === scenario.field)) return null;
  try {
    writeStoredFiles(store, [...stored.map((s) => s.file), scenario.file]);
    return null;
  } catch {
    return "this browser's storage is full, so the scenario cannot be kept; free some space and load it again";
  }
}
