// Content quality that a schema cannot see: every place a run can reach has enough storylets, no two
// storylets read alike, and no line copies a run of words from the essays it is written from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORYLETS } from '../../src/content/storylets/index';
import type { RegionId, RoleId } from '../../src/engine/ids';
import type { StoryletDef } from '../../src/engine/schema';

const REACHABLE: readonly (readonly [RegionId, RoleId])[] = [
  ['interdell', 'intermediate'],
  ...(['frontend-range', 'backend-range'] as const).flatMap((r) => (['senior', 'staff', 'principal'] as const).map((role) => [r, role] as const)),
  ...(['manager', 'senior-manager', 'director'] as const).map((role) => ['em-coast', role] as const),
  ...(['pm', 'senior-pm'] as const).map((role) => ['pm-archipelago', role] as const),
];

function admits(s: StoryletDef, region: RegionId, role: RoleId): boolean {
  return s.when.every((c) => (c.kind === 'role' ? c.in.includes(role) : c.kind === 'region' ? c.in.includes(region) : true));
}

const words = (text: string): string[] => text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);

function shingles(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

const allText = (s: StoryletDef): string =>
  [s.title, s.text, ...s.options.flatMap((o) => [o.label, ...(o.outcomes ?? []).map((f) => f.text), ...(o.later ?? []).map((l) => l.text)])].join(' ');

describe('storylets for every place a run can reach', () => {
  it.each(REACHABLE.map(([region, role]) => [role, region]))('%s in %s has at least four storylets', (role, region) => {
    expect(STORYLETS.filter((s) => admits(s, region as RegionId, role as RoleId)).length).toBeGreaterThanOrEqual(4);
  });
});

describe('no two storylets read alike', () => {
  it('every title is different, whatever its quotes and punctuation', () => {
    const titles = STORYLETS.map((s) => s.title.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ''));
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  it('no two storylet texts share more than a fifth of their three-word phrases', () => {
    const sets = STORYLETS.map((s) => shingles(s.text, 3));
    const alike: string[] = [];
    for (let i = 0; i < sets.length; i++)
      for (let j = i + 1; j < sets.length; j++) {
        const a = sets[i] as Set<string>;
        const b = sets[j] as Set<string>;
        const shared = [...a].filter((x) => b.has(x)).length;
        if (shared / Math.min(a.size, b.size) > 0.2) alike.push(`${STORYLETS[i]?.id} ~ ${STORYLETS[j]?.id}`);
      }
    expect(alike).toEqual([]);
  });
});

const SEEDS = join(__dirname, '../../../shared/seeds');
// The essays live beside the repository, not in it: a clone on its own cannot run this check, and says so.
if (!existsSync(SEEDS)) console.warn(`SKIPPED: the check that no storylet copies the essays needs them at ${SEEDS}.`);

describe.skipIf(!existsSync(SEEDS))('written fresh from the essays', () => {
  it('no storylet repeats a run of eight words from an essay', () => {
    const essays = readdirSync(SEEDS).map((f) => shingles(readFileSync(join(SEEDS, f), 'utf8'), 8));
    const copied = STORYLETS.flatMap((s) => [...shingles(allText(s), 8)].filter((run) => essays.some((e) => e.has(run))).map((run) => `${s.id}: "${run}"`));
    expect(copied).toEqual([]);
  });
});
