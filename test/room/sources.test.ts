// Reading codes out of what facilitators paste or upload: loose text and share links, CSV files from
// forms and spreadsheets, and saved rooms. Each code keeps where it came from, for messages.
import { describe, expect, it } from 'vitest';
import { codesFromCsv, hasCodeHeader } from '../../src/room/codes-csv';
import { codesFromText, keptLines } from '../../src/room/codes-text';
import { parseCsv } from '../../src/room/csv';
import { codesFromSavedRoom, savedRoomOf } from '../../src/room/saved-room';
import { cleanLabel } from '../../src/text/label';

describe('codes typed or pasted as text', () => {
  it('finds codes separated by spaces, commas, semicolons, tabs and newlines, with their lines', () => {
    const parsed = codesFromText('a.b , c.d;e.f\n\n\tg.h\r\ni.j');
    expect(parsed.candidates.map((c) => [c.where, c.code])).toEqual([
      ['line 1', 'a.b'],
      ['line 1', 'c.d'],
      ['line 1', 'e.f'],
      ['line 3', 'g.h'],
      ['line 4', 'i.j'],
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('takes the invisible characters a paste may carry (zero-width space, word joiner, soft hyphen) for separators', () => {
    const parsed = codesFromText('1.a.b.c.d\u200B 1.e.f.g.h\u2060\u00AD1.i.j.k.l\u200B');
    expect(parsed.candidates.map((c) => c.code)).toEqual(['1.a.b.c.d', '1.e.f.g.h', '1.i.j.k.l']);
    expect(parsed.problems).toEqual([]);
  });

  it('takes the code out of full and relative share links, and drops quotes around a code', () => {
    const parsed = codesFromText('https://example.org/interdell/?code=1.x.y.z.w#top\n?seed=s&code=1.a%7Eb.c.d.e "2.q.r.s.t"');
    expect(parsed.candidates.map((c) => c.code)).toEqual(['1.x.y.z.w', '1.a~b.c.d.e', '2.q.r.s.t']);
  });

  it('reports a line of words that look like no code once, quoting the line (shortened when long)', () => {
    const parsed = codesFromText('this is garbage\n<img src=x onerror=alert(1)>\n' + 'word '.repeat(20));
    expect(parsed.candidates).toEqual([]);
    expect(parsed.problems).toEqual([
      { where: 'line 1', at: 1, message: 'no run code in “this is garbage” (a run code has five parts separated by dots)' },
      { where: 'line 2', at: 2, message: 'no run code in “<img src=x onerror=alert(1)>” (a run code has five parts separated by dots)' },
      { where: 'line 3', at: 3, message: `no run code in “${'word '.repeat(7)}word…” (a run code has five parts separated by dots)` },
    ]);
  });

  it('reads each code-like part of a line, damaged ones too, and reports the other words beside them once', () => {
    const parsed = codesFromText('Ana and Bo: 2.default.abc.AB.xyz 2.default.cut');
    expect(parsed.candidates.map((c) => c.code)).toEqual(['2.default.abc.AB.xyz', '2.default.cut']);
    expect(parsed.problems).toEqual([{ where: 'line 1', at: 1, message: '“Ana and Bo:” on this line is not a run code' }]);
  });

  it('names the run after the words before the only code on its line: a chat line, or two columns of a spreadsheet', () => {
    const parsed = codesFromText('Cleo: 2.default.abc.AB.xyz\nKai Nakamura\t2.default.def.AB.xyz\n  Bo – https://example.org/?code=2.default.ghi.AB.xyz\n2.default.jkl.AB.xyz');
    expect(parsed.candidates.map((c) => [c.label, c.code])).toEqual([
      ['Cleo', '2.default.abc.AB.xyz'],
      ['Kai Nakamura', '2.default.def.AB.xyz'],
      ['Bo', '2.default.ghi.AB.xyz'],
      [null, '2.default.jkl.AB.xyz'],
    ]);
    expect(parsed.problems).toEqual([]);
    // Words after the code name nothing: they are reported, and the code comes in unnamed.
    const after = codesFromText('2.default.abc.AB.xyz is mine');
    expect(after.candidates.map((c) => c.label)).toEqual([null]);
    expect(after.problems).toEqual([{ where: 'line 1', at: 1, message: '“is mine” on this line is not a run code' }]);
  });

  it('reads the names and codes of a chat or a Markdown list: list markers, bold, quotes, a full stop after the code, no space after the colon', () => {
    const parsed = codesFromText(
      ['- Ada: 2.default.abc.AB.xy_', '* "Ben": 2.default.def.AB.xyz', '**Cy**: 2.default.ghi.AB.x-z', '1. Eve: `2.default.jkl.AB.xyz`', 'Hal: 2.default.mno.AB.xyz.', 'Ivy:2.default.pqr.AB.xyz', '2) **Jo:** “2.default.stu.AB.xyz”!'].join('\n'),
    );
    expect(parsed.candidates.map((c) => [c.label, c.code])).toEqual([
      ['Ada', '2.default.abc.AB.xy_'],
      ['Ben', '2.default.def.AB.xyz'],
      ['Cy', '2.default.ghi.AB.x-z'],
      ['Eve', '2.default.jkl.AB.xyz'],
      ['Hal', '2.default.mno.AB.xyz'],
      ['Ivy', '2.default.pqr.AB.xyz'],
      ['Jo', '2.default.stu.AB.xyz'],
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('reports a link that holds no code, with its line', () => {
    const parsed = codesFromText('\nhttps://example.org/?seed=harbour');
    expect(parsed.candidates).toEqual([]);
    expect(parsed.problems).toEqual([{ where: 'line 2', at: 2, message: expect.stringContaining('holds no run code') }]);
  });
});

describe('CSV records', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and says where each record starts', () => {
    const parsed = parseCsv('a,"b, ""c""",d\r\n"multi\nline",x\n\nlast', ',');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b, "c"', 'd'] },
        { line: 2, fields: ['multi\nline', 'x'] },
        { line: 5, fields: ['last'] },
      ],
    });
  });

  it('refuses a quoted field that never closes, naming the line it opens on', () => {
    expect(parseCsv('code\nok\n"open, and\nnever closed', ',')).toEqual({ ok: false, line: 3, error: expect.stringContaining('never closed') });
  });
});

describe('codes from a CSV file', () => {
  it('reads the column headed "code" in any case, labels runs by the name column and ignores the rest', () => {
    const parsed = codesFromCsv('Team,NAME, Code ,notes\nred,Ada,1.a.b.c.d,"likes, commas"\nblue,,1.e.f.g.h,\n');
    expect(parsed.candidates).toEqual([
      { where: 'row 2', at: 2, code: '1.a.b.c.d', label: 'Ada' },
      { where: 'row 3', at: 3, code: '1.e.f.g.h', label: null },
    ]);
  });

  it('prefers a "label" column to "player", and reads semicolon-separated files', () => {
    const parsed = codesFromCsv('player;label;code\nP;L;1.a.b.c.d');
    expect(parsed.candidates).toEqual([{ where: 'row 2', at: 2, code: '1.a.b.c.d', label: 'L' }]);
  });

  it('names the headers it found when none is "code"', () => {
    const parsed = codesFromCsv('name,run\nAda,1.a.b.c.d');
    expect(parsed.candidates).toEqual([]);
    expect(parsed.problems[0]?.message).toBe('no one column is headed “code”, nor has the word in its heading (found “name”, “run”)');
  });

  it("reads a form's columns whose headings have the words code and name, when each is the only one", () => {
    const parsed = codesFromCsv('Timestamp,Your name,Your run code\n2026-11-21,Ada,1.a.b.c.d');
    expect(parsed.candidates).toEqual([{ where: 'row 2', at: 2, code: '1.a.b.c.d', label: 'Ada' }]);
    // Two columns with a name in their headings name nothing: which of them would be a guess.
    expect(codesFromCsv('First name,Last name,Code\nAda,Lovelace,1.a.b.c.d').candidates[0]?.label).toBeNull();
    expect(codesFromCsv('Username,Code\nada99,1.a.b.c.d').candidates[0]?.label).toBeNull();
    expect(hasCodeHeader('Timestamp,Your name,Your run code\n')).toBe(true);
    expect(codesFromCsv('Run code,Zip code\n1.a.b.c.d,90210').candidates).toEqual([]);
  });

  it('reports a row whose code cell is empty, and keeps the other rows', () => {
    const parsed = codesFromCsv('code,name\n,Ada\n1.a.b.c.d,Bo');
    expect(parsed.problems).toEqual([{ where: 'row 2', at: 2, message: 'the “code” column is empty (column 1, for “Ada”)' }]);
    expect(codesFromCsv('name,Run code\nAda,').problems[0]?.message).toBe('the “run code” column is empty (column 2, for “Ada”)');
    expect(parsed.candidates.map((c) => c.label)).toEqual(['Bo']);
  });

  it('leaves a CSV pasted in the text box whole in it, rows and all, when a row is refused', () => {
    const text = 'name,code\nAda,1.a.b.c.d\nBo,';
    const kept = keptLines(text, codesFromCsv(text).problems);
    expect(kept.text).toBe(text);
    expect(kept.problems.map((p) => p.where)).toEqual(['row 3']);
  });

  it('numbers rows as a spreadsheet does, naming the line too when an answer ran over two', () => {
    const parsed = codesFromCsv('name,code,notes\nAda,1.a.b.c.d,"two\nlines"\nBo,,\n');
    expect(parsed.candidates[0]?.where).toBe('row 2');
    expect(parsed.problems).toEqual([{ where: 'row 3 (line 4 of the file)', at: 4, message: 'the “code” column is empty (column 2, for “Bo”)' }]);
  });
});

describe('a saved room', () => {
  it('gives back the codes and labels it was saved with', () => {
    const runs = [{ label: 'Ada', code: '1.a.b.c.d' }, { label: 'Bo', code: '1.e.f.g.h' }];
    const parsed = codesFromSavedRoom(JSON.stringify(savedRoomOf(runs)));
    expect(parsed.candidates.map(({ label, code }) => ({ label, code }))).toEqual(runs);
    expect(parsed.problems).toEqual([]);
  });

  it('refuses another version, another format and text that is not JSON, saying which', () => {
    const other = JSON.stringify({ ...savedRoomOf([]), version: 2 });
    expect(codesFromSavedRoom(other).problems[0]?.message).toBe('the saved room is version 2; this page reads version 1');
    expect(codesFromSavedRoom('{"format":"lab","version":1}').problems[0]?.message).toContain('this is not a saved room');
    expect(codesFromSavedRoom('{"format":').problems[0]?.message).toContain('not valid JSON');
    expect(codesFromSavedRoom('[1]').problems[0]?.message).toBe('the saved room should be a JSON object');
  });

  it('reports each malformed entry by its place and what was found, and keeps the good ones', () => {
    const text = JSON.stringify({ ...savedRoomOf([]), runs: [{ code: 7 }, 'x', { code: '1.a.b.c.d', label: 'Ok' }] });
    const parsed = codesFromSavedRoom(text);
    expect(parsed.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'run 1 of the saved room: “code” should be string, found 7',
      'run 2 of the saved room: expected Object, found "x"',
    ]);
    expect(parsed.candidates.map((c) => c.label)).toEqual(['Ok']);
  });

  it('reports a "runs" field that is not a list', () => {
    const parsed = codesFromSavedRoom(JSON.stringify({ ...savedRoomOf([]), runs: 'none' }));
    expect(parsed.problems[0]?.message).toBe('the saved room is malformed: “runs” should be Array, found "none"');
  });
});

describe('labels', () => {
  it('are one trimmed line, kept whole however long, and null when blank', () => {
    expect(cleanLabel('  Ada\n\tLovelace ')).toBe('Ada Lovelace');
    expect(cleanLabel(' \u0000 ')).toBeNull();
    expect(cleanLabel('x'.repeat(500))).toBe('x'.repeat(500));
  });
});
