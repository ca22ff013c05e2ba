// Runs on one seed meet the same fortune until their commands differ; the divergence view finds where
// each run left the room's most common path, what it chose there, and what that did to the meters.
import { describe, expect, it } from 'vitest';
import { decodeRunCode, type Command } from '../../src/engine/index';
import { divergence, seedGroups, SOON_AFTER } from '../../src/room/divergence';
import { EMPTY_ROOM, importText } from '../../src/room/room';
import type { RoomRun } from '../../src/room/room-run';
import { careerCode, scenarios } from './fixtures';

function commandsOf(code: string): Command[] {
  const decoded = decodeRunCode(code);
  if (!decoded.ok) throw new Error(decoded.error);
  return [...decoded.value.commands];
}

const SEED = 'one-seed';
const base = careerCode(SEED, 'balanced');
const baseCommands = commandsOf(base);

/** A run that follows the base run for `steps` commands and then plays the first strategy that differs. */
function leavesAt(steps: number): string {
  for (const strategy of ['chase-pay', 'opt-out', 'go-manager', 'step-up', 'go-pm'] as const) {
    const code = careerCode(SEED, strategy, baseCommands.slice(0, steps));
    if (JSON.stringify(commandsOf(code)[steps]) !== JSON.stringify(baseCommands[steps])) return code;
  }
  throw new Error(`no strategy leaves the base run at step ${steps}`);
}

const leaveAt0 = leavesAt(0);
const leaveAt6 = leavesAt(6);
const leaveAt30 = leavesAt(30);
// Room order puts the run leaving at step 6 before the base run, so only counts can make base the path.
const codes = [leaveAt0, leaveAt6, base, leaveAt30, careerCode('other-seed', 'balanced')];
const room = importText(EMPTY_ROOM, codes.join('\n'), scenarios);

function runWith(code: string): RoomRun {
  const run = room.room.runs.find((r) => r.code === code);
  if (!run) throw new Error('run not in the room');
  return run;
}

describe('seed groups', () => {
  it('gather runs of one scenario and seed, leaving out runs alone on their seed', () => {
    const groups = seedGroups(room.room.runs);
    expect(groups.map((g) => [g.scenario, g.seed, g.runs.length])).toEqual([['default', SEED, 4]]);
  });

  it('never join runs of different scenarios on the same seed', () => {
    const runs = room.room.runs.map((r, i) => (i === 0 ? { ...r, scenario: 'big-tech' } : r));
    expect(seedGroups(runs).map((g) => g.runs.length)).toEqual([3]);
  });
});

describe('divergence on one seed', () => {
  it('takes the path most runs followed as the reference, ties going to the earlier run', () => {
    expect(room.problems).toEqual([]);
    const [group] = seedGroups(room.room.runs);
    if (!group) throw new Error('no group');
    const result = divergence(group);
    expect(result.reference.code).toBe(base);
  });

  it('finds the step, half-year and choices where each run left the path', () => {
    const [group] = seedGroups(room.room.runs);
    if (!group) throw new Error('no group');
    const departures = new Map(divergence(group).departures.map((d) => [d.run.code, d]));
    expect(departures.get(base)).toMatchObject({ step: null, turn: null, atEnd: { satisfaction: 0, burnout: 0, compensation: 0 } });
    const six = departures.get(leaveAt6);
    expect(six).toMatchObject({ step: 6, turn: 3, kind: 'move' });
    expect(six?.chose).toBe(runWith(leaveAt6).history[3]?.moveText);
    expect(six?.roomChose).toBe(runWith(base).history[3]?.moveText);
    expect(six?.chose).not.toBe(six?.roomChose);
    expect(departures.get(leaveAt0)).toMatchObject({ step: 0, turn: 0, kind: 'move' });
    expect(departures.get(leaveAt30)).toMatchObject({ step: 30, turn: 15, kind: 'move' });
  });

  it('measures the meters against the path a few half-years after leaving it and at the end', () => {
    const [group] = seedGroups(room.room.runs);
    if (!group) throw new Error('no group');
    const six = divergence(group).departures.find((d) => d.run.code === leaveAt6);
    const [mine, theirs] = [runWith(leaveAt6), runWith(base)];
    const turn = 3 + SOON_AFTER;
    expect(six?.soon).toEqual({
      turn,
      delta: {
        satisfaction: (mine.history[turn]?.satisfaction ?? NaN) - (theirs.history[turn]?.satisfaction ?? NaN),
        burnout: (mine.history[turn]?.burnout ?? NaN) - (theirs.history[turn]?.burnout ?? NaN),
        compensation: (mine.history[turn]?.compensation ?? NaN) - (theirs.history[turn]?.compensation ?? NaN),
      },
    });
    expect(six?.atEnd.compensation).toBe(mine.final.compensation - theirs.final.compensation);
    // Common random numbers: before the runs part, their meters are identical.
    expect(mine.history.slice(0, 3)).toEqual(theirs.history.slice(0, 3));
  });

  it('lists each split of the prefix tree with its branches, the largest first', () => {
    const [group] = seedGroups(room.room.runs);
    if (!group) throw new Error('no group');
    const { splits } = divergence(group);
    expect(splits.map((s) => [s.step, s.runs, s.branches.map((b) => b.runs.length)])).toEqual([
      [0, 4, [3, 1]],
      [6, 3, [2, 1]],
      [30, 2, [1, 1]],
    ]);
    const atSix = splits[1];
    expect(atSix?.branches.map((b) => b.text)).toEqual([runWith(base).history[3]?.moveText, runWith(leaveAt6).history[3]?.moveText]);
    expect(atSix?.branches[1]?.meanFinal).toEqual(runWith(leaveAt6).final);
  });

  it('says of each split after the first which earlier choices set its runs apart, oldest first', () => {
    const [group] = seedGroups(room.room.runs);
    if (!group) throw new Error('no group');
    const { splits } = divergence(group);
    const path = runWith(base).history;
    const first = { turn: 0, text: path[0]?.moveText };
    expect(splits.map((s) => s.after)).toEqual([[], [first], [first, { turn: 3, text: path[3]?.moveText }]]);
  });

  it('names the two options when runs part at an event, both from the same event', () => {
    const at = 7;
    const theirs = baseCommands[at];
    if (theirs?.type !== 'choose') throw new Error('step 7 is not an option');
    const other = careerCode(SEED, 'balanced', [...baseCommands.slice(0, at), { type: 'choose', option: theirs.option === 0 ? 1 : 0 }]);
    const pair = importText(EMPTY_ROOM, `${base}\n${other}`, scenarios).room;
    const [group] = seedGroups(pair.runs);
    if (!group) throw new Error('no group');
    const departure = divergence(group).departures[1];
    expect(departure).toMatchObject({ step: at, turn: 3, kind: 'option' });
    expect(departure?.chose).toBe(pair.runs[1]?.history[3]?.optionText);
    expect(departure?.roomChose).toBe(pair.runs[0]?.history[3]?.optionText);
    const event = (text: string | undefined): string | undefined => text?.slice(text.lastIndexOf('(in '));
    expect(event(departure?.chose)).toBe(event(departure?.roomChose));
    expect(departure?.chose).not.toBe(departure?.roomChose);
  });
});
