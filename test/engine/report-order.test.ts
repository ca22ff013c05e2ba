// A half-year's reports come in the order a player should read them: the story of how a choice turned
// out before what it did, so the offer is told before "You join …".
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { applyInPlace, createRun, type EngineEvent, type RunState } from '../../src/engine/index';

const content = defaultScenario();

describe('the reports of a choice', () => {
  it('tell a fate’s story before the new job it brings', () => {
    const event = content.storyletIndex.get('valley-title-inflation') as number;
    const option = (content.def.storylets[event]?.options ?? []).findIndex((o) => o.label.startsWith('Hold out for a public company'));
    expect(option).toBeGreaterThanOrEqual(0);
    let joined = 0;
    for (let i = 0; i < 40; i++) {
      const state: RunState = { ...createRun(content, { seed: `offer-${i}` }), phase: 'event', event, company: 'startup' };
      const events: EngineEvent[] = [];
      applyInPlace(content, state, { type: 'choose', option }, (e) => events.push(e));
      const types = events.map((e) => e.type);
      if (!types.includes('employer-changed')) continue;
      joined++;
      expect(types.indexOf('fate')).toBeGreaterThanOrEqual(0);
      expect(types.indexOf('fate')).toBeLessThan(types.indexOf('employer-changed'));
    }
    expect(joined).toBeGreaterThan(0);
  });
});
