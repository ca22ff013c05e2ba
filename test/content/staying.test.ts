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
  readonly move: string;
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
    const command = botCommand(content, strategy, state);
    applyInPlace(content, state, command, listen);
    if (state.phase === 'event') applyInPlace(content, state, botCommand(content, strategy, state), listen);
    const move = command.type === 'move' ? command.move : '';
    years.push({ move, said, employerBefore, employerAfter: state.employer, roleBefore, role: state.role, storylet });
  }
  return years;
}

const careers = (['chase-pay', 'balanced', 'random', 'go-manager', 'go-pm'] as const).flatMap((strategy) => Array.from({ length: 150 }, (_, i) => halfYears(strategy, `staying-${strategy}-${i}`)));

describe('what the content says of staying and arriving', () => {
  it('an option or fate that says you stay ends the job hunt and moves no one', () => {
    for (const storylet of content.def.storylets) {
      for (const option of storylet.options) {
        const kinds = (effects: readonly { readonly kind: string }[]): string[] => effects.map((e) => e.kind);
        const fates = option.outcomes ?? [];
        const staysByOption = kinds(option.effects).includes('stay-put');
        if (SAYS_STAYING.test(option.label)) expect({ storylet: storylet.id, option: option.label, stays: staysByOption }).toEqual({ storylet: storylet.id, option: option.label, stays: true });
        for (const fate of fates.filter((f) => SAYS_STAYING.test(f.text))) {
          const own = kinds(fate.effects);
          expect({ fate: fate.text, stays: staysByOption || own.includes('stay-put'), moves: own.includes('change-employer') }).toEqual({ fate: fate.text, stays: true, moves: false });
        }
      }
    }
  });

  it('in a half-year spent chasing pay, an option or fate that says you stay keeps you at your company', () => {
    const staying = careers.flat().filter((y) => y.move === 'chase-pay' && y.said.some((text) => SAYS_STAYING.test(text)));
    expect(staying.length).toBeGreaterThan(30);
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
