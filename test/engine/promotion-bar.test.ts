// Stepping up short of the next rung's bar sits no committee, so nothing would tell the player why no
// promotion comes: the engine reports what the bar still wants, on the half-years they stepped up.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { applyInPlace, compileScenario, createRun, legalMoves, type EngineEvent, type MoveId, type PromotionNeed, type RunState } from '../../src/engine/index';
import { PROMOTION_NEEDS, type PromotionBar } from '../../src/engine/role-rules';
import { meetsBar, shortOfBar } from '../../src/engine/turn-end';
import { StepContext } from '../../src/engine/context';
import { applyEffects, compileEffects } from '../../src/engine/effects';
import fc from 'fast-check';

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
    const state: RunState = { ...createRun(content, { seed: 'short-of-the-bar' }), turnsInRole: 2 };
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
    const state: RunState = { ...createRun(content, { seed: 'short-of-the-bar' }), turnsInRole: 2 };
    for (const q of Object.keys(state.qualities) as (keyof RunState['qualities'])[]) state.qualities[q] = 100;
    const short = halfYear(state, 'step-up').filter((e) => e.type === 'promotion-not-yet');
    expect(short).toEqual([{ type: 'promotion-not-yet', role: 'senior', missing: ['step-ups'], again: false }]);
  });

  it('says when the player had stepped up in the role before, and fell short then too', () => {
    const state: RunState = { ...createRun(content, { seed: 'short-of-the-bar' }), turnsInRole: 2 };
    state.qualities.technical = 0;
    const first = halfYear(state, 'step-up').filter((e) => e.type === 'promotion-not-yet');
    const second = halfYear(state, 'step-up').filter((e) => e.type === 'promotion-not-yet');
    expect(first).toMatchObject([{ again: false }]);
    expect(second).toMatchObject([{ role: 'senior', again: true }]);
  });

  it('names each need alone when it alone is short, whichever it is', () => {
    const bar = content.roles.staff.promotion;
    if (bar === null) throw new Error('staff has no rung above it in the default scenario');
    // Each of the staff bar's needs, at nothing: a half-year's own changes never make up the bar from there.
    const lower: Record<PromotionNeed, (s: RunState) => void> = {
      'step-ups': (s) => (s.stepUps = 0),
      initiative: (s) => (s.qualities.initiative = 0),
      technical: (s) => (s.qualities.technical = 0),
      influence: (s) => (s.qualities.influence = 0),
      'rep-managers': (s) => (s.qualities.repManagers = 0),
    };
    for (const need of PROMOTION_NEEDS) {
      const state: RunState = { ...createRun(content, { seed: `one-need-${need}` }), role: 'staff', region: 'frontend-range', track: 'frontend', stepUps: 20, turnsInRole: 2 };
      for (const q of Object.keys(state.qualities) as (keyof RunState['qualities'])[]) state.qualities[q] = 100;
      lower[need](state);
      const short = halfYear(state, 'step-up').filter((e) => e.type === 'promotion-not-yet');
      expect(short).toEqual([{ type: 'promotion-not-yet', role: bar.role, missing: [need], again: need !== 'step-ups' }]);
    }
  });

  it('is not reported in a half-year that began the role or the job, whose record starts afresh', () => {
    const state = createRun(content, { seed: 'short-of-the-bar' });
    state.qualities.technical = 0;
    // As after a promotion or a hop: the half-year's step up was made for the job left behind.
    state.turnsInRole = 0;
    const events: EngineEvent[] = [];
    const path = legalMoves(state).find((m) => m.move === 'step-up');
    if (path === undefined) throw new Error('no step-up path');
    applyInPlace(content, state, { type: 'move', move: 'step-up', toward: path.toward });
    state.turnsInRole = 0;
    applyInPlace(content, state, { type: 'choose', option: 0 }, (e) => events.push(e));
    expect(events.some((e) => e.type === 'promotion-not-yet')).toBe(false);
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

describe('the bar, tested two ways', () => {
  it('is met exactly when nothing is short of it, for any state and bar', () => {
    const level = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.tuple(level, level, level, level, level), fc.tuple(level, level, level, level, level), ([stepUps, initiative, technical, influence, repManagers], mins) => {
        const state: RunState = { ...createRun(content, { seed: 'bar' }), stepUps };
        Object.assign(state.qualities, { initiative, technical, influence, repManagers });
        const [minStepUps, minInitiative, minTechnical, minInfluence, minRepManagers] = mins;
        const bar: PromotionBar = { role: 'senior', minStepUps, minInitiative, minTechnical, minInfluence, minRepManagers, chance: 1 };
        expect(meetsBar(state, bar)).toBe(shortOfBar(state, bar) === 0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a committee that says no', () => {
  it('says so, and says "again" when the last committee to sit had said no too', () => {
    const senior = content.def.promotions.senior;
    const promotions = { ...content.def.promotions, senior: { ...senior, chance: { value: 0, source: 'test' } } };
    const stingy = compileScenario({ ...content.def, id: 'stingy', promotions }, content.library);
    const state: RunState = { ...createRun(stingy, { seed: 'stingy' }), turnsInRole: 2, stepUps: 10 };
    for (const q of Object.keys(state.qualities) as (keyof RunState['qualities'])[]) state.qualities[q] = 100;
    const denials = (): EngineEvent[] => {
      const events: EngineEvent[] = [];
      const path = legalMoves(state).find((m) => m.move === 'opt-out');
      if (path === undefined) throw new Error('no opt-out path');
      applyInPlace(stingy, state, { type: 'move', move: 'opt-out', toward: path.toward }, (e) => events.push(e));
      applyInPlace(stingy, state, { type: 'choose', option: 0 }, (e) => events.push(e));
      return events.filter((e) => e.type === 'promotion-denied');
    };
    expect(denials()).toEqual([{ type: 'promotion-denied', role: 'senior', again: false }]);
    expect(denials()).toEqual([{ type: 'promotion-denied', role: 'senior', again: true }]);
    // Another company's committee has not said no before.
    applyEffects(new StepContext(state, stingy, null), compileEffects([{ kind: 'change-employer', company: 'mid-size' }]), 'crossing');
    state.stepUps = 10;
    for (const q of Object.keys(state.qualities) as (keyof RunState['qualities'])[]) state.qualities[q] = 100;
    expect(denials()).toEqual([{ type: 'promotion-denied', role: 'senior', again: false }]);
  });
});
