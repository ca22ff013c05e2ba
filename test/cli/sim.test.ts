import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/content/scenarios/default';
import { QUALITIES } from '../../src/engine/ids';
import { GAME_VERSION } from '../../src/engine/version';
import { presetFile, scenarioFileText } from '../../src/scenario-file/export';

const ROOT = join(__dirname, '../..');

function sim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const RECORD_FIELDS = ['version', 'scenario', 'seed', 'strategy', 'code', 'outcome', 'turns', 'final', 'history'];

describe('npm run sim', () => {
  it('stops quietly when its reader stops early, as `| head -1` does', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli/sim.ts --format jsonl --runs 2000 --seed pipe | head -c 10`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toBe('{"version"');
    expect(result.stderr).toBe('');
  });

  it('prints identical output for the same seed', () => {
    const first = sim('--seed', 'x', '--runs', '50');
    const second = sim('--seed', 'x', '--runs', '50');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('seeds     x-0 … x-49');
    expect(first.stdout).toMatch(/p10\s+p25\s+p50\s+p75\s+p90/);
    expect(second.stdout).toBe(first.stdout);
  });

  it('prints the run code and the story of a single run', () => {
    const out = sim('--seed', 'abc').stdout;
    expect(out).toMatch(new RegExp(`code\\s+${GAME_VERSION}\\.default\\.`));
    expect(out).toContain('Story');
    expect(out).toMatch(/Y1 H1\s+intermediate\s+interdell/);
  });

  it('prints one JSON record per line with jsonl, seeded s-0, s-1 and s-2', () => {
    const result = sim('--format', 'jsonl', '--runs', '3', '--seed', 's');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map((r) => r.seed)).toEqual(['s-0', 's-1', 's-2']);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(RECORD_FIELDS);
      expect(record.strategy).toBe('balanced');
      expect(typeof record.final.compensation).toBe('number');
      expect(record.history.length).toBeGreaterThan(0);
      for (const turn of record.history) {
        expect(Object.keys(turn.qualities).sort()).toEqual([...QUALITIES].sort());
        expect(typeof turn.compensation).toBe('number');
      }
    }
  });

  it('replays a run code into the same record, played by the player', () => {
    const line = sim('--format', 'jsonl', '--seed', 'replay-me', '--strategy', 'chase-pay').stdout.trim();
    const original = JSON.parse(line);
    const result = sim('--replay', original.code, '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ...original, strategy: 'player' });
  });

  it('prints a single record object, not an array, for one run in json', () => {
    const record = JSON.parse(sim('--format', 'json', '--seed', 'one').stdout);
    expect(Array.isArray(record)).toBe(false);
    expect(record.seed).toBe('one');
  });

  it('keeps stdout machine-readable and reports a random seed on stderr', () => {
    const result = sim('--format', 'jsonl');
    const record = JSON.parse(result.stdout);
    expect(result.stderr).toContain(`random seed ${record.seed}`);
  });

  it('fails with the valid strategies when the strategy is unknown', () => {
    const result = sim('--strategy', 'yolo');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("unknown strategy 'yolo'");
    expect(result.stderr).toContain('balanced');
  });

  it('fails with a clear message when the run code is malformed', () => {
    const result = sim('--replay', 'not-a-code');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/cannot replay this code: this is not a run code/);
  });

  it('prints usage for --help', () => {
    const result = sim('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run sim/);
  });
});

describe('npm run sim with a custom scenario file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'interdell-sim-'));
  const file = join(dir, 'offsite.json');
  const exported = presetFile(DEFAULT_SCENARIO);
  writeFileSync(file, scenarioFileText({ ...exported, id: 'offsite', name: 'Offsite', tuning: { ...exported.tuning, crossingChance: 0.9 } }));

  it('plays the file and replays its codes with it, refusing them without it', () => {
    const played = sim('--scenario-file', file, '--seed', 'custom', '--format', 'json');
    expect(played.status).toBe(0);
    const record = JSON.parse(played.stdout);
    expect(record.scenario).toMatch(/^offsite~[0-9a-z]+$/);
    expect(record.code.split('.')[1]).toBe(record.scenario);
    const replayed = sim('--replay', record.code, '--scenario-file', file, '--format', 'json');
    expect(replayed.status).toBe(0);
    expect({ ...JSON.parse(replayed.stdout), strategy: record.strategy }).toEqual(record);
    const without = sim('--replay', record.code);
    expect(without.status).not.toBe(0);
    expect(without.stderr).toContain('pass that scenario');
  });

  it('names where a broken file is wrong, and refuses a second scenario', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...exported, id: 'broken', tuning: { ...exported.tuning, crossingChance: 'often' } }));
    const result = sim('--scenario-file', broken);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('tuning.crossingChance');
    expect(sim('--scenario-file', join(dir, 'missing.json')).stderr).toContain('cannot read the scenario file');
    expect(sim('--scenario-file', file, '--scenario', 'startup').stderr).toContain('give one of them');
  });
});
