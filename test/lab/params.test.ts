import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioById, SCENARIO_IDS } from '../../src/content/index';
import { runRecord, seedProblem, simulateCareer } from '../../src/engine/index';
import { DEFAULT_RUNS, DEFAULT_SEED, readLabParams } from '../../src/lab/params';
import { MAX_LAB_RUNS } from '../../src/lab/protocol';
import { seedOf } from '../../src/lab/tally';

const isPreset = (field: string): boolean => SCENARIO_IDS.includes(field);
const content = scenarioById('startup');
if (!content) throw new Error('no startup scenario');
const code = runRecord(simulateCareer(content, 'go-manager', 'their-seed', true), 'go-manager').code;
const query = (params: Record<string, string>): string => `?${new URLSearchParams({ view: 'lab', ...params })}`;

describe('the lab’s URL parameters', () => {
  it('uses defaults when none are given', () => {
    expect(readLabParams('?view=lab', isPreset)).toEqual({ scenario: 'default', seed: DEFAULT_SEED, runs: DEFAULT_RUNS, code: null, codeText: null, problems: [] });
  });

  it('reads a scenario, a seed and a number of careers', () => {
    const params = readLabParams(query({ scenario: 'big-tech', seed: 'offsite', runs: '2,500' }), isPreset);
    expect(params).toMatchObject({ scenario: 'big-tech', seed: 'offsite', runs: 2500, problems: [] });
  });

  it('takes the scenario and seed of a run code, unless a seed is given', () => {
    expect(readLabParams(query({ code }), isPreset)).toMatchObject({ scenario: 'startup', seed: 'their-seed', codeText: code, problems: [] });
    expect(readLabParams(query({ code, seed: 'other' }), isPreset)).toMatchObject({ scenario: 'startup', seed: 'other', problems: [] });
  });

  it('says of a scenario file not loaded in this browser where to load it', () => {
    const params = readLabParams(query({ scenario: 'acme~ada41299', seed: 'offsite' }), isPreset);
    expect(params.scenario).toBe('default');
    expect(params.problems).toEqual([
      "The scenario parameter: “acme~ada41299” is a scenario file (id “acme”) that is not loaded in this browser: load it on the game's title screen (“Load a scenario file…”), then open this link again; using default.",
    ]);
  });

  it('names each unusable parameter, what it expected and what it found, and falls back', () => {
    const params = readLabParams(query({ runs: '-3', seed: '', scenario: '<b>x</b>', code: 'nope' }), isPreset);
    expect(params).toMatchObject({ scenario: 'default', seed: DEFAULT_SEED, runs: DEFAULT_RUNS, code: null });
    expect(params.problems).toEqual([
      expect.stringMatching(/^The runs parameter: expected a whole number of careers from 1 to 100,000, found “-3”/),
      expect.stringMatching(/^The code parameter: this is not a run code.*found “nope”/),
      expect.stringMatching(/^The scenario parameter: expected a preset id or a loaded scenario, found “<b>x<\/b>”/),
      expect.stringMatching(/^The seed parameter: the seed is empty/),
    ]);
  });

  it('keeps the run code’s scenario when the scenario parameter disagrees, and says so', () => {
    const params = readLabParams(query({ code, scenario: 'default' }), isPreset);
    expect(params.scenario).toBe('startup');
    expect(params.problems).toEqual([expect.stringMatching(/scenario parameter: “default” differs from your run code's scenario/)]);
  });

  it('refuses a run code whose scenario is not available here', () => {
    const params = readLabParams(query({ code }), (field) => field === 'default');
    expect(params.code).toBeNull();
    expect(params.problems).toEqual([expect.stringMatching(/scenario “startup” is not available here/)]);
  });

  it('refuses a seed too long to number the careers after it', () => {
    const params = readLabParams(query({ seed: 'x'.repeat(62), runs: '100' }), isPreset);
    expect(params.seed).toBe(DEFAULT_SEED);
    expect(params.problems).toEqual([expect.stringMatching(/seed is too long for 100 careers/)]);
  });

  it('never throws on any query, and always gives a usable scenario, seed and number of careers', () => {
    const value = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(code, '0', '100000', '100001', '1e3', 'default'));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('scenario', 'seed', 'runs', 'code', 'view', 'other'), value), fc.string(), (params, raw) => {
        for (const search of [query(params), raw, `?${raw}`]) {
          const read = readLabParams(search, isPreset);
          expect(isPreset(read.scenario)).toBe(true);
          expect(Number.isInteger(read.runs) && read.runs >= 1 && read.runs <= MAX_LAB_RUNS).toBe(true);
          expect(seedProblem(seedOf(read.seed, read.runs - 1, read.runs))).toBeNull();
          for (const problem of read.problems) expect(problem).toMatch(/^(The (runs|code|scenario|seed) parameter|Your run's seed)/);
        }
      }),
    );
  });
});
