// A scenario is data: where a run starts, what each role pays, every tuning number (each with the
// source it comes from), and the base effects of moves and roles. The engine reads nothing else.
import type { CompanyKind, MoveId, QualityId, RegionId, WorkingRole } from './ids';
import type { Effect, StoryletDef } from './schema';

/** A tuning number and where it comes from (an essay's number and idea, or a published figure). */
export interface Tuned {
  readonly value: number;
  readonly source: string;
}

export const TUNING_KEYS = [
  /** Pay rise per year in the same role, in percent. */
  'annualRaisePercent',
  /** Pay rise on promotion over the current pay, in percent (the new band is the floor). */
  'promotionRaisePercent',
  /** Pay rise a job hop negotiates over current pay, in percent (the new band is the floor). */
  'hopPremiumPercent',
  /** A job hop pays at most this percent of the new role's band at the new company. */
  'hopPayCeilingPercent',
  /** Chance that a job hop lands at big tech, before network counts. */
  'hopBigTechChance',
  /** Extra big-tech chance per point of network. */
  'hopBigTechPerNetwork',
  /** Chance that a job hop lands at a startup. */
  'hopStartupChance',
  /** Chance that a startup hires you one rung up (title inflation). */
  'startupTitleBumpChance',
  /** Chance that big tech hires a staff+ from elsewhere one rung down (title deflation). */
  'bigTechDownlevelChance',
  /** Chance that an application to manage a team succeeds, at influence 50. */
  'managerOpeningChance',
  /** Chance that a swim to the PM archipelago succeeds, at influence 50. */
  'crossingChance',
  /** Chance that the swim back from the archipelago succeeds. */
  'returnCrossingChance',
  /** Extra chance per point of influence above 50 (or less, below) for both of the above. */
  'transitionPerInfluence',
  /** Initiative lost in a half-year without stepping up. */
  'initiativeDecay',
  /** Burnout every half-year recovers by this much on its own. */
  'burnoutRecovery',
  /** The satisfaction a half-year with no yes at the check-in settles toward. */
  'checkInBase',
  /** How much higher that level is for each yes of the four check-in answers. */
  'checkInPerYes',
  /** Fraction of the gap to that level that satisfaction closes each half-year. */
  'checkInPull',
  /** "Do I look forward to work?" needs burnout below this... */
  'checkInBurnoutBelow',
  /** ...and satisfaction at least this. */
  'checkInSatisfactionAtLeast',
  /** "Do I feel connected?" needs this reputation with engineers, or this much outside network. */
  'checkInConnectedRepEngineers',
  'checkInConnectedNetwork',
  /** "Am I making an impact?" needs this influence, or this much initiative under way. */
  'checkInImpactInfluence',
  'checkInImpactInitiative',
  /** No transition (manager opening, crossing) is ever more certain or less likely than these. */
  'transitionFloor',
  'transitionCeiling',
  /** Staff and principals with less influence than this do a job they are not suited to. */
  'staffFitInfluence',
  /** Satisfaction lost each half-year by a staff engineer who does not fit the role. */
  'staffMisfitSatisfaction',
  /** Below this satisfaction, a staff engineer considers leaving. */
  'staffAttritionSatisfaction',
  /** Chance, each such half-year, that they leave for another company. */
  'staffAttritionChance',
  /** Half-years after the staff promotion within which a departure counts as attrition. */
  'staffAttritionWindow',
  /** Percent of initiative that carries into the new role after a promotion. */
  'initiativeKeptOnPromotion',
  /** Percent of initiative a new employer still sees after a job hop. */
  'hopInitiativeKeptPercent',
  /** Percent by which reputations fall back toward a stranger's after a job hop. */
  'hopReputationResetPercent',
  /** After stepping down, or returning to engineering from the coast or the islands, pay is at most this percent of the new role's band. */
  'stepDownPayCeilingPercent',
  /** How much less likely the senior committee is to promote an intermediate known for glue work. */
  'glueCommitteePenalty',
] as const;
export type TuningKey = (typeof TUNING_KEYS)[number];

/** Roles reached by promotion, and what the committee for each asks. */
export type PromotedRole = 'senior' | 'staff' | 'principal' | 'senior-manager' | 'director' | 'senior-pm';

export interface PromotionRule {
  readonly from: WorkingRole;
  /** Half-years of stepping up in the current role before the committee sits. */
  readonly minStepUps: Tuned;
  readonly minInitiative: Tuned;
  readonly minTechnical: Tuned;
  readonly minInfluence: Tuned;
  readonly minRepManagers: Tuned;
  /** Chance the committee says yes in a half-year when every minimum holds. */
  readonly chance: Tuned;
}

export interface ScenarioDef {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Half-years in a run. */
  readonly turns: number;
  readonly start: {
    readonly role: WorkingRole;
    readonly region: RegionId;
    readonly company: CompanyKind;
    readonly satisfaction: number;
    readonly burnout: number;
    readonly qualities: Readonly<Record<QualityId, number>>;
  };
  /** Median annual total compensation by company kind and role, thousands of USD. */
  readonly pay: {
    readonly source: string;
    readonly bands: Readonly<Record<CompanyKind, Readonly<Record<WorkingRole, number>>>>;
  };
  readonly tuning: Readonly<Record<TuningKey, Tuned>>;
  readonly promotions: Readonly<Record<PromotedRole, PromotionRule>>;
  /** What a half-year spent on each move does, before the event. */
  readonly moves: Readonly<Record<MoveId, readonly Effect[]>>;
  /** What a failed crossing of the sea does to the swimmer washed back. */
  readonly washedBack: readonly Effect[];
  /** What each half-year in a role does, at the end of the turn. */
  readonly roles: Readonly<Record<WorkingRole, readonly Effect[]>>;
  /** The storylets of this scenario (by default, the shared library). */
  readonly storylets: readonly StoryletDef[];
}
