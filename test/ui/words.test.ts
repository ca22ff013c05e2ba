// How the game puts the run in words: the meters' moves after each half-step, an option's hint, and
// where the player stands.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { regionName } from '../../src/content/world';
import { createRun } from '../../src/engine/index';
import { narrate } from '../../src/ui/narrate';
import { meterChanges, meterHint, place, roleName } from '../../src/ui/words';

describe('meter changes in words', () => {
  it('names each meter that moved, which way, by how much and to what, pay in thousands of dollars', () => {
    expect(meterChanges({ satisfaction: 60, burnout: 20, compensation: 150 }, { satisfaction: 57, burnout: 27, compensation: 162 })).toBe(
      'Satisfaction down 3 to 57, burnout up 7 to 27, pay up $12k to $162k.',
    );
    expect(meterChanges({ satisfaction: 60, burnout: 20, compensation: 150 }, { satisfaction: 60, burnout: 18, compensation: 150 })).toBe('Burnout down 2 to 18.');
  });

  it('says nothing when no meter moved', () => {
    expect(meterChanges({ satisfaction: 1, burnout: 2, compensation: 3 }, { satisfaction: 1, burnout: 2, compensation: 3 })).toBe('');
  });
});

describe('the hint under an option', () => {
  it('says an option that leaves the industry ends the run, rather than what it does to pay', () => {
    const walk = { label: 'Walk away', style: 'rest', effects: [{ kind: 'leave-industry' }] } as const;
    expect(meterHint(walk)).toBe('Ends the run');
    expect(meterHint({ label: 'Ask', style: 'pay', effects: [{ kind: 'pay', percent: 5 }] })).toBe('Moves compensation');
  });
});

describe('where the player stands, in words', () => {
  const state = createRun(defaultScenario(), { seed: 'words', record: false });

  it('names the role, the kind of company and the region, so a job hop shows', () => {
    expect(place(state)).toBe('intermediate engineer at a mid-size company · Interdell');
    expect(place({ ...state, role: 'staff', company: 'big-tech', region: 'backend-range' })).toBe(`staff engineer at a big tech company · ${regionName('backend-range')}`);
    expect(place({ ...state, company: 'startup' })).toMatch(/ at a startup · /);
  });

  it('names no company once the player has left the industry', () => {
    expect(place({ ...state, role: 'out' })).toBe(`${roleName('out')} · Interdell`);
  });

  it('tells a step up short of the bar what the bar still wants, in a list, in other words after an earlier step up in the role', () => {
    expect(narrate([{ type: 'promotion-not-yet', role: 'staff', missing: ['step-ups', 'technical', 'influence'], again: false }])).toEqual([
      'Stepping up has not yet made the case for staff engineer: the next rung asks for a longer record of stepping up, deeper technical work and influence beyond your own team.',
    ]);
    expect(narrate([{ type: 'promotion-not-yet', role: 'staff', missing: ['technical'], again: true }])).toEqual(['The case for staff engineer is not made yet: the next rung asks for deeper technical work.']);
  });

  it('tells a committee’s no, and a no after another', () => {
    expect(narrate([{ type: 'promotion-denied', role: 'senior', again: false }])).toEqual(['The committee does not promote you to senior engineer this time.']);
    expect(narrate([{ type: 'promotion-denied', role: 'senior', again: true }])).toEqual(['The committee passes you over for senior engineer again.']);
  });

  it('tells a job hop with the same words', () => {
    expect(narrate([{ type: 'employer-changed', company: 'big-tech', employer: 1, role: 'senior' }])).toEqual(['You join a big tech company as senior engineer.']);
  });
});
