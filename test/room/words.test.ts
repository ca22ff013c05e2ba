// How the room words a run's label, moves and meters: long labels cut short on the page, moves as the
// game offered them, pay as the game writes it ("$240k", "+$27k").
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { MOVE_LABELS, REGION_DEFS } from '../../src/content/world';
import { EMPTY_ROOM, importText } from '../../src/room/room';
import { alreadyInWords, meterDeltas, meterValues, numberedWords, shownLabel } from '../../src/views/room/words';
import { careerCode, scenarios } from './fixtures';

describe('meters in words', () => {
  it('write pay in dollars, signed when it is a difference', () => {
    expect(meterValues({ satisfaction: 71.4, burnout: 22, compensation: 267.6 })).toBe('satisfaction 71, burnout 22, pay $268k');
    expect(meterDeltas({ satisfaction: 4, burnout: -2, compensation: 27 })).toBe('satisfaction +4, burnout −2, pay +$27k');
    expect(meterDeltas({ satisfaction: 0, burnout: 0, compensation: -73 })).toBe('satisfaction 0, burnout 0, pay −$73k');
    expect(meterDeltas({ satisfaction: 0, burnout: 0, compensation: 0.2 })).toBe('satisfaction 0, burnout 0, pay $0k');
  });
});

describe('a run’s label on the page', () => {
  it('is shown whole when short, and cut to 60 characters with an ellipsis when long (exports keep it whole)', () => {
    const [run] = importText(EMPTY_ROOM, `name,code\n${'y'.repeat(80)},${careerCode('label', 'opt-out')}`, scenarios, 'names.csv').room.runs;
    if (!run) throw new Error('no run');
    expect(run.label).toBe('y'.repeat(80));
    expect(shownLabel(run)).toBe(`${'y'.repeat(59)}…`);
    expect(shownLabel({ ...run, label: 'Ada' })).toBe('Ada');
  });
});

describe('a run’s moves in words', () => {
  it('name the region a move heads for only when the move leaves the region the run was in', () => {
    const [stayer, climber] = importText(EMPTY_ROOM, [careerCode('words', 'opt-out'), careerCode('words', 'step-up')].join('\n'), scenarios).room.runs;
    expect(stayer?.history[0]?.moveText).toBe(MOVE_LABELS['opt-out']);
    const move = climber?.commands[0];
    if (move?.type !== 'move' || move.toward === defaultScenario().def.start.region) throw new Error('the first step up should leave the start');
    expect(climber?.history[0]?.moveText).toBe(`${MOVE_LABELS['step-up']} toward ${REGION_DEFS.find((r) => r.id === move.toward)?.name}`);
  });
});

describe('runs already in the room, in words', () => {
  it('names them in one sentence, the first twelve and how many more, with the twins hint when one came unnamed', () => {
    expect(alreadyInWords({ names: ['“Ada”'], unnamed: false })).toBe('1 run was already in the room, so not added again (each run counts once): “Ada”.');
    const many = Array.from({ length: 14 }, (_, i) => `“P${i + 1}”`);
    const said = alreadyInWords({ names: many, unnamed: true });
    expect(said).toMatch(/^14 runs were already in the room, so not added again \(each run counts once\): “P1”; “P2”; .*“P12”; and 2 more\. Two players who made the very same choices/);
    expect(said).not.toContain('“P13”');
  });
});

describe('runs numbered apart, in words', () => {
  it('says which came in under which name, and that they can be renamed', () => {
    expect(numberedWords(['“Ada” came in as “Ada (2)”'])).toBe('A run came in under a name another run of the room has, and was numbered apart: “Ada” came in as “Ada (2)”. Rename it in the runs table if you like.');
    expect(numberedWords(['“Ada” came in as “Ada (2)”', '“Bo” came in as “Bo (2)”'])).toMatch(/^2 runs came in .* and were numbered apart: .*; “Bo” came in as “Bo \(2\)”\. Rename them/);
  });
});
