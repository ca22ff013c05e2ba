// Stepping up short of the next rung's bar sits no committee, so nothing would tell the player why no
// promotion comes: the engine reports what the bar still wants, on the half-years they stepped up.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { applyInPlace, createRun, legalMoves, type EngineEvent, type MoveId, type RunState } from '../../src/engine/index';

const content = defaultScenario();

/** One half-year from `state`: the first legal path of `move`, then the event's first option; its reports. */
function halfYear(state: RunState, move: MoveId): EngineEvent[] {
  const events: EngineEvent[] = [];
  const path = legalMoves(state).find((m) => m.move === move);
  if (path === undefined) throw new Error(`no ${move} path from ${state.region}`);
  applyInPlace(content, state, { type: 'move', move, toward: path.toward }, (e) => events.push(e));
  applyInPlace(content, state, { type: 'choose', option: 0 }, (e) => events.push(e));
  return events;
}

describe('stepping up short of the bar', () => {
  it('is told what the bar still wants, in the bar’s order, and sits no committee', () => {
    const state = createRun(content, { seed: 'short-of-the-bar' });
    state.qualities.technical = 0;
    const events = halfYear(state, 'step-up');
    const short = events.filter((e) => e.type === 'promotion-not-yet');
    expect(short).toHaveLength(1);
    expect(short[0]).toMatchObject({ role: 'senior' });
    const missing = (short[0] as Extract<EngineEvent, { type: 'promotion-not-yet' }>).missing;
    expect(missing).toContain('technical');
    expect(missing).toContain('step-ups');
    expect(events.some((e) => e.type === 'promoted' || e.type === 'promotion-denied')).toBe(false);
  });

  it('names only what is lacking: with every quality at its best, the record of stepping up alone', () => {
    const state = createRun(content, { seed: 'short-of-the-bar' });
    for (const q of Object.keys(state.qualities) as (keyof RunState['qualities'])[]) state.qualities[q] = 100;
    const short = halfYear(state, 'step-up').filter((e) => e.type === 'promotion-not-yet');
    expect(short).toEqual([{ type: 'promotion-not-yet', role: 'senior', missing: ['step-ups'] }]);
  });

  it('is not reported on a half-year spent on another move, nor once the bar is met', () => {
    const resting = createRun(content, { seed: 'short-of-the-bar' });
    expect(halfYear(resting, 'opt-out').some((e) => e.type === 'promotion-not-yet')).toBe(false);
    const ready = createRun(content, { seed: 'short-of-the-bar' });
    for (const q of Object.keys(ready.qualities) as (keyof RunState['qualities'])[]) ready.qualities[q] = 100;
    ready.stepUps = 10;
    const events = halfYear(ready, 'step-up');
    expect(events.some((e) => e.type === 'promotion-not-yet')).toBe(false);
    expect(events.some((e) => e.type === 'promoted' || e.type === 'promotion-denied')).toBe(true);
  });
});
