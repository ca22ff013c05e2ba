// Compiling turns a scenario and the shared library into what the engine reads on its hot path:
// plain tuning numbers, and for each role the storylets it may draw, most specific first.
import { MOVES, OPTION_STYLES, type MoveId, type OutcomeId, type RoleId } from './ids';
import { compileEligibility, type Eligibility } from './eligibility';
import { compileEffects, type EffectList } from './effects';
import { optionCause, type Cause } from './ledger';
import { normalizeStorylet } from './normalize';
import { compileOutcomeRules, type OutcomeRule } from './outcome';
import type { OptionDef, OutcomeDef, RegionDef, StoryletDef } from './schema';
import type { CheckIn } from './state';
import { TUNING_KEYS, type ScenarioDef, type TuningKey } from './scenario';
import { fnv1a } from './hash';
import { compileRoleRules, type RoleRules } from './role-rules';

/** Names and outcome rules shared by every scenario. */
export interface Library {
  readonly regions: readonly RegionDef[];
  readonly roleNames: Readonly<Record<RoleId, string>>;
  /** How a move reads in a debrief line: "Chasing pay". */
  readonly moveNames: Readonly<Record<MoveId, string>>;
  /** How a check-in question answered no reads in a debrief line: "not learning". */
  readonly checkInMisses: Readonly<Record<keyof CheckIn, string>>;
  readonly outcomes: readonly OutcomeDef[];
}

/** A region's name as the player reads it on the map (its id, for a region the library lacks). */
export function regionName(library: Library, region: string): string {
  return library.regions.find((r) => r.id === region)?.name ?? region;
}

/** An option as the hot path reads it: its effects compiled, its cause and style made once. */
export interface CompiledOption {
  readonly cause: Cause;
  /** Its style's index in OPTION_STYLES. */
  readonly style: number;
  readonly effects: EffectList;
  /** The weights of its possible fates, in order, and what each does. */
  readonly fateWeights: readonly number[];
  readonly fates: readonly EffectList[];
  /** What each of its delayed consequences does when it lands, and how many half-years after the choice. */
  readonly later: readonly EffectList[];
  readonly laterTurns: readonly number[];
  /** Whether each follows the player out of the job it was chosen in (see delayed.ts). */
  readonly laterFollowsYou: readonly boolean[];
  /** Whether each is left behind by a change of role at the same job (see delayed.ts). */
  readonly laterBelongsToRole: readonly boolean[];
}

export interface CompiledScenario {
  readonly def: ScenarioDef;
  readonly library: Library;
  readonly tuning: Readonly<Record<TuningKey, number>>;
  /** The scenario's storylets, normalised (see normalize.ts). */
  readonly storylets: readonly StoryletDef[];
  /** The scenario's move effects, compiled, by the move's index in MOVES. */
  readonly moveEffects: readonly EffectList[];
  /** The scenario's crossing effects, compiled. */
  readonly washedBack: EffectList;
  /** What each role does and may draw (see role-rules.ts). */
  readonly roles: Readonly<Record<RoleId, RoleRules>>;
  /** Each storylet's conditions other than role and move (which the role rules' lists already applied), compiled. */
  readonly eligibility: Eligibility;
  /** Each storylet's options, compiled. */
  readonly options: readonly (readonly CompiledOption[])[];
  readonly storyletIndex: ReadonlyMap<string, number>;
  readonly outcomes: ReadonlyMap<OutcomeId, OutcomeDef>;
  /** The library's outcome rules, in order, compiled against this scenario. */
  readonly outcomeRules: readonly OutcomeRule[];
  /** Hash of the scenario's data: two scenarios with one id but different data never mix. */
  readonly hash: string;
}

function compileOption(storylet: StoryletDef, option: OptionDef, index: number): CompiledOption {
  const fates = option.outcomes ?? [];
  const later = option.later ?? [];
  return {
    cause: optionCause(storylet.id, index),
    style: OPTION_STYLES.indexOf(option.style),
    effects: compileEffects(option.effects),
    fateWeights: fates.map((f) => f.weight),
    fates: fates.map((f) => compileEffects(f.effects)),
    later: later.map((l) => compileEffects(l.effects)),
    laterTurns: later.map((l) => l.afterTurns),
    laterFollowsYou: later.map((l) => l.followsYou === true),
    laterBelongsToRole: later.map((l) => l.belongsToRole === true),
  };
}

const compiled = new WeakMap<ScenarioDef, CompiledScenario>();

export function compileScenario(def: ScenarioDef, library: Library): CompiledScenario {
  const cached = compiled.get(def);
  if (cached && cached.library === library) return cached;
  const storylets = def.storylets.map(normalizeStorylet);
  const eligibility = compileEligibility(storylets);
  const tuning = {} as Record<TuningKey, number>;
  for (const key of TUNING_KEYS) tuning[key] = def.tuning[key].value;
  const result: CompiledScenario = {
    def,
    library,
    tuning,
    storylets,
    moveEffects: MOVES.map((move) => compileEffects(def.moves[move])),
    washedBack: compileEffects(def.washedBack),
    roles: compileRoleRules(def, storylets, eligibility),
    eligibility,
    options: storylets.map((s) => s.options.map((o, i) => compileOption(s, o, i))),
    storyletIndex: new Map(storylets.map((s, i) => [s.id, i])),
    outcomes: new Map(library.outcomes.map((o) => [o.id, o])),
    outcomeRules: compileOutcomeRules(def, library.outcomes),
    hash: fnv1a(JSON.stringify(def)),
  };
  compiled.set(def, result);
  return result;
}
