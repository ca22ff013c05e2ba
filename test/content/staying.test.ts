// Content that says the player stays, or arrives, is true to what the engine then does: an option or
// fate that says you stay keeps you at your company that half-year (a job hunt under way included), and
// the first half-year on the coast or the islands tells of arriving there.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/content/index';
import { applyInPlace, botCommand, createRun, type EngineEvent, type StrategyId } from '../../src/engine/index';

const content = defaultScenario();
const storyletById = new Map(content.def.storylets.map((s) => [s.id, s]));

/** Words by which an option's label or a fate's text says the player stays at the company ("Stay on the panel" does not). */
const SAYS_STAYING = /(^stay(,| the\b)|\byou stay\b|where you (already )?are\b|where you want to be|keep not answering)/i;

interface HalfYear {
  readonly said: readonly string[];
  readonly employerBefore: number;
  readonly employerAfter: number;
  readonly roleBefore: string;
  readonly role: string;
  readonly storylet: string;
}

/** Every half-year of a bot's career, with what its chosen option and fate said. */
function halfYears(strategy: StrategyId, seed: string): HalfYear[] {
  const state = createRun(content, { seed });
  const years: HalfYear[] = [];
  while (state.phase !== 'ended') {
    const [employerBefore, roleBefore] = [state.employer, state.role];
    const said: string[] = [];
    let storylet = '';
    const listen = (e: EngineEvent): void => {
      if (e.type === 'event-drawn') storylet = e.storylet;
      if (e.type === 'option-chosen') said.push(storyletById.get(e.storylet)?.options[e.option]?.label ?? '');
      if (e.type === 'fate') said.push(e.text);
    };
    applyInPlace(content, state, botCommand(content, strategy, state), listen);
    if (state.phase === 'event') applyInPlace(content, state, botCommand(content, strategy, state), listen);
    years.push({ said, employerBefore, employerAfter: state.employer, roleBefore, role: state.role, storylet });
  }
  return years;
}

const careers = (['chase-pay', 'balanced', 'random', 'go-manager', 'go-pm'] as const).flatMap((strategy) => Array.from({ length: 150 }, (_, i) => halfYears(strategy, `staying-${strategy}-${i}`)));

describe('what the content says of staying and arriving', () => {
  it('an option or fate that says you stay keeps you at your company that half-year', () => {
    const staying = careers.flat().filter((y) => y.said.some((text) => SAYS_STAYING.test(text)));
    expect(staying.length).toBeGreaterThan(100);
    for (const y of staying) expect({ said: y.said, employer: y.employerAfter }).toEqual({ said: y.said, employer: y.employerBefore });
  });

  it('the first half-year as a manager on the coast, or a PM on the islands, tells of arriving', () => {
    const arrivals = { manager: 'coast-first-one-on-ones', pm: 'isle-landfall' } as const;
    let told = 0;
    for (const career of careers) {
      const shown = new Set<string>();
      for (const y of career) {
        const arrival = arrivals[y.role as keyof typeof arrivals];
        if (arrival !== undefined && y.roleBefore !== y.role && !shown.has(arrival)) {
          expect(y.storylet).toBe(arrival);
          told++;
        }
        shown.add(y.storylet);
      }
    }
    expect(told).toBeGreaterThan(100);
  });
});
