// Leaving the IC ranges and coming back (seeds 002, 004): a player who once washed back from the sea
// but crossed later is not "washed ashore", and a manager or PM comes back to the IC rung they had
// earned, never to a senior title they never held.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { applyInPlace, botCommand, compileScenario, createRun, type EngineEvent, type RoleId, type StrategyId } from '../../src/engine/index';
import { IC_ROLES, MANAGER_ROLES, PM_ROLES } from '../../src/engine/ladder';

const content = defaultScenario();
const AWAY: readonly RoleId[] = [...MANAGER_ROLES, ...PM_ROLES];
const SENIOR_OR_ABOVE: readonly RoleId[] = ['senior', 'staff', 'principal'];

interface Played {
  readonly outcome: string | null;
  /** The roles held after each command, in order, and whether the command washed the player back. */
  readonly steps: readonly Step[];
}

/** A command's aftermath: the role held, whether the player washed back, the pay, and its band's ceiling after a step down or a return. */
interface Step {
  readonly role: RoleId;
  readonly washedBack: boolean;
  readonly pay: number;
  readonly ceiling: number;
}

function play(strategy: StrategyId, seed: string): Played {
  const state = createRun(content, { seed, record: false });
  const steps: Step[] = [];
  while (state.phase !== 'ended') {
    let washedBack = false;
    applyInPlace(content, state, botCommand(content, strategy, state), (e: EngineEvent) => (washedBack ||= e.type === 'crossing-failed'));
    const band = state.role === 'out' ? 0 : content.def.pay.bands[state.company][state.role];
    steps.push({ role: state.role, washedBack, pay: state.compensation, ceiling: (band * content.tuning.stepDownPayCeilingPercent) / 100 });
  }
  return { outcome: state.outcome, steps };
}

describe('crossing the sea and coming back', () => {
  const runs = (['go-pm', 'random', 'balanced'] as const).flatMap((strategy) => Array.from({ length: 300 }, (_, i) => play(strategy, `crossings-${strategy}-${i}`)));

  it('calls a run washed ashore only when no crossing succeeded after the last failed one', () => {
    let washedAshore = 0;
    let crossedAfterFailing = 0;
    for (const { outcome, steps } of runs) {
      const lastFailure = steps.map((s) => s.washedBack).lastIndexOf(true);
      const crossedSince = lastFailure >= 0 && steps.slice(lastFailure + 1).some((s) => PM_ROLES.includes(s.role));
      if (crossedSince) crossedAfterFailing++;
      if (outcome === 'washed-ashore') {
        washedAshore++;
        expect(crossedSince).toBe(false);
      }
    }
    // Both cases occur in these runs, so the check above has something to check.
    expect(washedAshore).toBeGreaterThan(0);
    expect(crossedAfterFailing).toBeGreaterThan(0);
  });

  it('brings a manager or PM back to senior only if they had been senior before', () => {
    let returns = 0;
    for (const { steps } of runs) {
      steps.forEach((step, i) => {
        const before = steps[i - 1]?.role ?? 'intermediate';
        if (!AWAY.includes(before) || !IC_ROLES.includes(step.role) || before === 'senior-manager' || before === 'director') return;
        returns++;
        const wasSenior = steps.slice(0, i).some((s) => SENIOR_OR_ABOVE.includes(s.role));
        expect(step.role).toBe(wasSenior ? 'senior' : 'intermediate');
      });
    }
    expect(returns).toBeGreaterThan(20);
  });

  it("pays a manager or PM who comes back as the rung returned to: the rest of the coast's or the islands' pay stays behind", () => {
    let capped = 0;
    for (const { steps } of runs) {
      steps.forEach((step, i) => {
        const before = steps[i - 1];
        if (!before || !AWAY.includes(before.role) || !IC_ROLES.includes(step.role)) return;
        // Seen right after the move that came back, before the half-year's raise.
        expect(step.pay).toBeLessThanOrEqual(Math.max(Math.round(step.ceiling), before.pay));
        if (before.pay > step.ceiling) {
          capped++;
          expect(step.pay).toBe(Math.round(step.ceiling));
        }
      });
    }
    expect(capped).toBeGreaterThan(10);
  });
});

describe('turned back by the currents', () => {
  /** The crossing-failed reports of a PM who tries to swim back toward `toward`, in a scenario where every return fails. */
  function failedReturn(reachedSenior: boolean, toward: 'frontend-range' | 'backend-range'): EngineEvent[] {
    const tuning = { ...content.def.tuning, returnCrossingChance: { value: 0, source: 'test' }, transitionFloor: { value: 0, source: 'test' } };
    const stormy = compileScenario({ ...content.def, id: 'stormy', tuning }, content.library);
    const state = { ...createRun(stormy, { seed: 'stormy' }), role: 'pm' as const, region: 'pm-archipelago' as const, flags: reachedSenior ? ['reached-senior' as const] : [] };
    const events: EngineEvent[] = [];
    applyInPlace(stormy, state, { type: 'move', move: 'go-ic', toward }, (e) => events.push(e));
    return events.filter((e) => e.type === 'crossing-failed');
  }

  it('names where a return to IC would have landed: the valley for an intermediate, the range for a senior', () => {
    expect(failedReturn(false, 'frontend-range')).toEqual([{ type: 'crossing-failed', from: 'pm-archipelago', toward: 'interdell' }]);
    expect(failedReturn(true, 'frontend-range')).toEqual([{ type: 'crossing-failed', from: 'pm-archipelago', toward: 'frontend-range' }]);
    expect(failedReturn(true, 'backend-range')).toEqual([{ type: 'crossing-failed', from: 'pm-archipelago', toward: 'backend-range' }]);
  });
});
