// Content validation: the shipped scenario is clean, and each kind of authoring mistake in a copy of
// it is reported once, naming where it is.
import { describe, expect, it } from 'vitest';
import { LIBRARY } from '../../src/content/index';
import { DEFAULT_SCENARIO } from '../../src/content/scenarios/default';
import { TEXT_LIMITS, validateScenario } from '../../src/content/validate';
import type { Library } from '../../src/engine/compile';
import { ROLES, type RoleId } from '../../src/engine/ids';
import { TUNING_KEYS, type ScenarioDef } from '../../src/engine/scenario';
import type { StoryletDef } from '../../src/engine/schema';

/** The same type with every readonly removed, all the way down: for mutating a copy in a test. */
type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type MutableScenario = Mutable<ScenarioDef>;
type MutableStorylet = Mutable<StoryletDef>;

/** Problems reported for a deep copy of the default scenario after `change` has been made to it. */
function problemsAfter(change: (def: MutableScenario) => void, library: Library = LIBRARY): string[] {
  const copy = structuredClone(DEFAULT_SCENARIO) as MutableScenario;
  change(copy);
  return validateScenario(copy as ScenarioDef, library);
}

function isFallback(s: StoryletDef): boolean {
  return s.repeatable === true && s.when.length === 1 && s.when[0]?.kind === 'role';
}

/** A storylet that is not a role's fallback and whose options set no flags: safe to break in one way. */
function ordinaryIndex(def: MutableScenario): number {
  const i = def.storylets.findIndex(
    (s) =>
      !isFallback(s as StoryletDef) &&
      s.when.some((c) => c.kind === 'role') &&
      s.options.every((o) => !o.outcomes && !o.later && o.effects.every((e) => e.kind !== 'flag')),
  );
  if (i < 0) throw new Error('the default scenario has no ordinary storylet to mutate');
  return i;
}

function ordinary(def: MutableScenario): MutableStorylet {
  return def.storylets[ordinaryIndex(def)] as MutableStorylet;
}

describe('the default scenario', () => {
  it('validates with no problems', () => {
    expect(validateScenario(DEFAULT_SCENARIO, LIBRARY)).toEqual([]);
  });

  it('a deep copy of it also validates with no problems (the mutations below start clean)', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });
});

