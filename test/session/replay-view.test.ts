// A replay steps through a run code forward and back, and at every step shows exactly the state the
// live run had after that many commands.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { replay, simulateCareer } from '../../src/engine/index';
import { ReplayView } from '../../src/session/replay-view';

const content = defaultScenario();

describe('a replay', () => {
  it('matches the live run at every step, forward and back', () => {
    const run = simulateCareer(content, 'balanced', 'replay-view', true);
    const view = new ReplayView(content, run.seed, run.commands);
    const at = (n: number) => {
      const r = replay(content, run.seed, run.commands.slice(0, n), true);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    for (let n = 1; n <= run.commands.length; n++) {
      view.forward();
      expect(view.state).toEqual(at(n));
    }
    expect(view.state.outcome).toBe(run.outcome);
    view.back();
    view.back();
    expect(view.progress.at).toBe(run.commands.length - 2);
    expect(view.state).toEqual(at(run.commands.length - 2));
  });

  it('refuses commands that do not replay', () => {
    expect(() => new ReplayView(content, 'x', [{ type: 'choose', option: 0 }])).toThrow(/step 1/);
  });
});
