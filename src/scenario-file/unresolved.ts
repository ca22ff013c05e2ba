// Why a run code's scenario field names nothing this browser can play, in a sentence: a preset this
// game does not have, a custom scenario never loaded here, or another version of one that is.
import { parseScenarioField } from '../engine/run-code';
import type { KeyValueStore } from '../session/save';
import { shown } from './shown';
import { readStoredFiles, SCENARIOS_KEY, textField } from './stored-files';

/**
 * Why `field` names no scenario here, as far as the field alone tells: `subject` (the run code) names
 * none, or a preset this game does not have, or a custom scenario not loaded in this browser (which
 * `loadWhere` says where to load).
 */
export function missingScenario(field: string, subject = 'it', loadWhere = 'on the title screen'): string {
  const named = parseScenarioField(field);
  if (named === null) return `${subject} names no scenario (${shown(field)})`;
  if (named.hash === null) return `${subject} was made with the scenario ${shown(named.id)}, which this game does not have`;
  return `${subject} was made with a scenario file whose id is ${shown(named.id)} (version ${named.hash}), which is not loaded in this browser: load that file ${loadWhere} first`;
}

/**
 * Ends "The run code …"-style sentences: `it was made …` (see missingScenario); tells a custom scenario
 * loaded here in another version apart, and says to load the file the run was made with `loadWhere`.
 */
export function unresolvedScenario(field: string, store: KeyValueStore, subject = 'it', loadWhere = 'on the title screen'): string {
  const named = parseScenarioField(field);
  if (named === null || named.hash === null) return missingScenario(field, subject, loadWhere);
  const raw = store.getItem(SCENARIOS_KEY);
  const files = raw === null ? [] : readStoredFiles(raw);
  const sameId = typeof files === 'string' ? undefined : files.find((f) => textField(f, 'id') === named.id);
  if (sameId === undefined) return missingScenario(field, subject, loadWhere);
  const name = textField(sameId, 'name') ?? named.id;
  return `${subject} was made with a different version of the scenario ${shown(name)} (its data hash is ${named.hash}; the file loaded in this browser differs): load the file the run was made with ${loadWhere}`;
}
