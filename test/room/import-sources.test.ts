// Files chosen together come into the room together: a scenario file before the runs that need it,
// whatever order they were chosen in, and every problem naming its file.
import { describe, expect, it } from 'vitest';
import { runCodeOf, simulateCareer } from '../../src/engine/index';
import { problemText } from '../../src/room/candidate';
import { EMPTY_ROOM } from '../../src/room/room';
import { ROOM_FORMAT, ROOM_VERSION } from '../../src/room/saved-room';
import { localScenarios } from '../../src/scenario-file/resolve';
import { importSources, LEFT_IN_THE_BOX } from '../../src/views/room/import-sources';
import { memoryStore } from '../fixtures/memory-store';
import { careerCode } from './fixtures';
import { exported, loaded } from '../scenario-file/helpers';

const file = { ...exported(), id: 'acme-offsite', name: 'Acme offsite' };
const code = runCodeOf(simulateCareer(loaded(file).content, 'balanced', 'offsite'));
const savedRoom = JSON.stringify({ format: ROOM_FORMAT, version: ROOM_VERSION, runs: [{ label: 'Zed', code }] });

function env() {
  const store = memoryStore();
  return { store, scenarios: localScenarios(store) };
}

describe('files chosen together', () => {
  it('load the scenario file first, so the saved room chosen before it comes in whole', () => {
    const result = importSources(EMPTY_ROOM, [{ name: 'interdell-room.json', text: savedRoom }, { name: 'acme.json', text: JSON.stringify(file) }], env());
    expect(result.problems).toEqual([]);
    expect(result.room.runs.map((r) => r.label)).toEqual(['Zed']);
    expect(result.said).toEqual(['Loaded the scenario “Acme offsite” from acme.json: the runs played with it can be added now.']);
    expect(result.described).toBe('the 2 files');
  });

  it('name the file of each problem, and the text area lines of its own', () => {
    const result = importSources(EMPTY_ROOM, [{ name: 'interdell-room.json', text: savedRoom }, { name: 'big.csv', unread: 'the file is 9.0 MB' }], env());
    expect(result.problems.map(problemText)).toEqual([
      expect.stringMatching(/^interdell-room\.json, run 1 of the saved room: the run was made with a scenario file whose id is "acme-offsite"/),
      'big.csv: the file is 9.0 MB',
    ]);
    expect(result.keep).toBeNull();
    // The text area keeps the lines it refused, and its problems are numbered by the lines it then holds.
    const typed = importSources(EMPTY_ROOM, [{ name: '', text: `Ann: 6.nope\n\nBen: ${careerCode('kept', 'balanced')}\nnot a code` }], env());
    expect(typed.keep).toBe('Ann: 6.nope\nnot a code');
    expect(typed.problems.map((p) => [p.where, p.at])).toEqual([
      ['line 1', 1],
      ['line 2', 2],
    ]);
    expect(typed.described).toBe('the codes');
  });

  it('try the codes still in the text area again after a scenario file chosen alone, since they may be its runs', () => {
    const fresh = runCodeOf(simulateCareer(loaded(file).content, 'opt-out', 'offsite-2'));
    const result = importSources(EMPTY_ROOM, [{ name: 'acme.json', text: JSON.stringify(file) }], env(), `Zed: ${code}\nnot-a-code\nYan: ${fresh}`);
    expect(result.room.runs.map((r) => r.label)).toEqual(['Zed', 'Yan']);
    expect(result.described).toBe(LEFT_IN_THE_BOX);
    expect(result.problems.map(problemText)).toEqual([expect.stringMatching(/^the codes still in the box, line 1: no run code/)]);
    // The text area keeps the line refused again, and only it, as its line 1.
    expect(result.keep).toBe('not-a-code');
    expect(result.problems[0]?.at).toBe(1);
  });

  it('try the text area again after a scenario file chosen with other files too, and not after one that could not be loaded', () => {
    const withRoom = importSources(EMPTY_ROOM, [{ name: 'acme.json', text: JSON.stringify(file) }, { name: 'interdell-room.json', text: savedRoom }], env(), code);
    expect(withRoom.room.runs.map((r) => r.label)).toEqual(['Zed']);
    expect(withRoom.described).toBe(`the 2 files and ${LEFT_IN_THE_BOX}`);
    // The code in the box came in with the saved room: it is named as already in, and leaves the box.
    expect(withRoom.problems).toEqual([]);
    expect(withRoom.alreadyIn).toEqual({ names: ['“Zed”'], unnamed: true });
    expect(withRoom.keep).toBe('');
    const broken = importSources(EMPTY_ROOM, [{ name: 'acme.json', text: JSON.stringify({ ...file, turns: 'twenty' }) }], env(), `Zed: ${code}`);
    expect(broken.room.runs).toEqual([]);
    expect(broken.keep).toBeNull();
    expect(broken.described).toBe('acme.json');
  });

  it('say when a code needs another version of a scenario file this browser has loaded', () => {
    const changed = { ...file, turns: 12 };
    const older = runCodeOf(simulateCareer(loaded(changed).content, 'balanced', 'offsite'));
    const result = importSources(EMPTY_ROOM, [{ name: 'acme.json', text: JSON.stringify(file) }], env(), `Zed: ${older}`);
    expect(result.problems.map(problemText)).toEqual([
      expect.stringMatching(/^the codes still in the box, line 1: the run was made with a different version of the scenario "Acme offsite" \(its data hash is [0-9a-f]+; the file loaded in this browser differs\): load the file the run was made with into the room \(with “Or import files”\) \(/),
    ]);
  });
});
