// Compiling turns a scenario and the shared library into what the engine reads on its hot path:
// plain tuning numbers, and for each role the storylets it may draw, most specific first.
import { MOVES, ROLES, type MoveId, type OutcomeId, type RoleId, type WorkingRole } from './ids';
import { normalizeEffects, normalizeStorylet } from './normalize';
import type { Condition, Effect, OutcomeDef, RegionDef, StoryletDef } from './schema';
import { TUNING_KEYS, type ScenarioDef, type TuningKey } from './scenario';
import { fnv1a } from './hash';

/** Names and outcome rules shared by every scenario. */
export interface Library {
  readonly regions: readonly RegionDef[];
  readonly roleNames: Readonly<Record<RoleId, string>>;
  /** How a move reads in a debrief line: "Chasing pay". */
  readonly moveNames: Readonly<Record<MoveId, string>>;
  readonly outcomes: readonly OutcomeDef[];
}

export interface CompiledScenario {
  readonly def: ScenarioDef;
  readonly library: Library;
  readonly tuning: Readonly<Record<TuningKey, number>>;
  /** The scenario's storylets, normalised (see normalize.ts). */
  readonly storylets: readonly StoryletDef[];
  /** The scenario's move, role and crossing effects, normalised. */
  readonly moveEffects: Readonly<Record<MoveId, readonly Effect[]>>;
  readonly roleEffects: Readonly<Record<WorkingRole, readonly Effect[]>>;
  readonly washedBack: readonly Effect[];
  readonly specificity: readonly number[];
  /** Storylet indices a role may draw, sorted by specificity, highest first. */
  readonly byRole: Readonly<Record<RoleId, readonly number[]>>;
  /** The same, narrowed to storylets that also admit the half-year's move. */
  readonly byRoleAndMove: Readonly<Record<RoleId, Readonly<Record<MoveId, readonly number[]>>>>;
  /** Each storylet's conditions other than role and move (which the index above already checked). */
  readonly residual: readonly (readonly Condition[])[];
  readonly storyletIndex: ReadonlyMap<string, number>;
  readonly outcomes: ReadonlyMap<OutcomeId, OutcomeDef>;
  /** Hash of the scenario's data: two scenarios with one id but different data never mix. */
  readonly hash: string;
}

/** Every role condition admits the role (a storylet without one admits every working role). */
function admitsRole(storylet: StoryletDef, role: RoleId): boolean {
  const hasRoleCondition = storylet.when.some((c) => c.kind === 'role');
  return (hasRoleCondition || role !== 'out') && storylet.when.every((c) => c.kind !== 'role' || c.in.includes(role));
}

function admitsMove(storylet: StoryletDef, move: MoveId): boolean {
  return storylet.when.every((c) => c.kind !== 'move' || c.in.includes(move));
}

const compiled = new WeakMap<ScenarioDef, CompiledScenario>();

export function compileScenario(def: ScenarioDef, library: Library): CompiledScenario {
  const cached = compiled.get(def);
  if (cached && cached.library === library) return cached;
  const storylets = def.storylets.map(normalizeStorylet);
  const specificity = storylets.map((s) => s.when.length);
  const byRole = {} as Record<RoleId, number[]>;
  for (const role of ROLES) {
    byRole[role] = storylets
      .map((_, i) => i)
      .filter((i) => admitsRole(storylets[i] as StoryletDef, role))
      .sort((a, b) => (specificity[b] as number) - (specificity[a] as number) || a - b);
  }
  const byRoleAndMove = {} as Record<RoleId, Record<MoveId, number[]>>;
  for (const role of ROLES) {
    byRoleAndMove[role] = {} as Record<MoveId, number[]>;
    for (const move of MOVES) byRoleAndMove[role][move] = byRole[role].filter((i) => admitsMove(storylets[i] as StoryletDef, move));
  }
  const residual = storylets.map((s) => s.when.filter((c) => c.kind !== 'role' && c.kind !== 'move'));
  const tuning = {} as Record<TuningKey, number>;
  for (const key of TUNING_KEYS) tuning[key] = def.tuning[key].value;
  const moveEffects = {} as Record<MoveId, readonly Effect[]>;
  for (const move of MOVES) moveEffects[move] = normalizeEffects(def.moves[move]);
  const roleEffects = {} as Record<WorkingRole, readonly Effect[]>;
  for (const role of ROLES) if (role !== 'out') roleEffects[role] = normalizeEffects(def.roles[role]);
  const result: CompiledScenario = {
    def,
    library,
    tuning,
    storylets,
    moveEffects,
    roleEffects,
    washedBack: normalizeEffects(def.washedBack),
    specificity,
    byRole,
    byRoleAndMove,
    residual,
    storyletIndex: new Map(storylets.map((s, i) => [s.id, i])),
    outcomes: new Map(library.outcomes.map((o) => [o.id, o])),
    hash: fnv1a(JSON.stringify(def)),
  };
  compiled.set(def, result);
  return result;
}
