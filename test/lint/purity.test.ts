// The lint rules that keep src/engine and src/content pure (the same results in Node and every
// browser): each impurity is an error there, and the same code elsewhere (src/ui) is not flagged.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PURITY_RULES = ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax'];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

interface Found {
  readonly rule: string | null;
  readonly severity: number;
  readonly message: string;
}

async function lint(code: string, filePath: string): Promise<Found[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, severity: m.severity, message: m.message }));
}

// Each snippet uses what it declares, so only the rule under test can fire.
const IMPURE: readonly (readonly [string, string, string])[] = [
  ["importing 'phaser'", "import Phaser from 'phaser';\nexport const game = Phaser;\n", 'no-restricted-imports'],
  ["importing from 'phaser/src/...'", "import { Scene } from 'phaser/src/scene';\nexport const s = Scene;\n", 'no-restricted-imports'],
  ['importing a Node module', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'no-restricted-imports'],
  ['importing from the ui layer', "import { mountTextRun } from '../ui/text-run';\nexport const m = mountTextRun;\n", 'no-restricted-imports'],
  ['Math.random', 'export const roll = (): number => Math.random();\n', 'no-restricted-properties'],
  ['Date.now', 'export const now = (): number => Date.now();\n', 'no-restricted-properties'],
  ['new Date()', 'export const today = (): number => new Date().getDay();\n', 'no-restricted-syntax'],
  ['document', "export const body = (): unknown => document.body;\n", 'no-restricted-globals'],
  ['window', 'export const width = (): number => window.innerWidth;\n', 'no-restricted-globals'],
  ['localStorage', "export const saved = (): string | null => localStorage.getItem('run');\n", 'no-restricted-globals'],
  ['setTimeout', 'export const later = (f: () => void): unknown => setTimeout(f, 1);\n', 'no-restricted-globals'],
  ['globalThis.crypto', 'export const c = (): unknown => globalThis.crypto;\n', 'no-restricted-properties'],
];

describe('purity rules in src/engine and src/content', () => {
  it('pure code in src/engine has no lint messages at all (the rules are not blanket bans)', async () => {
    const pure = "import { streamFor } from './rng';\nexport const first = (root: Parameters<typeof streamFor>[0]): number => streamFor(root, 0, 'event').next() + Math.floor(2.5);\n";
    expect(await lint(pure, 'src/engine/fixture.ts')).toEqual([]);
  });

  describe.each(['src/engine/fixture.ts', 'src/content/fixture.ts', 'src/content/storylets/fixture.ts'])('in %s', (filePath) => {
    it.each(IMPURE)('%s is an error from %s', async (_, code, rule) => {
      const found = await lint(code, filePath);
      const hits = found.filter((f) => f.rule === rule);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.severity).toBe(2);
        expect(hit.message).toMatch(/pure/);
      }
    });
  });
});

describe('the same code outside the pure layers', () => {
  it.each(IMPURE)('%s in src/ui/fixture.ts is not flagged by the purity rules', async (_, code) => {
    const found = await lint(code, 'src/ui/fixture.ts');
    expect(found.filter((f) => f.rule !== null && PURITY_RULES.includes(f.rule))).toEqual([]);
    // And it parses: no fatal error hides a rule that did not get to run.
    expect(found.filter((f) => f.rule === null)).toEqual([]);
  });
});
