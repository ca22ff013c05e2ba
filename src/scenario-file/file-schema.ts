// The scenario file, format 1: a preset to start from, and what changes. Everything but the format,
// the base, the id and the name may be left out, and then stays the base's. An exported file fills
// in every number, so a facilitator edits values rather than looks up names.
import * as v from 'valibot';
import { SCENARIO_IDS } from '../content';
import { TEXT_LIMITS } from '../content/validate';
import { COMPANY_KINDS, MOVES, QUALITIES, ROLES, type WorkingRole } from '../engine/ids';
import type { PromotedRole, PromotionRule, TuningKey } from '../engine/scenario';
import { effectsSchema, idSchema, notAList, objectOf, someFieldsOf, numberIn, storyletSchema, textSchema, weightSchema, wholeNumberIn } from './content-schema';

export const SCENARIO_FILE_FORMAT = 1;
const MAX_NAME_LENGTH = 60;

export const WORKING_ROLES = ROLES.filter((r): r is WorkingRole => r !== 'out');

/** Some of these fields, each holding what `schema` accepts. */
function someOf<const K extends string, S extends v.GenericSchema>(keys: readonly K[], schema: S) {
  const entries = {} as Record<K, S>;
  for (const key of keys) entries[key] = schema;
  return someFieldsOf(entries);
}

const chance = numberIn(0, 1);
const points = numberIn(0, 100);
const percent = numberIn(0, 100);

/** What each tuning number may be: a file outside these ranges is a typo, or a model that breaks. */
const TUNING_RANGES: Readonly<Record<TuningKey, v.GenericSchema<unknown, number>>> = {
  annualRaisePercent: numberIn(-20, 50),
  promotionRaisePercent: numberIn(0, 100),
  hopPremiumPercent: numberIn(0, 100),
  hopPayCeilingPercent: numberIn(50, 300),
  hopBigTechChance: chance,
  hopBigTechPerNetwork: numberIn(0, 0.1),
  hopStartupChance: chance,
  startupTitleBumpChance: chance,
  bigTechDownlevelChance: chance,
  managerOpeningChance: chance,
  crossingChance: chance,
  returnCrossingChance: chance,
  transitionPerInfluence: numberIn(0, 0.1),
  initiativeDecay: points,
  burnoutRecovery: points,
  checkInBase: points,
  checkInPerYes: points,
  checkInPull: chance,
  checkInBurnoutBelow: points,
  checkInSatisfactionAtLeast: points,
  checkInConnectedRepEngineers: points,
  checkInConnectedNetwork: points,
  checkInImpactInfluence: points,
  checkInImpactInitiative: points,
  transitionFloor: chance,
  transitionCeiling: chance,
  staffFitInfluence: points,
  staffMisfitSatisfaction: points,
  staffAttritionSatisfaction: points,
  staffAttritionChance: chance,
  staffAttritionWindow: wholeNumberIn(0, 40),
  initiativeKeptOnPromotion: percent,
  hopInitiativeKeptPercent: percent,
  hopReputationResetPercent: percent,
  stepDownPayCeilingPercent: numberIn(50, 300),
  glueCommitteePenalty: chance,
};

/** The numbers of a promotion rule (the rung it climbs from is the base's). */
export type PromotionNumber = Exclude<keyof PromotionRule, 'from'>;
const PROMOTION_NUMBERS: Readonly<Record<PromotionNumber, v.GenericSchema<unknown, number>>> = {
  minStepUps: wholeNumberIn(0, 40),
  minInitiative: points,
  minTechnical: points,
  minInfluence: points,
  minRepManagers: points,
  chance,
};
export const PROMOTION_NUMBER_KEYS = Object.keys(PROMOTION_NUMBERS) as PromotionNumber[];
const PROMOTED: Readonly<Record<PromotedRole, true>> = { senior: true, staff: true, principal: true, 'senior-manager': true, director: true, 'senior-pm': true };
const PROMOTED_ROLES = Object.keys(PROMOTED) as PromotedRole[];

export const scenarioFileSchema = objectOf({
  format: v.literal(SCENARIO_FILE_FORMAT),
  base: v.picklist(SCENARIO_IDS),
  id: idSchema,
  name: textSchema(MAX_NAME_LENGTH),
  description: v.optional(v.pipe(v.string(), v.maxLength(TEXT_LIMITS.text))),
  turns: v.optional(wholeNumberIn(1, 100)),
  start: v.optional(
    someFieldsOf({ company: v.picklist(COMPANY_KINDS), satisfaction: points, burnout: points, qualities: someOf(QUALITIES, points) }),
  ),
  pay: v.optional(someOf(COMPANY_KINDS, someOf(WORKING_ROLES, numberIn(1, 5000)))),
  tuning: v.optional(someFieldsOf(TUNING_RANGES)),
  promotions: v.optional(someOf(PROMOTED_ROLES, someFieldsOf(PROMOTION_NUMBERS))),
  moves: v.optional(someOf(MOVES, effectsSchema)),
  washedBack: v.optional(effectsSchema),
  roles: v.optional(someOf(WORKING_ROLES, effectsSchema)),
  storylets: v.optional(
    someFieldsOf({
      remove: v.pipe(v.array(idSchema), v.maxLength(500)),
      weights: v.pipe(notAList, v.record(idSchema, weightSchema)),
      replace: v.pipe(v.array(storyletSchema), v.maxLength(500)),
      add: v.pipe(v.array(storyletSchema), v.maxLength(200)),
    }),
  ),
});

export type ScenarioFile = v.InferOutput<typeof scenarioFileSchema>;
export type StoryletChanges = NonNullable<ScenarioFile['storylets']>;
