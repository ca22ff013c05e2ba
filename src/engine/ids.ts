// Canonical ids of GAME.md. Every list is the single source of its union type; renaming an entry
// breaks saved runs and run codes, so entries are only ever appended.

export const REGIONS = ['interdell', 'frontend-range', 'backend-range', 'em-coast', 'pm-archipelago'] as const;
export type RegionId = (typeof REGIONS)[number];

export const ROLES = [
  'intermediate',
  'senior',
  'staff',
  'principal',
  'manager',
  'senior-manager',
  'director',
  'pm',
  'senior-pm',
  'out',
] as const;
export type RoleId = (typeof ROLES)[number];
/** Roles held while still in the industry. */
export type WorkingRole = Exclude<RoleId, 'out'>;

export const MOVES = ['step-up', 'opt-out', 'chase-pay', 'go-manager', 'go-pm', 'go-ic'] as const;
export type MoveId = (typeof MOVES)[number];

export const STRATEGIES = ['step-up', 'opt-out', 'chase-pay', 'go-manager', 'go-pm', 'balanced', 'random'] as const;
export type StrategyId = (typeof STRATEGIES)[number];

export const OUTCOMES = [
  'burnt-out',
  'left-after-staff',
  'walked-away',
  'director',
  'pm-islander',
  'manager',
  'thriving-staff',
  'unhappy-staff',
  'empty-calories',
  'mercenary',
  'greybeard',
  'washed-ashore',
  'senior-for-life',
  'content-intermediate',
] as const;
export type OutcomeId = (typeof OUTCOMES)[number];

export const METERS = ['satisfaction', 'burnout', 'compensation'] as const;
export type MeterId = (typeof METERS)[number];
/** The meters an effect may move by points; compensation moves by percent (see the `pay` effect). */
export type PointMeter = Exclude<MeterId, 'compensation'>;

export const QUALITIES = ['technical', 'influence', 'repEngineers', 'repManagers', 'network', 'initiative', 'glue'] as const;
export type QualityId = (typeof QUALITIES)[number];

export const COMPANY_KINDS = ['startup', 'mid-size', 'big-tech'] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

export const TRACKS = ['frontend', 'backend'] as const;
export type Track = (typeof TRACKS)[number];

/** The five essays in shared/seeds, by their number. */
export const SOURCES = ['000', '001', '002', '003', '004'] as const;
export type SourceId = (typeof SOURCES)[number];

/** Flags the engine itself sets or reads. Content may add story flags of the form `story:<name>`. */
export const ENGINE_FLAGS = [
  'cant-go-back',
  'crossing-failed',
  'glue-before-senior',
  'reached-senior',
  'reached-staff',
  'left-after-staff',
  'promotion-denied',
] as const;
export type EngineFlag = (typeof ENGINE_FLAGS)[number];
export type StoryFlag = `story:${string}`;
export type FlagId = EngineFlag | StoryFlag;

/**
 * What an option is, in one word: bots choose by it, and the model's claims are measured by it.
 * technical: hard engineering work; glue: the organisational work that holds a team together;
 * impress: speed and visibility for managers and PMs; steady: doing the job well, no more;
 * pay: money first; people: managing and growing others; product: users, customers, roadmap;
 * rest: stepping back to recover.
 */
export const OPTION_STYLES = ['technical', 'glue', 'impress', 'steady', 'pay', 'people', 'product', 'rest'] as const;
export type OptionStyle = (typeof OPTION_STYLES)[number];

/**
 * Where `value` is in `list`, or -1: a plain loop, which JavaScript engines inline where a call to
 * indexOf() stays a call (the engine asks this many times every half-year).
 */
export function indexIn(list: readonly string[], value: string): number {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return i;
  return -1;
}

/** Whether `value` is in `list` (see indexIn). */
export function contains(list: readonly string[], value: string): boolean {
  return indexIn(list, value) !== -1;
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
