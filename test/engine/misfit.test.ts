// Seed 003's Peter principle: a half-year as staff or principal without the influence the role asks
// for costs satisfaction, and the engine says so, so the player sees why.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { applyInPlace, botCommand, createRun, type EngineEvent, type RunState } from '../../src/engine/index';
import { resolveOutcome } from '../../src/engine/outcome';

const content = defaultScenario();

/** A staff engineer on the frontend range with `influence`, who plays one half-year; its reports. */
function staffHalfYear(influence: number, seed: string): EngineEvent[] {
  const state: RunState = { ...createRun(content, { seed }), role: 'staff', region: 'frontend-range', track: 'frontend' };
  state.qualities.influence = influence;
  const events: EngineEvent[] = [];
  const turn = state.turn;
  while (state.phase !== 'ended' && state.turn === turn) applyInPlace(content, state, botCommand(content, 'opt-out', state), (e) => events.push(e));
  return events;
}

describe('a staff role without the influence for it', () => {
  it('is reported every half-year it costs satisfaction, and never when the influence is there', () => {
    const fit = content.tuning.staffFitInfluence;
    for (let i = 0; i < 30; i++) {
      expect(staffHalfYear(0, `misfit-${i}`).filter((e) => e.type === 'misfit')).toEqual([{ type: 'misfit', role: 'staff' }]);
      expect(staffHalfYear(Math.min(100, fit + 15), `fit-${i}`).some((e) => e.type === 'misfit')).toBe(false);
    }
  });
});

describe('how a staff career ends', () => {
  /** A staff engineer whose run has just ended at the turn limit, with `influence` and satisfaction 90. */
  function endedStaff(influence: number): RunState {
    const state: RunState = { ...createRun(content, { seed: 'staff-end' }), role: 'staff', region: 'frontend-range', track: 'frontend', satisfaction: 90 };
    state.qualities.influence = influence;
    return { ...state, phase: 'ended', endReason: 'turn-limit' };
  }

  it('is not "thriving" without the influence the role asks for, however satisfied (seed 003)', () => {
    const fit = content.tuning.staffFitInfluence;
    expect(resolveOutcome(content, endedStaff(fit - 1))).toBe('unhappy-staff');
    expect(resolveOutcome(content, endedStaff(fit))).toBe('thriving-staff');
  });

  it('tells of the notice before the new employer when unhappy staff leave', () => {
    let told = 0;
    for (let i = 0; i < 2000 && told < 5; i++) {
      const state = createRun(content, { seed: `attrition-${i}` });
      const events: EngineEvent[] = [];
      while (state.phase !== 'ended') applyInPlace(content, state, botCommand(content, 'step-up', state), (e) => events.push(e));
      const left = events.findIndex((e) => e.type === 'left-staff-role');
      if (left < 0) continue;
      told += 1;
      expect(events[left + 1]?.type).toBe('employer-changed');
    }
    expect(told).toBe(5);
  });
});
