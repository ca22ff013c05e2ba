// Every import path of the room under fuzzing and hand-written hostile input: nothing throws, every
// refusal is explained, runs already in the room are kept, and the room never exceeds its size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRunCode, GAME_VERSION } from '../../src/engine/index';
import { cleanLabel } from '../../src/text/label';
import { EMPTY_ROOM, MAX_ROOM_RUNS, importText, type Imported, type Room } from '../../src/room/room';
import { ROOM_FORMAT, ROOM_VERSION, savedRoomOf } from '../../src/room/saved-room';
import { careerCode, scenarios } from './fixtures';

const loaded: Room = importText(EMPTY_ROOM, [careerCode('held-1', 'balanced'), careerCode('held-2', 'step-up')].join(' '), scenarios).room;
const fresh = [careerCode('fresh-1', 'chase-pay'), careerCode('fresh-2', 'go-manager'), careerCode('fresh-3', 'opt-out')];

/** What every import must do, whatever it was given. */
function expectSound(result: Imported, before: Room): void {
  expect(result.room.runs.slice(0, before.runs.length)).toEqual(before.runs);
  expect(result.room.runs.length).toBeLessThanOrEqual(MAX_ROOM_RUNS);
  // A run counts once: the same code again only under another player's name.
  expect(new Set(result.room.runs.map((r) => `${r.code}\n${r.label}`)).size).toBe(result.room.runs.length);
  expect(result.room.runs.slice(before.runs.length)).toEqual(result.added);
  // Nothing added is explained: by a problem, or as runs already in the room.
  if (result.added.length === 0) expect(result.problems.length + result.alreadyIn.names.length).toBeGreaterThan(0);
  for (const p of result.problems) expect(p.message.length).toBeGreaterThan(10);
}

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }));
/** A real code with one character changed, or cut short. */
const damagedCode = fc
  .tuple(fc.constantFrom(...fresh), fc.nat(), fc.string({ unit: 'binary', minLength: 0, maxLength: 2 }))
  .map(([code, at, insert]) => code.slice(0, at % code.length) + insert + code.slice((at % code.length) + 1));
const codeish = fc.oneof(fc.constantFrom(...fresh, ...loaded.runs.map((r) => r.code)), damagedCode, anyText);
const separator = fc.constantFrom(' ', ',', '\n', '\r\n', ';', '\t', ' ,\n');

describe('pasted codes under fuzzing', () => {
  it('never throw, explain every refusal and keep the runs already loaded', () => {
    fc.assert(
      fc.property(fc.array(codeish, { maxLength: 12 }), separator, (tokens, sep) => {
        expectSound(importText(loaded, tokens.join(sep), scenarios), loaded);
      }),
      { numRuns: 300 },
    );
  });

  it('accept a code only unchanged (a damaged one is refused)', () => {
    fc.assert(
      fc.property(damagedCode, (code) => {
        const result = importText(EMPTY_ROOM, code, scenarios);
        expectSound(result, EMPTY_ROOM);
        if (!fresh.includes(code.trim())) expect(result.added).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV files under fuzzing', () => {
  const field = fc.oneof(codeish, fc.constantFrom('"', '""', '","', '"\n', 'code', 'name'));
  it('never throw, explain every refusal and keep the runs already loaded', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('code', 'name,code', 'CODE;player', 'code\tnotes'),
        fc.array(fc.array(field, { maxLength: 4 }), { maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        (header, rows, delimiter) => {
          const text = [header, ...rows.map((r) => r.join(delimiter))].join('\n');
          expectSound(importText(loaded, text, scenarios, 'codes.csv'), loaded);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('saved rooms under fuzzing', () => {
  it('never throw on any JSON, explain every refusal and keep the runs already loaded', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectSound(importText(loaded, JSON.stringify(value), scenarios, 'room.json'), loaded);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on a well-formed envelope with any entries in it', () => {
    const entry = fc.oneof(fc.anything(), fc.record({ code: codeish, label: fc.oneof(anyText, fc.constant(null), fc.integer()) }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (runs) => {
        const text = JSON.stringify({ format: ROOM_FORMAT, version: ROOM_VERSION, runs });
        expectSound(importText(loaded, text ?? '', scenarios, 'room.json'), loaded);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on any text given as a saved room', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectSound(importText(loaded, text, scenarios, 'room.json'), loaded);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hand-written hostile input', () => {
  it('refuses a code from another version of the game, saying both versions', () => {
    const code = encodeRunCode({ version: GAME_VERSION + 1, scenario: 'default', seed: 'x', commands: [] });
    expect(importText(loaded, code, scenarios).problems[0]?.message).toMatch(new RegExp(`^the run code was made by version ${GAME_VERSION + 1} of the game; this is version ${GAME_VERSION}\\b`));
  });

  it('refuses a truncated code and a code with a foreign scenario name', () => {
    const code = fresh[0] ?? '';
    expect(importText(loaded, code.slice(0, code.length - 8), scenarios).problems[0]?.message).toMatch(/^the run code is (damaged or )?incomplete|^this is not a run code/);
    const foreign = encodeRunCode({ version: GAME_VERSION, scenario: 'evil', seed: 'x', commands: [] });
    expect(importText(loaded, foreign, scenarios).problems[0]?.message).toMatch(/^the run was made with the scenario "evil", which this game does not have/);
  });

  it('keeps HTML and script in a label as the text it is, on one line', () => {
    const label = '<img src=x onerror="alert(1)">\n<script>alert(2)</script>';
    const result = importText(EMPTY_ROOM, `name,code\n"${label.replace(/"/g, '""')}",${fresh[0]}`, scenarios);
    expect(result.room.runs[0]?.label).toBe(cleanLabel(label));
    expect(result.room.runs[0]?.label).toBe('<img src=x onerror="alert(1)"> <script>alert(2)</script>');
  });

  it('lists the problems of a saved room with thousands of bad entries in a bounded list', () => {
    const many = Array.from({ length: MAX_ROOM_RUNS * 4 }, (_, i) => ({ label: `x${i}`, code: `1.default.eA.AA.${i}` }));
    const result = importText(loaded, JSON.stringify(savedRoomOf(many)), scenarios);
    expectSound(result, loaded);
    expect(result.problems.at(-1)?.message).toMatch(/more problems not listed$/);
  });

  it('survives deeply nested JSON and a file of one enormous token', () => {
    expectSound(importText(loaded, '['.repeat(100_000), scenarios, 'room.json'), loaded);
    expectSound(importText(loaded, `{"format":"interdell-room","version":1,"runs":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, scenarios), loaded);
    expectSound(importText(loaded, 'A'.repeat(1_500_000), scenarios), loaded);
  });
});
