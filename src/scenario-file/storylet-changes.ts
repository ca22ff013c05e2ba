// What a file's `storylets` section refers to: every id it removes, reweighs or replaces must be one
// of the base's, and every id it adds must be new. Each problem names its place in the file.
import type { ScenarioDef } from '../engine/scenario';
import type { ScenarioFile } from './file-schema';
import { pathText } from './messages';
import { shown } from './shown';

/** Where the storylet with this id is written in the file, as a path (or the base it comes from). */
export function whereIsStorylet(file: ScenarioFile, id: string): string {
  const changes = file.storylets ?? {};
  for (const list of ['add', 'replace'] as const) {
    const index = (changes[list] ?? []).findIndex((s) => s.id === id);
    if (index >= 0) return pathText(['storylets', list, index]);
  }
  if (changes.weights && Object.hasOwn(changes.weights, id)) return pathText(['storylets', 'weights', id]);
  return `storylets (the base storylet ${shown(id)})`;
}

/** Where the file reads a story flag in a storylet's conditions, as a path (or its removals, if it reads none). */
export function whereIsFlagRead(file: ScenarioFile, flag: string): string {
  const changes = file.storylets ?? {};
  for (const list of ['add', 'replace'] as const)
    for (const [i, s] of (changes[list] ?? []).entries()) {
      const j = s.when.findIndex((c) => c.kind === 'flag' && c.flag === flag);
      if (j >= 0) return pathText(['storylets', list, i, 'when', j]);
    }
  return pathText(['storylets', 'remove']);
}

export function storyletProblems(file: ScenarioFile, base: ScenarioDef): string[] {
  const changes = file.storylets;
  if (!changes) return [];
  const problems: string[] = [];
  const inBase = new Set(base.storylets.map((s) => s.id));
  const baseHas = `the id of a storylet of the base scenario "${base.id}"`;
  const removed = new Set<string>();
  (changes.remove ?? []).forEach((id, i) => {
    const at = pathText(['storylets', 'remove', i]);
    if (!inBase.has(id)) problems.push(`${at}: expected ${baseHas}, found ${shown(id)}`);
    else if (removed.has(id)) problems.push(`${at}: ${shown(id)} is removed twice`);
    removed.add(id);
  });
  const replaced = new Set<string>();
  (changes.replace ?? []).forEach(({ id }, i) => {
    const at = pathText(['storylets', 'replace', i, 'id']);
    if (!inBase.has(id)) problems.push(`${at}: expected ${baseHas}, found ${shown(id)}; to add a new storylet, put it in storylets.add`);
    else if (removed.has(id)) problems.push(`${at}: ${shown(id)} is also removed; replace it or remove it, not both`);
    else if (replaced.has(id)) problems.push(`${at}: ${shown(id)} is replaced twice`);
    replaced.add(id);
  });
  for (const id of Object.keys(changes.weights ?? {})) {
    const at = pathText(['storylets', 'weights', id]);
    if (!inBase.has(id)) problems.push(`${at}: expected ${baseHas}, found ${shown(id)}`);
    else if (removed.has(id)) problems.push(`${at}: ${shown(id)} is removed, so it has no weight`);
    else if (replaced.has(id)) problems.push(`${at}: ${shown(id)} is replaced; give the weight in its replacement`);
  }
  const added = new Map<string, number>();
  (changes.add ?? []).forEach(({ id }, i) => {
    const at = pathText(['storylets', 'add', i, 'id']);
    const earlier = added.get(id);
    if (inBase.has(id) && !removed.has(id))
      problems.push(`${at}: the base scenario "${base.id}" already has a storylet ${shown(id)}; use storylets.replace to change it, or pick a new id`);
    else if (earlier !== undefined) problems.push(`${at}: ${shown(id)} is already the id of ${pathText(['storylets', 'add', earlier])}`);
    added.set(id, earlier ?? i);
  });
  return problems;
}
