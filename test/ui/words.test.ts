// How the meters' moves read to a screen reader after each half-step.
import { describe, expect, it } from 'vitest';
import { meterChanges, meterHint } from '../../src/ui/words';

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
