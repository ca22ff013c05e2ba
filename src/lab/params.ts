// The lab's URL parameters (scenario, seed, runs, code), read without trusting them: each one that
// cannot be used gives a message naming the parameter, what was expected and what was found, and the
// lab falls back to a default so the page stays usable.
import { decodeRunCode, parseScenarioField, type RunCodeParts } from '../engine/run-code';
import { MAX_LAB_RUNS, MIN_LAB_RUNS } from './protocol';
import { seedsProblem } from './tally';
import { brokenLinkSeed } from '../session/link-seed';
import { quoted } from '../text/shortened';

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 'lab';
export const DEFAULT_SCENARIO = 'default';

export interface LabParams {
  /** The scenario field (a preset id, or what a run code names), known to the resolver. */
  readonly scenario: string;
  readonly seed: string;
  readonly runs: number;
  /** The player's run to compare, decoded, when a usable `code` was given. */
  readonly code: RunCodeParts | null;
  /** The code as given, when it was usable. */
  readonly codeText: string | null;
  readonly problems: readonly string[];
}

/** Careers per strategy from text, or why it is not a whole number in the lab's range. */
export function parseRuns(text: string): { readonly runs: number } | { readonly problem: string } {
  const trimmed = text.trim().replace(/[,_ ]/g, '');
  const runs = /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (runs >= MIN_LAB_RUNS && runs <= MAX_LAB_RUNS) return { runs };
  return { problem: `expected a whole number of careers from ${MIN_LAB_RUNS} to ${MAX_LAB_RUNS.toLocaleString('en-US')}, found ${quoted(text)}` };
}

/** Why the scenario parameter names nothing here: a scenario file not loaded in this browser, or no scenario at all. */
function unknownScenario(field: string): string {
  const file = parseScenarioField(field);
  if (file !== null && file.hash !== null)
    return `${quoted(field)} is a scenario file (id ${quoted(file.id)}) that is not loaded in this browser: load it on the game's title screen (“Load a scenario file…”), then open this link again`;
  return `expected a preset id or a loaded scenario, found ${quoted(field)}`;
}

export function readLabParams(search: string, isScenario: (field: string) => boolean): LabParams {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  let runs = DEFAULT_RUNS;
  const runsText = params.get('runs');
  if (runsText !== null) {
    const parsed = parseRuns(runsText);
    if ('runs' in parsed) runs = parsed.runs;
    else problems.push(`The runs parameter: ${parsed.problem}; using ${DEFAULT_RUNS.toLocaleString('en-US')}.`);
  }

  let code: RunCodeParts | null = null;
  const codeText = params.get('code');
  if (codeText !== null) {
    const decoded = decodeRunCode(codeText);
    if (!decoded.ok) problems.push(`The code parameter: ${decoded.error} (found ${quoted(codeText)}); the lab runs without your run.`);
    else if (!isScenario(decoded.value.scenario))
      problems.push(`The code parameter: the run code's scenario ${quoted(decoded.value.scenario)} is not available here (a scenario loaded from a file must be loaded in the game first); the lab runs without your run.`);
    else code = decoded.value;
  }

  let scenario = code?.scenario ?? DEFAULT_SCENARIO;
  const scenarioText = params.get('scenario');
  if (scenarioText !== null) {
    if (code !== null && scenarioText !== code.scenario)
      problems.push(`The scenario parameter: ${quoted(scenarioText)} differs from your run code's scenario; using the run code's, ${quoted(code.scenario)}.`);
    else if (code === null && isScenario(scenarioText)) scenario = scenarioText;
    else if (code === null) problems.push(`The scenario parameter: ${unknownScenario(scenarioText)}; using ${DEFAULT_SCENARIO}.`);
  }

  let seed = code?.seed ?? DEFAULT_SEED;
  const seedText = params.get('seed');
  if (seedText !== null) {
    const problem = brokenLinkSeed(search) ?? seedsProblem(seedText, runs);
    if (problem === null) seed = seedText;
    else problems.push(`The seed parameter: ${problem} (found ${quoted(seedText)}); using ${quoted(seed)}.`);
  } else if (seedsProblem(seed, runs) !== null) {
    problems.push(`Your run's seed is too long to number ${runs.toLocaleString('en-US')} careers after it; the lab uses ${quoted(DEFAULT_SEED)}.`);
    seed = DEFAULT_SEED;
  }

  return { scenario, seed, runs, code, codeText: code ? codeText : null, problems };
}
