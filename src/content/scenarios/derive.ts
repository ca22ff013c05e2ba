// Scenarios after the first are the default with a few numbers changed. These helpers replace
// single tuning numbers and single committee minimums, so every changed number keeps a source of its
// own and everything unchanged keeps the default's.
import type { PromotedRole, PromotionRule, ScenarioDef, Tuned, TuningKey } from '../../engine/scenario';

/** A tuning number and where it comes from. */
export function tuned(value: number, source: string): Tuned {
  return { value, source };
}

/** `base` with the given tuning numbers replaced. */
export function overrideTuning(
  base: ScenarioDef['tuning'],
  changes: Readonly<Partial<Record<TuningKey, Tuned>>>,
): ScenarioDef['tuning'] {
  return { ...base, ...changes };
}

/** What a scenario may change in a promotion rule: any number, never the rung it climbs from. */
export type PromotionChanges = Readonly<Partial<Omit<PromotionRule, 'from'>>>;

/** `base` with the given committee numbers replaced, rung by rung. */
export function overridePromotions(
  base: ScenarioDef['promotions'],
  changes: Readonly<Partial<Record<PromotedRole, PromotionChanges>>>,
): ScenarioDef['promotions'] {
  const result = { ...base };
  for (const role of Object.keys(changes) as PromotedRole[]) result[role] = { ...base[role], ...changes[role] };
  return result;
}
