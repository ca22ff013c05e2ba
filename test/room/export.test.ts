// The room leaves the page as CSV (a row per run) and as a saved room (JSON), and both come back in as
// the same runs with the same labels, however long; spreadsheet formulas in any text cell stay inert text.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/room/csv';
import { CSV_COLUMNS, roomCsv } from '../../src/room/export-csv';
import { EMPTY_ROOM, admit, importText } from '../../src/room/room';
import { savedRoomOf } from '../../src/room/saved-room';
import { careerCode, scenarios } from './fixtures';

const labels = ['Ada', 'Bo, "the builder"', '=HYPERLINK("http://x")', '<script>alert(1)</script>', '-1', 'Zoë 🙂'];
const candidates = labels.map((label, i) => ({ where: `row ${i}`, at: i, code: careerCode(`export-${i}`, 'balanced'), label }));
const room = admit(EMPTY_ROOM, { candidates, problems: [] }, scenarios).room;

describe('the CSV export', () => {
  it('has one row per run with its label, code, scenario, seed, outcome id and title, final meters and turns', () => {
    const parsed = parseCsv(roomCsv(room.runs), ',');
    if (!parsed.ok) throw new Error(parsed.error);
    const [head, ...rows] = parsed.records;
    expect(head?.fields).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(room.runs.length);
    rows.forEach((row, i) => {
      const run = room.runs[i];
      if (!run) throw new Error('no run');
      // The ending in the words the room shows ("Senior for life", "PM islander"), beside its id ("senior-for-life").
      expect(row.fields[5]).toMatch(/^[A-Z][a-zA-Z]+( [a-zA-Z]+)*$/);
      expect(row.fields.slice(1)).toEqual([run.code, 'default', `export-${i}`, run.outcome, run.outcomeTitle, ...[run.final.satisfaction, run.final.burnout, run.final.compensation, run.history.length].map(String)]);
    });
  });

  it('puts an apostrophe before a label a spreadsheet would run as a formula', () => {
    const parsed = parseCsv(roomCsv(room.runs), ',');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records.map((r) => r.fields[0])).toEqual(['label', 'Ada', 'Bo, "the builder"', `'=HYPERLINK("http://x")`, '<script>alert(1)</script>', "'-1", 'Zoë 🙂']);
  });

  it('puts an apostrophe before every text cell a spreadsheet would run as a formula', () => {
    const [run] = room.runs;
    if (!run) throw new Error('no run');
    const hostile = { ...run, label: '@SUM(A1)', code: '=1+1', scenario: '+cmd', seed: '-2+3', outcome: '\tx' as typeof run.outcome };
    const parsed = parseCsv(roomCsv([hostile]), ',');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records[1]?.fields.slice(0, 5)).toEqual(["'@SUM(A1)", "'=1+1", "'+cmd", "'-2+3", "'\tx"]);
  });

  it('writes a long name whole, as it was imported', () => {
    const name = `Çağla 🌱 ${'with a very long name '.repeat(6)}`.trim();
    const imported = importText(EMPTY_ROOM, `name,code\n"${name}",${careerCode('long-name', 'opt-out')}`, scenarios, 'names.csv').room;
    const parsed = parseCsv(roomCsv(imported.runs), ',');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records[1]?.fields[0]).toBe(name);
  });

  it('imports back into the same runs and labels', () => {
    const back = importText(EMPTY_ROOM, roomCsv(room.runs), scenarios, 'room.csv');
    expect(back.problems).toEqual([]);
    expect(back.room).toEqual(room);
  });
});

describe('the JSON export', () => {
  it('is the versioned saved-room format, and imports back into the same room', () => {
    const json = JSON.stringify(savedRoomOf(room.runs));
    expect(JSON.parse(json)).toMatchObject({ format: 'interdell-room', version: 1 });
    const back = importText(EMPTY_ROOM, json, scenarios, 'room.json');
    expect(back.problems).toEqual([]);
    expect(back.room).toEqual(room);
  });
});
