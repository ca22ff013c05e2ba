// `npm run sim`: plays careers with a bot (or replays a run code) and prints a summary, JSON or
// JSON lines. Deterministic for a given --seed; without one, a random seed is drawn and printed.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SCENARIO_IDS, scenarioById } from '../content/index';
import { decodeRunCode, replay, runRecord, simulateCareer, type CompiledScenario, type RunRecord, type RunState } from '../engine/index';
import { finalsOf, seedOf, type FinalMeters } from '../lab/tally';
import { facts, meterTable, outcomeTable, storyTable, storyView } from './format';
import { parseSimArgs, USAGE, type Format, type SimOptions } from './sim-args';
import { buildScenario, type CustomScenario } from '../scenario-file/build';
import { readScenarioText } from '../scenario-file/parse';
import { narrative } from './story';

function fail(message: string): void {
  process.stderr.write(`sim: ${message}\n`);
  process.exitCode = 1;
}

function printRecords(records: readonly RunRecord[], format: Exclude<Format, 'summary'>): void {
  if (format === 'jsonl') {
    for (const r of records) process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const value = records.length === 1 ? records[0] : records;
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function simulateRecords(content: CompiledScenario, options: SimOptions, base: string): RunRecord[] {
  const records: RunRecord[] = [];
  for (let i = 0; i < options.runs; i++) {
    const state = simulateCareer(content, options.strategy, seedOf(base, i, options.runs), true);
    records.push(runRecord(state, options.strategy));
  }
  return records;
}

function summary(content: CompiledScenario, options: SimOptions, base: string, random: boolean): string[] {
  const { runs, strategy } = options;
  const outcomes: (string | null)[] = [];
  const finals: FinalMeters[] = [];
  let single: RunRecord | null = null;
  let singleState: RunState | null = null;
  for (let i = 0; i < runs; i++) {
    const state = simulateCareer(content, strategy, seedOf(base, i, runs), runs === 1);
    outcomes.push(state.outcome);
    finals.push(finalsOf(state));
    if (runs === 1) {
      single = runRecord(state, strategy);
      singleState = state;
    }
  }
  const note = random ? ` (random; pass --seed ${base} to repeat)` : '';
  const seeds = runs === 1 ? base : `${seedOf(base, 0, runs)} … ${seedOf(base, runs - 1, runs)}`;
  const lines = [
    'Interdell simulation',
    ...facts([
      ['scenario', options.scenario],
      ['strategy', strategy],
      ['runs', String(runs)],
      [runs === 1 ? 'seed' : 'seeds', `${seeds}${note}`],
      ...(single ? [['code', single.code] as const] : []),
    ]),
    '',
    'Outcomes',
    ...outcomeTable(outcomes),
    '',
    'Meters',
    ...meterTable(finals),
  ];
  if (single && singleState) lines.push('', 'Story', ...storyTable(content, single), '', ...narrative(content, singleState));
  return lines;
}

/** The scenario file at `path`, read and checked, or the problems that stop it (each naming where). */
function loadScenarioFile(path: string): { ok: true; value: CustomScenario } | { ok: false; error: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, error: `cannot read the scenario file '${path}': ${(error as Error).message}` };
  }
  const read = readScenarioText(text);
  const built = read.ok ? buildScenario(read.value) : read;
  return built.ok ? built : { ok: false, error: `the scenario file '${path}' cannot be used:\n  ${built.problems.join('\n  ')}` };
}

function runReplay(code: string, format: Format, custom: CustomScenario | null): void {
  const decoded = decodeRunCode(code);
  if (!decoded.ok) return fail(`cannot replay this code: ${decoded.error}`);
  const { scenario, seed, commands } = decoded.value;
  const content = custom?.field === scenario ? custom.content : scenarioById(scenario);
  if (!content && scenario.includes('~'))
    return fail(`the run code was made with the custom scenario '${scenario}'; pass that scenario's file with --scenario-file${custom ? ` (the file given is '${custom.field}')` : ''}`);
  if (!content) return fail(`the run code names scenario '${scenario}', which this game does not have; valid scenarios: ${SCENARIO_IDS.join(', ')}`);
  const played = replay(content, seed, commands, true);
  if (!played.ok) return fail(`cannot replay this code: ${played.error}`);
  const record = runRecord(played.value, 'player');
  if (format === 'summary')
    process.stdout.write(`${['Interdell replay', ...storyView(content, record), '', ...narrative(content, played.value)].join('\n')}\n`);
  else printRecords([record], format);
}

function main(argv: readonly string[]): void {
  const parsed = parseSimArgs(argv);
  if (!parsed.ok) return fail(`${parsed.error}\n(run with --help for usage)`);
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const custom = options.scenarioFile === null ? null : loadScenarioFile(options.scenarioFile);
  if (custom && !custom.ok) return fail(custom.error);
  if (options.replay !== null) return runReplay(options.replay, options.format, custom?.value ?? null);
  const content = custom ? custom.value.content : scenarioById(options.scenario);
  if (!content) return fail(`unknown scenario '${options.scenario}'; valid scenarios: ${SCENARIO_IDS.join(', ')}`);
  const random = options.seed === null;
  const base = options.seed ?? randomBytes(4).toString('hex');
  if (options.format === 'summary') {
    process.stdout.write(`${summary(content, options, base, random).join('\n')}\n`);
    return;
  }
  if (random) process.stderr.write(`sim: random seed ${base} (pass --seed ${base} to repeat)\n`);
  printRecords(simulateRecords(content, options, base), options.format);
}

// A reader that stops early (`npm run sim … | head`) is no error: the CLI stops writing, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
main(process.argv.slice(2));