describe('mutated copies', () => {
  it('a storylet id used twice is reported naming the id', () => {
    let id = '';
    const problems = problemsAfter((def) => {
      const twin = structuredClone(ordinary(def));
      id = twin.id;
      def.storylets.push(twin);
    });
    expect(problems).toEqual([`storylet ${id}: the id is used twice`]);
  });

  it('an overlong storylet text is reported naming the storylet, its length and the limit', () => {
    let id = '';
    const problems = problemsAfter((def) => {
      const s = ordinary(def);
      id = s.id;
      s.text = 'x'.repeat(TEXT_LIMITS.text + 1);
    });
    expect(problems).toEqual([`storylet ${id}.text: ${TEXT_LIMITS.text + 1} characters, more than ${TEXT_LIMITS.text}`]);
  });

  it('an overlong title and an overlong option label are reported at their places', () => {
    let id = '';
    const problems = problemsAfter((def) => {
      const s = ordinary(def);
      id = s.id;
      s.title = 't'.repeat(TEXT_LIMITS.title + 1);
      (s.options[1] as (typeof s.options)[number]).label = 'l'.repeat(TEXT_LIMITS.label + 5);
    });
    expect(problems).toEqual([
      `storylet ${id}.title: ${TEXT_LIMITS.title + 1} characters, more than ${TEXT_LIMITS.title}`,
      `storylet ${id}.options[1].label: ${TEXT_LIMITS.label + 5} characters, more than ${TEXT_LIMITS.label}`,
    ]);
  });

  it('a storylet text of only spaces is reported as empty', () => {
    let id = '';
    const problems = problemsAfter((def) => {
      const s = ordinary(def);
      id = s.id;
      s.text = '   ';
    });
    expect(problems).toEqual([`storylet ${id}.text: is empty`]);
  });

  it('an option with no effects is reported naming the storylet and the option', () => {
    let id = '';
    const problems = problemsAfter((def) => {
      const s = ordinary(def);
      id = s.id;
      (s.options[0] as (typeof s.options)[number]).effects = [];
    });
    expect(problems).toEqual([`storylet ${id}.options[0]: has no effect`]);
  });

  it('an option whose only effects sit in weighted outcomes that do nothing is reported as having no effect', () => {
    let id = '';
    const problems = problemsAfter((def) => {
      const s = ordinary(def);
      id = s.id;
      const option = s.options[1] as (typeof s.options)[number];
      option.effects = [];
      option.outcomes = [{ weight: 1, text: 'Nothing happens.', effects: [] }];
    });
    expect(problems).toEqual([`storylet ${id}.options[1]: has no effect`]);
  });

  it('a story flag set before the change of employer it goes with is reported, once, whichever fate holds the change', () => {
    let id = '';
    const problems = problemsAfter((def) => {
      const s = def.storylets.find((st) => st.id === 'valley-title-inflation') as MutableStorylet;
      id = s.id;
      const sign = s.options[0] as (typeof s.options)[number];
      sign.effects = [{ kind: 'flag', flag: 'story:inflated-title', set: true }, { kind: 'meter', meter: 'satisfaction', delta: 5 }];
      sign.outcomes = [
        { weight: 1, text: 'They take you.', effects: [{ kind: 'change-employer', company: 'startup' }] },
        { weight: 1, text: 'The other one takes you.', effects: [{ kind: 'change-employer', company: 'mid-size' }] },
      ];
    });
    expect(problems).toEqual([`storylet ${id}.options[0]: sets story:inflated-title before changing employer, which leaves story flags behind; set it after the change`]);
  });

  it('a story flag set after the change of employer it goes with is fine', () => {
    const problems = problemsAfter((def) => {
      const s = def.storylets.find((st) => st.id === 'valley-title-inflation') as MutableStorylet;
      const sign = s.options[0] as (typeof s.options)[number];
      sign.effects = [{ kind: 'meter', meter: 'satisfaction', delta: 5 }];
      sign.outcomes = [{ weight: 1, text: 'They take you.', effects: [{ kind: 'change-employer', company: 'startup' }, { kind: 'flag', flag: 'story:inflated-title', set: true }] }];
    });
    expect(problems).toEqual([]);
  });

  it('an unknown role in a condition is reported naming the storylet, the condition and the role', () => {
    let where = '';
    const problems = problemsAfter((def) => {
      const s = ordinary(def);
      const i = s.when.findIndex((c) => c.kind === 'role');
      const condition = s.when[i] as { kind: 'role'; in: RoleId[] };
      condition.in = [...condition.in, 'ceo' as RoleId];
      where = `storylet ${s.id}.when[${i}]`;
    });
    expect(problems).toEqual([`${where}: unknown role "ceo"`]);
  });

  it('a story flag read by a storylet but set by none is reported naming the flag', () => {
    const problems = problemsAfter((def) => {
      ordinary(def).when.push({ kind: 'flag', flag: 'story:never-set', is: true });
    });
    expect(problems).toEqual(['flag story:never-set: read by a storylet but set by none']);
  });

  it('a story flag whose only setters are removed is reported as read but never set', () => {
    const problems = problemsAfter((def) => {
      for (const s of def.storylets)
        for (const o of s.options) o.effects = o.effects.filter((e) => !(e.kind === 'flag' && e.flag === 'story:inflated-title' && e.set));
    });
    expect(problems).toContain('flag story:inflated-title: read by a storylet but set by none');
  });

  it('a flag that is neither an engine flag nor story:<name> is reported naming the place', () => {
    let where = '';
    const problems = problemsAfter((def) => {
      const s = ordinary(def);
      const effects = (s.options[0] as (typeof s.options)[number]).effects;
      effects.push({ kind: 'flag', flag: 'secret' as 'story:x', set: true });
      where = `storylet ${s.id}.options[0].effects[${effects.length - 1}]`;
    });
    expect(problems).toEqual([`${where}: unknown flag "secret"`]);
  });

  it.each(ROLES.filter((r) => r !== 'out'))('a scenario with no fallback storylet for %s is reported naming the role', (role) => {
    const problems = problemsAfter((def) => {
      for (const s of def.storylets) if (isFallback(s as StoryletDef) && (s.when[0] as { in: RoleId[] }).in.includes(role)) s.repeatable = false;
    });
    expect(problems).toContain(`role ${role}: no repeatable storylet whose only condition is the role (a half-year with nothing else to draw needs one: keep the base scenario's, or add one)`);
  });

  it('a fallback that gains a second condition no longer counts as the fallback', () => {
    const problems = problemsAfter((def) => {
      const fallbacks = def.storylets.filter((s) => isFallback(s as StoryletDef) && (s.when[0] as { in: RoleId[] }).in.includes('intermediate')) as MutableStorylet[];
      for (const fallback of fallbacks) fallback.when.push({ kind: 'turn', min: 0 });
    });
    expect(problems).toEqual(['role intermediate: no repeatable storylet whose only condition is the role (a half-year with nothing else to draw needs one: keep the base scenario\'s, or add one)']);
  });

  it.each(TUNING_KEYS)('a missing tuning number %s is reported naming the key', (key) => {
    const problems = problemsAfter((def) => {
      delete (def.tuning as Partial<MutableScenario['tuning']>)[key];
    });
    expect(problems).toEqual([`tuning.${key}: missing or not a number`]);
  });

  it('a tuning number that is NaN, or has no source, is reported naming the key', () => {
    expect(problemsAfter((def) => void (def.tuning.crossingChance.value = Number.NaN))).toEqual(['tuning.crossingChance: missing or not a number']);
    expect(problemsAfter((def) => void (def.tuning.hopPremiumPercent.source = ' '))).toEqual(['tuning.hopPremiumPercent: has no source']);
  });

  it('a pay band of zero is reported naming the company and role', () => {
    expect(problemsAfter((def) => void (def.pay.bands.startup.staff = 0))).toEqual(['pay.bands.startup.staff: must be above 0']);
  });

  it('a run length outside 1 to 100 half-years is reported', () => {
    expect(problemsAfter((def) => void (def.turns = 0))).toEqual(['turns: must be a whole number from 1 to 100']);
    expect(problemsAfter((def) => void (def.turns = 10.5))).toEqual(['turns: must be a whole number from 1 to 100']);
  });

  it('a storylet with one option, or with five, is reported with its count', () => {
    let id = '';
    const one = problemsAfter((def) => {
      const s = ordinary(def);
      id = s.id;
      s.options = s.options.slice(0, 1);
    });
    expect(one).toEqual([`storylet ${id}: has 1 options, not 2 to 4`]);
  });

  it('a delayed effect landing more than 8 half-years later is reported at its place', () => {
    let where = '';
    const problems = problemsAfter((def) => {
      const s = ordinary(def);
      where = `storylet ${s.id}.options[0].later[0]`;
      (s.options[0] as (typeof s.options)[number]).later = [{ afterTurns: 9, text: 'Later.', effects: [{ kind: 'meter', meter: 'burnout', delta: 1 }] }];
    });
    expect(problems).toEqual([`${where}: afterTurns must be 1 to 8`]);
  });

  it('a condition whose min is above its max is reported at its place', () => {
    let where = '';
    const problems = problemsAfter((def) => {
      const s = ordinary(def);
      where = `storylet ${s.id}.when[${s.when.length}]`;
      s.when.push({ kind: 'turn', min: 6, max: 2 });
    });
    expect(problems).toEqual([`${where}: min is above max`]);
  });

  it('a library that lists the outcomes out of order is reported', () => {
    const reordered: Library = { ...LIBRARY, outcomes: [...LIBRARY.outcomes].reverse() };
    const problems = problemsAfter(() => {}, reordered);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^outcomes: must list burnt-out, .* in that order$/);
  });
});
