// Hostile and accidental input, generated: no text, JSON value or edit of a good file makes reading a
// scenario file throw; each gives a scenario that plays, or problems that each open with a path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateCareer } from '../../src/engine/index';
import { readScenarioValue } from '../../src/scenario-file/parse';
import { buildScenario } from '../../src/scenario-file/build';
import { exported, firstStepStorylet, load, type LooseFile } from './helpers';

/** `where: what`, where is a path into the file (or the file itself), or the count of problems left out. */
const PROBLEM = /^((the file|[A-Za-z0-9_-]+|\["(?:[^"\\]|\\.)*"\])(\.[A-Za-z0-9_-]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*( \([^)]*\))?: .+|…and \d+ more problems)$/s;

function expectReadable(result: ReturnType<typeof load>): void {
  if (result.ok) {
    expect(simulateCareer(result.value.content, 'random', 'fuzz').outcome).not.toBeNull();
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) expect(problem).toMatch(PROBLEM);
}

/** A good file that uses every section, so edits reach every kind of field. */
function goodFile(): LooseFile {
  const file = exported();
  file.id = 'fuzzed';
  file.storylets.add = [firstStepStorylet('fuzzed-story')];
  file.storylets.add[0].options[0].outcomes = [{ weight: 2, text: 'It went well.', effects: [{ kind: 'pay', percent: 5 }] }];
  file.storylets.add[0].options[1].later = [{ afterTurns: 2, text: 'It came back.', effects: [{ kind: 'flag', flag: 'story:fuzzed', set: true }] }];
  return file;
}

type Path = readonly (string | number)[];

function paths(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const children = Object.entries(value).flatMap(([key, item]) => paths(item, [...at, Array.isArray(value) ? Number(key) : key]));
  return [at, ...children];
}

/** `file` with the value at `path` replaced by `next`, or deleted when `next` is undefined. */
function edited(file: LooseFile, path: Path, next: unknown): LooseFile {
  const copy = structuredClone(file);
  if (path.length === 0) return copy;
  const parent = path.slice(0, -1).reduce<LooseFile>((node, key) => node[key], copy);
  const key = path.at(-1) as string | number;
  if (next === undefined && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (next === undefined) delete parent[key];
  else parent[key] = next;
  return copy;
}

const GOOD = goodFile();
const GOOD_PATHS = paths(GOOD);

/** A value near what a facilitator might type instead: another number, text, nothing, or anything at all. */
const replacement = fc.oneof(
  fc.constant(undefined),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, -1, 1, 0.5, 100, 101, 1e9, '', 'default', 'story:x', '<script>alert(1)</script>', null, true, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
);

describe('reading a scenario file', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => expectReadable(load(text))), { numRuns: 300 });
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const read = readScenarioValue(value);
        expectReadable(read.ok ? buildScenario(read.value) : read);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on objects that look almost like a scenario', () => {
    const almost = fc.record(
      {
        format: fc.constantFrom(1, 2, '1'),
        base: fc.constantFrom('default', 'startup', 'nowhere'),
        id: fc.constantFrom('ok-id', 'Bad Id', ''),
        name: fc.string({ maxLength: 70 }),
        turns: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.jsonValue({ maxDepth: 1 })),
        tuning: fc.dictionary(fc.constantFrom('crossingChance', 'transitionFloor', 'transitionCeiling', '__proto__', 'nope'), fc.jsonValue({ maxDepth: 1 })),
        storylets: fc.record({ remove: fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }), add: fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 2 }) }, { requiredKeys: [] }),
      },
      { requiredKeys: ['format'] },
    );
    fc.assert(fc.property(almost, (value) => expectReadable(load(JSON.stringify(value)))), { numRuns: 300 });
  });

  it('either accepts an edit of a good file or names where the edit went wrong', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GOOD_PATHS), replacement, (path, next) => expectReadable(load(JSON.stringify(edited(GOOD, path, next))))),
      { numRuns: 150 },
    );
  });
});
