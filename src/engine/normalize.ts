// Normalised copies of content: every storylet, option, condition and effect gets every field of its
// kind, in one order, so objects of a kind share one hidden class in the JavaScript engine and the hot
// path's property reads stay monomorphic. The data means exactly what the author wrote.
import type { Condition, DelayedDef, Effect, OptionDef, StoryletDef, WeightedOutcomeDef } from './schema';

const NONE: readonly never[] = [];

function normalizeCondition(c: Condition): Condition {
  const full = {
    kind: c.kind,
    in: 'in' in c ? c.in : NONE,
    quality: 'quality' in c ? c.quality : undefined,
    meter: 'meter' in c ? c.meter : undefined,
    flag: 'flag' in c ? c.flag : undefined,
    is: 'is' in c ? c.is : undefined,
    min: 'min' in c ? c.min : undefined,
    max: 'max' in c ? c.max : undefined,
  };
  return full as unknown as Condition;
}

function normalizeEffect(e: Effect): Effect {
  const full = {
    kind: e.kind,
    meter: 'meter' in e ? e.meter : undefined,
    quality: 'quality' in e ? e.quality : undefined,
    flag: 'flag' in e ? e.flag : undefined,
    delta: 'delta' in e ? e.delta : 0,
    percent: 'percent' in e ? e.percent : 0,
    set: 'set' in e ? e.set : false,
    company: 'company' in e ? e.company : undefined,
  };
  return full as unknown as Effect;
}

const normalizeEffects = (effects: readonly Effect[]): readonly Effect[] => effects.map(normalizeEffect);

function normalizeFate(f: WeightedOutcomeDef): WeightedOutcomeDef {
  return { weight: f.weight, text: f.text, effects: normalizeEffects(f.effects) };
}

function normalizeLater(l: DelayedDef): DelayedDef {
  return { afterTurns: l.afterTurns, text: l.text, effects: normalizeEffects(l.effects), followsYou: l.followsYou === true, belongsToRole: l.belongsToRole === true };
}

function normalizeOption(o: OptionDef): OptionDef {
  return {
    label: o.label,
    style: o.style,
    effects: normalizeEffects(o.effects),
    outcomes: o.outcomes ? o.outcomes.map(normalizeFate) : NONE,
    later: o.later ? o.later.map(normalizeLater) : NONE,
  };
}

export function normalizeStorylet(s: StoryletDef): StoryletDef {
  return {
    id: s.id,
    title: s.title,
    text: s.text,
    source: s.source,
    when: s.when.map(normalizeCondition),
    weight: s.weight ?? 1,
    repeatable: s.repeatable ?? false,
    options: s.options.map(normalizeOption),
  };
}
