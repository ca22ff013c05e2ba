// The room takes in finished runs from any import path: each code is replayed in its scenario, and
// every code left out gets a message naming where it was and why. Runs already in the room stay.
import { describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/content/index';
import { decodeRunCode, encodeRunCode, GAME_VERSION, replay, runCodeOf, simulateCareer } from '../../src/engine/index';
import { problemText } from '../../src/room/candidate';
import { EMPTY_ROOM, MAX_INPUT_CHARS, MAX_PROBLEMS, MAX_ROOM_RUNS, admit, importText, kindOf, renamed, withAddedBack, withoutRun, withRunAt } from '../../src/room/room';
import type { RoomRun } from '../../src/room/room-run';
import { savedRoomOf } from '../../src/room/saved-room';
import { exported, loaded } from '../scenario-file/helpers';
import { careerCode, damagedCode, scenarios } from './fixtures';

const codes = ['balanced', 'step-up', 'chase-pay', 'go-manager'].map((s, i) => careerCode(`room-${i}`, s as 'balanced'));

describe('importing into the room', () => {
  it('replays each code into a run with the outcome, meters and history the engine gives it', () => {
    const { room, added, problems } = importText(EMPTY_ROOM, codes.join('\n'), scenarios);
    expect(problems).toEqual([]);
    expect(added).toHaveLength(4);
    for (const run of room.runs) {
      const decoded = decodeRunCode(run.code);
      if (!decoded.ok) throw new Error(decoded.error);
      const content = scenarioById(decoded.value.scenario);
      const state = content && replay(content, decoded.value.seed, decoded.value.commands);
      if (!state?.ok) throw new Error('no replay');
      expect(run.outcome).toBe(state.value.outcome);
      expect(run.final).toEqual({ satisfaction: state.value.satisfaction, burnout: state.value.burnout, compensation: state.value.compensation });
      expect(run.history.map((t) => [t.region, t.move, t.satisfaction])).toEqual(state.value.history?.map((t) => [t.region, t.move, t.satisfaction]));
      expect(run.seed).toBe(decoded.value.seed);
      expect(run.scenarioName).toBe(content?.def.name);
    }
  });

  it('numbers unlabelled runs after the runs already in the room, never reusing a label', () => {
    const first = importText(EMPTY_ROOM, codes.slice(0, 2).join(' '), scenarios).room;
    const second = importText(first.runs[0] ? withoutRun(first, first.runs[0]) : first, codes.slice(2).join(' '), scenarios).room;
    expect(second.runs.map((r) => r.label)).toEqual(['Run 2', 'Run 3', 'Run 4']);
  });

  it("reports a damaged code with the decoder's reason and its line, and adds the others", () => {
    const damaged = damagedCode(codes[0] ?? '');
    const { room, problems } = importText(EMPTY_ROOM, `${codes[1]}\n${damaged}`, scenarios);
    expect(room.runs).toHaveLength(1);
    expect(problems.map(problemText)).toEqual([`line 2: the run code is damaged or incomplete (its checksum does not match) (“${damaged.slice(0, 39)}…”)`]);
  });

  it('names whose damaged code it was, when the line gave a name', () => {
    const damaged = damagedCode(codes[0] ?? '');
    const { problems } = importText(EMPTY_ROOM, `Dennis: ${damaged}`, scenarios);
    expect(problems.map(problemText)).toEqual([`line 1: the run code is damaged or incomplete (its checksum does not match) (“${damaged.slice(0, 39)}…”, from “Dennis”)`]);
  });

  it('says which scenario is not loaded when the resolver does not know it, and how to load a custom one', () => {
    const { problems } = importText(EMPTY_ROOM, codes[0] ?? '', (field) => (field === 'default' ? null : scenarios(field)));
    expect(problems[0]?.message).toContain('the run was made with the scenario "default", which this game does not have');
    const custom = encodeRunCode({ version: GAME_VERSION, scenario: 'acme-offsite~b0154184', seed: 'offsite', commands: [] });
    expect(importText(EMPTY_ROOM, custom, scenarios).problems[0]?.message).toContain(
      'the run was made with a scenario file whose id is "acme-offsite" (version b0154184), which is not loaded in this browser: load that file into the room (with “Or import files”) first',
    );
  });

  it('refuses an unfinished run, saying where it stops', () => {
    const content = scenarioById('default');
    if (!content) throw new Error('no default scenario');
    const full = simulateCareer(content, 'balanced', 'unfinished', true);
    const partial = encodeRunCode({ version: full.version, scenario: 'default', seed: 'unfinished', commands: full.commands.slice(0, 7) });
    const { problems } = importText(EMPTY_ROOM, partial, scenarios);
    expect(problems[0]?.message).toMatch(/^the run is unfinished \(it stops in half-year 4 of 20\)/);
  });

  it('refuses a well-formed code whose commands are not legal where they fall', () => {
    const code = encodeRunCode({ version: GAME_VERSION, scenario: 'default', seed: 'illegal', commands: [{ type: 'choose', option: 0 }] });
    expect(importText(EMPTY_ROOM, code, scenarios).problems[0]?.message).toMatch(/^the run does not replay in scenario “.+”: step 1: /);
  });

  it('counts a run once, whether it comes twice in one paste or is already in the room, naming those already in it apart from the problems', () => {
    const once = importText(EMPTY_ROOM, `${codes[0]} ${codes[0]}`, scenarios);
    expect(once.room.runs).toHaveLength(1);
    expect(once.problems).toEqual([]);
    expect(once.alreadyIn).toEqual({ names: ['“Run 1”'], unnamed: true });
    // Given three times more, it is still one run already in the room.
    const thrice = importText(once.room, `${codes[0]} ${codes[0]}\n${codes[0]}`, scenarios);
    expect(thrice.alreadyIn).toEqual({ names: ['“Run 1”'], unnamed: true });
    const named = importText(EMPTY_ROOM, `code,name\n${codes[0]},Ada\n${codes[0]},Ada`, scenarios);
    expect(named.room.runs.map((r) => r.label)).toEqual(['Ada']);
    expect(named.problems).toEqual([]);
    expect(named.alreadyIn).toEqual({ names: ['“Ada”'], unnamed: false });
  });

  it('numbers a run apart when another run of the room has its name, and knows it by that name again', () => {
    const both = importText(EMPTY_ROOM, `Ada: ${codes[0]}\nada: ${codes[1]}`, scenarios);
    expect(both.room.runs.map((r) => [r.label, r.formerLabels])).toEqual([
      ['Ada', []],
      ['ada (2)', ['ada']],
    ]);
    expect(both.numbered).toEqual(['“ada” came in as “ada (2)”']);
    const again = importText(both.room, `Ada: ${codes[0]}\nada: ${codes[1]}`, scenarios);
    expect(again.added).toEqual([]);
    expect(again.numbered).toEqual([]);
    expect(again.alreadyIn.names).toEqual(['“Ada”', '“ada (2)”, formerly “ada”']);
    // A third Ada is the third, whatever she came in as.
    const third = importText(both.room, `Ada (2): ${codes[2]}`, scenarios);
    expect(third.room.runs.map((r) => r.label)).toEqual(['Ada', 'ada (2)', 'Ada (3)']);
    // An unnamed run's number is no one's name either, in any case.
    const unnamed = importText(EMPTY_ROOM, `Ada: ${codes[0]}\nrun 3: ${codes[1]}\n${codes[2]}`, scenarios);
    expect(unnamed.room.runs.map((r) => r.label)).toEqual(['Ada', 'run 3', 'Run 4']);
  });

  it('takes the same run again under another player\'s name: two players may make the very same choices', () => {
    const first = importText(EMPTY_ROOM, `code,name\n${codes[0]},Ana`, scenarios).room;
    const both = importText(first, `code,name\n${codes[0]},Kai`, scenarios);
    expect(both.problems).toEqual([]);
    expect(both.room.runs.map((r) => [r.label, r.code])).toEqual([
      ['Ana', codes[0]],
      ['Kai', codes[0]],
    ]);
    // Removing one player's run keeps the other's.
    expect(withoutRun(both.room, both.room.runs[1]!).runs.map((r) => r.label)).toEqual(['Ana']);
  });

  it('keeps the runs already in the room whatever the new input holds', () => {
    const { room } = importText(EMPTY_ROOM, codes.join(','), scenarios);
    for (const junk of ['', 'x', '{"format":"interdell-room","version":9}', 'code\n"never closed', 'a'.repeat(MAX_INPUT_CHARS + 1)]) {
      const result = importText(room, junk, scenarios);
      expect(result.room.runs).toEqual(room.runs);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });

  it('refuses input longer than it reads at once, saying how long it was', () => {
    const { problems } = importText(EMPTY_ROOM, ' '.repeat(MAX_INPUT_CHARS + 5), scenarios);
    expect(problems[0]?.message).toBe(`the input has 2,000,005 characters; the room reads at most 2,000,000 at a time`);
  });

  it('holds at most MAX_ROOM_RUNS runs and says from where codes were turned away', () => {
    const content = scenarioById('default');
    if (!content) throw new Error('no default scenario');
    const many = Array.from({ length: MAX_ROOM_RUNS + 3 }, (_, i) => runCodeOf(simulateCareer(content, 'random', `cap-${i}`)));
    const { room, problems } = importText(EMPTY_ROOM, many.join('\n'), scenarios);
    expect(room.runs).toHaveLength(MAX_ROOM_RUNS);
    expect(problems.map(problemText)).toEqual([
      `line ${MAX_ROOM_RUNS + 1}: the room is full: it holds at most ${MAX_ROOM_RUNS} runs, so the codes from here on were not added`,
      '3 codes were not added because the room is full',
    ]);
  });

  it('lists at most MAX_PROBLEMS problems, the last saying how many more there were', () => {
    const { problems } = importText(EMPTY_ROOM, Array.from({ length: 250 }, (_, i) => `bad${i}`).join('\n'), scenarios);
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[MAX_PROBLEMS - 1]?.message).toBe(`and ${250 - MAX_PROBLEMS + 1} more problems not listed`);
  });

  it('says there is nothing to add when a CSV has a header and no rows', () => {
    expect(importText(EMPTY_ROOM, 'code,name\n', scenarios).problems[0]?.message).toBe('there is nothing to add: the CSV holds no runs');
  });

  it('admits parsed candidates in order, labelled as given', () => {
    const { room } = admit(EMPTY_ROOM, { candidates: [{ where: 'x', at: 1, code: ` ${codes[2]} `, label: 'Zed' }], problems: [] }, scenarios);
    expect(room.runs.map((r) => [r.label, r.code])).toEqual([['Zed', codes[2]]]);
  });
});

describe('what an input holds', () => {
  it('is a saved room for JSON, a CSV when the first line heads a code column, and loose codes otherwise', () => {
    expect(kindOf('  {"format":1}')).toBe('room');
    expect(kindOf('anything', 'Room.JSON')).toBe('room');
    expect(kindOf('Name;CODE\nAda;1.a')).toBe('csv');
    expect(kindOf('{"x":1}', 'codes.csv')).toBe('csv');
    expect(kindOf('1.default.abc.CA.xyzw\n1.default')).toBe('codes');
  });
});

describe('the problems of an import', () => {
  it('come in the order of the input, whichever step found them', () => {
    // Line 2 is refused when it is replayed, lines 3 and 4 when they are read.
    const damaged = damagedCode(codes[0] as string);
    const text = `${codes[0]}\n${damaged}\nhttps://example.org/?seed=x\nnonsense`;
    const { problems } = importText(EMPTY_ROOM, text, scenarios);
    expect(problems.map((p) => p.where)).toEqual(['line 2', 'line 3', 'line 4']);
  });
});

describe('a custom scenario in the room', () => {
  it('is named with the version its codes carry, apart from a preset or another version of the same name', () => {
    const file = exported('big-tech');
    file.id = 'big-tech';
    file.tuning.hopPremiumPercent = 30;
    const custom = loaded(file);
    const resolver = (field: string) => (field === custom.field ? custom.content : scenarios(field));
    const code = runCodeOf(simulateCareer(custom.content, 'balanced', 'versions', true));
    const preset = runCodeOf(simulateCareer(scenarios('big-tech')!, 'balanced', 'versions', true));
    const names = importText(EMPTY_ROOM, `${code}\n${preset}`, resolver).room.runs.map((r) => r.scenarioName);
    expect(names).toEqual([`${file.name} (from a file, version ${custom.field.split('~')[1]})`, file.name]);
  });
});

describe('renaming a run', () => {
  const room = importText(EMPTY_ROOM, `${codes[0]}\nAda: ${codes[1]}\nBo: ${codes[1]}`, scenarios).room;
  const [first, ada, bo] = room.runs as [RoomRun, RoomRun, RoomRun];

  it('gives the run the name typed, as one trimmed line, in its place, and leaves the rest', () => {
    const result = renamed(room, first, '  Chen\n Li ');
    if (!('room' in result)) throw new Error(result.problem);
    expect(result.room.runs.map((r) => r.label)).toEqual(['Chen Li', 'Ada', 'Bo']);
    expect(result.run).toEqual({ ...first, label: 'Chen Li', formerLabels: ['Run 1'] });
    expect(room.runs.map((r) => r.label)).toEqual(['Run 1', 'Ada', 'Bo']);
  });

  it('refuses an empty name, and a name another run has: the debrief tells runs apart by name', () => {
    expect(renamed(room, first, ' \t ')).toEqual({ problem: 'a name needs some text' });
    expect(renamed(room, bo, 'Ada')).toEqual({ problem: 'the very same run is already in the room as “Ada”; two players who made the same choices need two names' });
    expect(renamed(room, bo, 'ADA')).toEqual({ problem: 'the very same run is already in the room as “Ada”; two players who made the same choices need two names' });
    expect(renamed(room, first, 'ada')).toEqual({ problem: 'another run in the room is already called “Ada”; the debrief tells runs apart by their names' });
    // A run keeps its own name, or changes only its case.
    expect('room' in renamed(room, ada, 'Ada')).toBe(true);
    expect('room' in renamed(room, ada, 'ADA')).toBe(true);
  });

  it('remembers the names a run had, so the same run does not come in again under one of them', () => {
    const first = renamed(room, ada, 'Adaeze');
    if (!('room' in first)) throw new Error(first.problem);
    const again = importText(first.room, `Ada: ${codes[1]}\nadaeze: ${codes[1]}\nCy: ${codes[1]}`, scenarios);
    expect(again.added.map((r) => r.label)).toEqual(['Cy']);
    expect(again.problems).toEqual([]);
    // Lines 1 and 2 name one run, which is named once.
    expect(again.alreadyIn.names).toEqual(['“Adaeze”, formerly “Ada”']);
    // Named back, the run forgets the name it has again, and keeps the other.
    const back = renamed(first.room, first.run, 'Ada');
    if (!('room' in back)) throw new Error(back.problem);
    expect(back.run.formerLabels).toEqual(['Adaeze']);
  });

  it('keeps the former names in the saved room, which brings them back', () => {
    const result = renamed(room, ada, 'Adaeze');
    if (!('room' in result)) throw new Error(result.problem);
    const saved = JSON.stringify(savedRoomOf(result.room.runs));
    expect(JSON.parse(saved).runs.map((r: { formerLabels?: string[] }) => r.formerLabels ?? [])).toEqual([[], ['Ada'], []]);
    const reloaded = importText(EMPTY_ROOM, saved, scenarios).room;
    expect(reloaded.runs.map((r) => [r.label, r.formerLabels])).toEqual([['Run 1', []], ['Adaeze', ['Ada']], ['Bo', []]]);
  });

  it('lets two players with the very same run swap names, and keeps both across a save', () => {
    const rename = (r: typeof room, run: RoomRun, name: string): { room: typeof room; run: RoomRun } => {
      const result = renamed(r, run, name);
      if (!('room' in result)) throw new Error(result.problem);
      return result;
    };
    const a = rename(room, ada, 'Temp');
    const b = rename(a.room, a.room.runs[2] as RoomRun, 'Ada');
    const c = rename(b.room, b.room.runs[1] as RoomRun, 'Bo');
    expect(c.room.runs.map((r) => r.label)).toEqual(['Run 1', 'Bo', 'Ada']);
    const reloaded = importText(EMPTY_ROOM, JSON.stringify(savedRoomOf(c.room.runs)), scenarios);
    expect(reloaded.problems).toEqual([]);
    expect(reloaded.room.runs.map((r) => r.label)).toEqual(['Run 1', 'Bo', 'Ada']);
  });

  it('knows the same run in a room saved after a rename, brought into a room saved before it', () => {
    const after = renamed(room, ada, 'Adaeze');
    if (!('room' in after)) throw new Error(after.problem);
    const brought = importText(room, JSON.stringify(savedRoomOf(after.room.runs)), scenarios);
    expect(brought.added).toEqual([]);
    expect(brought.alreadyIn.names).toContain('“Ada”, which was renamed “Adaeze” where this comes from');
  });
});

describe('a run the facilitator removed', () => {
  const pasted = `Alan: ${codes[0]}\n${codes[1]}\nBea: ${codes[2]}`;
  const start = importText(EMPTY_ROOM, pasted, scenarios).room;
  const alan = start.runs.find((r) => r.label === 'Alan') as RoomRun;
  const unnamed = start.runs.find((r) => r.code === codes[1]) as RoomRun;
  const removed = withoutRun(withoutRun(start, alan), unnamed);

  it('stays out when the chat is pasted again, named or not, and is named as left out', () => {
    const again = importText(removed, `${pasted}\nDee: ${codes[3]}`, scenarios);
    expect(again.added.map((r) => r.label)).toEqual(['Dee']);
    expect(again.leftOut.map((l) => l.removed.label)).toEqual(['Alan', unnamed.label]);
    expect(again.problems).toEqual([]);
  });

  it('comes in under another player’s name all the same (two players may make the same choices)', () => {
    expect(importText(removed, `Cy: ${codes[0]}`, scenarios).added.map((r) => r.label)).toEqual(['Cy']);
  });

  it('comes back when asked, under the name it had, and is then left out no more', () => {
    const again = importText(removed, pasted, scenarios);
    const back = withAddedBack(again.room, again.leftOut, scenarios);
    expect(back.added.map((r) => r.label)).toEqual(['Alan', unnamed.label]);
    expect(back.room.removed).toEqual([]);
    expect(importText(back.room, pasted, scenarios).leftOut).toEqual([]);
  });

  it('stays out under the name it had before a rename too', () => {
    const result = renamed(start, alan, 'Alan Turing');
    if (!('room' in result)) throw new Error(result.problem);
    const gone = withoutRun(result.room, result.run);
    expect(importText(gone, pasted, scenarios).leftOut.map((l) => l.removed.label)).toEqual(['Alan Turing']);
  });

  it('keeps its number from a new unnamed run, which takes the next', () => {
    const again = importText(removed, codes[3] ?? '', scenarios);
    expect(again.added.map((r) => r.label)).not.toContain(unnamed.label);
  });

  it('is not left out once its removal is undone', () => {
    const undone = withRunAt(withoutRun(start, alan), alan, 0);
    expect(undone.removed).toEqual([]);
  });
});
