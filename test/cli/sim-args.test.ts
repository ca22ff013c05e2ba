import { describe, expect, it } from 'vitest';
import { parseSimArgs, type ParsedArgs, type SimOptions } from '../../src/cli/sim-args';
import { STRATEGIES } from '../../src/engine/ids';

function options(argv: string[]): SimOptions {
  const parsed = parseSimArgs(argv);
  if (!parsed.ok) throw new Error(`expected the arguments to parse, got: ${parsed.error}`);
  return parsed.options;
}

function error(argv: string[]): string {
  const parsed: ParsedArgs = parseSimArgs(argv);
  if (parsed.ok) throw new Error(`expected an error for ${argv.join(' ')}`);
  return parsed.error;
}

describe('parseSimArgs', () => {
  it('plays one balanced run of the default scenario, summarised, with a random seed when given nothing', () => {
    expect(options([])).toEqual({
      scenario: 'default',
      strategy: 'balanced',
      runs: 1,
      seed: null,
      format: 'summary',
      replay: null,
      scenarioFile: null,
      help: false,
    });
  });

  it('reads every flag written as --flag value', () => {
    const o = options(['--scenario', 'default', '--strategy', 'chase-pay', '--runs', '25', '--seed', 'abc', '--format', 'jsonl']);
    expect(o).toMatchObject({ scenario: 'default', strategy: 'chase-pay', runs: 25, seed: 'abc', format: 'jsonl' });
  });

  it('reads every flag written as --flag=value', () => {
    const o = options(['--scenario=default', '--strategy=go-pm', '--runs=3', '--seed=a=b', '--format=json']);
    expect(o).toMatchObject({ scenario: 'default', strategy: 'go-pm', runs: 3, seed: 'a=b', format: 'json' });
  });

  it('accepts a seed that starts with a single dash', () => {
    expect(options(['--seed', '-x']).seed).toBe('-x');
  });

  it('reads a run code to replay, with a format', () => {
    expect(options(['--replay', '1.default.YWJj.FC.abcd', '--format', 'json'])).toMatchObject({ replay: '1.default.YWJj.FC.abcd', format: 'json' });
  });

  it('recognises --help', () => {
    expect(options(['--help']).help).toBe(true);
  });

  it('rejects an unknown flag and lists the valid flags', () => {
    const message = error(['--sed', 'x']);
    expect(message).toContain("'--sed'");
    for (const flag of ['--scenario', '--strategy', '--runs', '--seed', '--format', '--replay', '--help']) expect(message).toContain(flag);
  });

  it('rejects a stray argument and lists the valid flags', () => {
    expect(error(['balanced'])).toMatch(/unexpected argument 'balanced'.*--strategy/);
  });

  it('rejects an unknown strategy and lists every strategy', () => {
    const message = error(['--strategy', 'yolo']);
    expect(message).toContain("'yolo'");
    for (const strategy of STRATEGIES) expect(message).toContain(strategy);
  });

  it('rejects an unknown scenario and lists the scenarios', () => {
    expect(error(['--scenario=nowhere'])).toMatch(/unknown scenario 'nowhere'.*valid scenarios: default/);
  });

  it('rejects an unknown format and lists the formats', () => {
    expect(error(['--format', 'csv'])).toMatch(/unknown format 'csv'.*summary, json, jsonl/);
  });

  it.each([['0'], ['-3'], ['2.5'], ['ten'], ['1e3'], ['99999999']])('rejects --runs %s and says which numbers are valid', (runs) => {
    expect(error(['--runs', runs])).toMatch(/--runs must be a whole number from 1 to 1000000/);
  });

  it.each([[['--seed']], [['--seed', '--runs', '2']], [['--seed=']]])('rejects a flag with a missing value (%j)', (argv) => {
    expect(error(argv)).toMatch(/--seed needs a value/);
  });

  it('says which values a flag with a missing value would take', () => {
    expect(error(['--strategy'])).toMatch(/--strategy needs a value: one of: .*balanced/);
    expect(error(['--format'])).toMatch(/one of: summary, json, jsonl/);
  });

  it('rejects a seed too long for a run code', () => {
    expect(error(['--seed', 'x'.repeat(65)])).toMatch(/longer than 64 characters/);
    expect(error(['--seed', 'x'.repeat(63), '--runs', '10'])).toMatch(/too long for 10 careers/);
  });

  it('rejects a seed a run code cannot carry, saying why, instead of failing later', () => {
    expect(error(['--seed', 'a\tb'])).toMatch(/--seed cannot be used: .*character/);
  });

  it('rejects --replay combined with flags the code already fixes', () => {
    expect(error(['--replay', 'code', '--seed', 'x'])).toMatch(/--replay .* drop --seed/);
  });

  it('rejects a value given to --help', () => {
    expect(error(['--help=yes'])).toMatch(/--help takes no value/);
  });
});
