// How a scenario is named where scenarios are listed or compared: a preset by its name; one loaded
// from a file by its name, marked so, with the version its run codes carry, so two versions of a
// team's file, or a file named like a preset, are told apart.
import { parseScenarioField } from '../engine/run-code';

export function scenarioLabel(field: string, name: string): string {
  const hash = parseScenarioField(field)?.hash;
  return hash ? `${name} (from a file, version ${hash})` : name;
}
