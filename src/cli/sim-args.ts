// The arguments of `npm run sim`, parsed without touching the process: every mistake comes back as a
// message that says what would have been accepted.
import { SCENARIO_IDS } from '../content/index';
import { isOneOf, STRATEGIES, type StrategyId } from '../engine/ids';
import { MAX_SEED_LENGTH } from '../engine/run-code';
import { seedsProblem } from '../lab/tally';

const FORMATS = ['summary', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

const MAX_RUNS = 1_000_000;

export interface SimOptions {
  readonly scenario: string;
  readonly strategy: StrategyId;
  readonly runs: number;
  /** The base seed, or null for a random one. */
  readonly seed: string | null;
  readonly format: Format;
  /** A run code to replay instead of simulating. */
  readonly replay: string | null;
  /** A custom scenario file (JSON) to play instead of a preset, or to replay the codes made with it. */
  readonly scenarioFile: string | null;
  readonly help: boolean;
}

export type ParsedArgs = { readonly ok: true; readonly options: SimOptions } | { readonly ok: false; readonly error: string };

const VALUE_FLAGS = ['--scenario', '--scenario-file', '--strategy', '--runs', '--seed', '--format', '--replay'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
const ALL_FLAGS = [...VALUE_FLAGS, '--help'];

export const USAGE = `Usage: npm run sim -- [options]

Plays whole careers with a bot and reports how they ended.

  --scenario ID     scenario to play (${SCENARIO_IDS.join(', ')}; default: default)
  --scenario-file F a custom scenario file (JSON, as the title screen exports) to play or replay with
  --strategy NAME   bot strategy (${STRATEGIES.join(', ')}; default: balanced)
  --runs N          number of careers, 1 to ${MAX_RUNS} (default: 1)
  --seed S          base seed; run i of N > 1 uses S-i (default: random, printed)
  --format F        ${FORMATS.join(', ')} (default: summary)
  --replay CODE     replay a run code instead of simulating
  --help            print this help

Flags take their value as --flag value or --flag=value.`;

const list = (values: readonly string[]): string => values.join(', ');

function check(flag: ValueFlag, value: string, scenarios: readonly string[]): string | null {
  switch (flag) {
    case '--scenario':
      return scenarios.includes(value) ? null : `unknown scenario '${value}'; valid scenarios: ${list(scenarios)}`;
    case '--strategy':
      return isOneOf(STRATEGIES, value) ? null : `unknown strategy '${value}'; valid strategies: ${list(STRATEGIES)}`;
    case '--format':
      return isOneOf(FORMATS, value) ? null : `unknown format '${value}'; valid formats: ${list(FORMATS)}`;
    case '--runs':
      return /^[1-9]\d{0,6}$/.test(value) && Number(value) <= MAX_RUNS
        ? null
        : `--runs must be a whole number from 1 to ${MAX_RUNS}, not '${value}'`;
    // A seed is checked once all flags are read, with the number of runs it must seed (see finish).
    case '--seed':
    case '--replay':
    case '--scenario-file':
      return null;
  }
}

export function parseSimArgs(argv: readonly string[], scenarios: readonly string[] = SCENARIO_IDS): ParsedArgs {
  const given = new Map<ValueFlag, string>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--help' || flag === '-h') {
      if (flag !== arg) return { ok: false, error: `${flag} takes no value` };
      help = true;
      continue;
    }
    if (!isOneOf(VALUE_FLAGS, flag)) {
      const what = arg.startsWith('-') ? `unknown flag '${flag}'` : `unexpected argument '${arg}'`;
      return { ok: false, error: `${what}; valid flags: ${list(ALL_FLAGS)}` };
    }
    let value: string | undefined;
    if (flag !== arg) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') return { ok: false, error: missing(flag, scenarios) };
    const error = check(flag, value, scenarios);
    if (error !== null) return { ok: false, error };
    given.set(flag, value);
  }
  return finish(given, help);
}

function missing(flag: ValueFlag, scenarios: readonly string[]): string {
  const expected: Record<ValueFlag, string> = {
    '--scenario': `one of: ${list(scenarios)}`,
    '--strategy': `one of: ${list(STRATEGIES)}`,
    '--runs': `a whole number from 1 to ${MAX_RUNS}`,
    '--seed': `a seed of 1 to ${MAX_SEED_LENGTH} characters`,
    '--format': `one of: ${list(FORMATS)}`,
    '--replay': 'a run code',
    '--scenario-file': 'the path of a scenario file (JSON)',
  };
  return `${flag} needs a value: ${expected[flag]}`;
}

function finish(given: ReadonlyMap<ValueFlag, string>, help: boolean): ParsedArgs {
  const runs = Number(given.get('--runs') ?? '1');
  const seed = given.get('--seed') ?? null;
  const replay = given.get('--replay') ?? null;
  if (replay !== null) {
    const clash = (['--scenario', '--strategy', '--runs', '--seed'] as const).filter((f) => given.has(f));
    if (clash.length > 0)
      return { ok: false, error: `--replay takes everything from the run code; drop ${list(clash)} (it may be combined with --format)` };
  }
  if (given.has('--scenario') && given.has('--scenario-file'))
    return { ok: false, error: '--scenario and --scenario-file name the scenario twice; give one of them' };
  const unusable = seed === null ? null : seedsProblem(seed, runs);
  if (unusable !== null) return { ok: false, error: `--seed cannot be used: ${unusable}` };
  const options: SimOptions = {
    scenario: given.get('--scenario') ?? 'default',
    strategy: (given.get('--strategy') ?? 'balanced') as StrategyId,
    runs,
    seed,
    format: (given.get('--format') ?? 'summary') as Format,
    replay,
    scenarioFile: given.get('--scenario-file') ?? null,
    help,
  };
  return { ok: true, options };
}
