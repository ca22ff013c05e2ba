// A checked scenario file becomes a scenario: its base preset with the file's numbers and storylets
// laid over it. Whatever the file leaves as the base had it stays the base's very object, so a file
// exported from a preset builds data identical to the preset's, with the same hash.
import { LIBRARY, SCENARIOS } from '../content';
import { validateScenario } from '../content/validate';
import { compileScenario, type CompiledScenario } from '../engine/compile';
import { fnv1a } from '../engine/hash';
import { customScenarioField } from '../engine/run-code';
import type { PromotedRole, ScenarioDef, Tuned, TuningKey } from '../engine/scenario';
import type { StoryletDef } from '../engine/schema';
import type { ScenarioFile } from './file-schema';
import { failed, type Checked } from './parse';
import { storyletProblems, whereIsFlagRead, whereIsStorylet } from './storylet-changes';

/** A scenario loaded from a file. */
export interface CustomScenario {
  readonly file: ScenarioFile;
  /** The scenario as the file describes it, under the file's own id: the data its hash covers. */
  readonly data: ScenarioDef;
  /** What its run codes carry: `<id>~<hash of data>`. */
  readonly field: string;
  /** What the engine plays: the same data, named by the field, compiled. */
  readonly content: CompiledScenario;
}

/** JSON with sorted keys: equal for equal data, whatever order the fields were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1))) : item,
  );
}

/** `changed` when it differs from `base`, else `base` itself. */
function sameOr<T>(base: T, changed: T): T {
  return canonical(base) === canonical(changed) ? base : changed;
}

/** `base` with each defined value of `changes` over it, in the base's key order; `base` itself if nothing changed. */
function overlay<T extends object>(base: T, changes: { readonly [K in keyof T]?: T[K] | undefined } | undefined): T {
  if (!changes) return base;
  const result = { ...base };
  for (const key of Object.keys(base) as (keyof T)[]) {
    const next = changes[key];
    if (next !== undefined) result[key] = sameOr(base[key], next as T[keyof T]);
  }
  return sameOr(base, result);
}

function retuned(base: Tuned, value: number | undefined, source: string): Tuned {
  return value === undefined || value === base.value ? base : { value, source };
}

function storyletsOf(base: readonly StoryletDef[], changes: ScenarioFile['storylets']): readonly StoryletDef[] {
  if (!changes) return base;
  const removed = new Set(changes.remove);
  const replaced = new Map((changes.replace ?? []).map((s) => [s.id, s]));
  const weights = new Map(Object.entries(changes.weights ?? {}));
  const kept = base
    .filter((s) => !removed.has(s.id))
    .map((s) => {
      const replacement = replaced.get(s.id);
      if (replacement) return sameOr(s, replacement);
      const weight = weights.get(s.id);
      return weight === undefined || weight === (s.weight ?? 1) ? s : { ...s, weight };
    });
  return [...kept, ...(changes.add ?? [])];
}

/** The scenario the file describes, before any cross-reference is checked. */
function scenarioData(file: ScenarioFile, base: ScenarioDef): ScenarioDef {
  const source = `set in the scenario file "${file.id}"`;
  const tuning = {} as Record<TuningKey, Tuned>;
  for (const key of Object.keys(base.tuning) as TuningKey[]) tuning[key] = retuned(base.tuning[key], file.tuning?.[key], source);
  const promotions = { ...base.promotions };
  for (const role of Object.keys(promotions) as PromotedRole[]) {
    const rule = base.promotions[role];
    const numbers = file.promotions?.[role] ?? {};
    promotions[role] = sameOr(rule, {
      from: rule.from,
      minStepUps: retuned(rule.minStepUps, numbers.minStepUps, source),
      minInitiative: retuned(rule.minInitiative, numbers.minInitiative, source),
      minTechnical: retuned(rule.minTechnical, numbers.minTechnical, source),
      minInfluence: retuned(rule.minInfluence, numbers.minInfluence, source),
      minRepManagers: retuned(rule.minRepManagers, numbers.minRepManagers, source),
      chance: retuned(rule.chance, numbers.chance, source),
    });
  }
  const bands = overlay(base.pay.bands, {
    startup: overlay(base.pay.bands.startup, file.pay?.startup),
    'mid-size': overlay(base.pay.bands['mid-size'], file.pay?.['mid-size']),
    'big-tech': overlay(base.pay.bands['big-tech'], file.pay?.['big-tech']),
  });
  const start = file.start ?? {};
  return {
    id: file.id,
    name: file.name,
    description: file.description ?? '',
    turns: file.turns ?? base.turns,
    start: overlay(base.start, { ...start, qualities: overlay(base.start.qualities, start.qualities) }),
    pay: bands === base.pay.bands ? base.pay : { source: `${base.pay.source} Bands ${source}.`, bands },
    tuning: sameOr(base.tuning, tuning),
    promotions: sameOr(base.promotions, promotions),
    moves: overlay(base.moves, file.moves),
    washedBack: file.washedBack ? sameOr(base.washedBack, file.washedBack) : base.washedBack,
    roles: overlay(base.roles, file.roles),
    storylets: storyletsOf(base.storylets, file.storylets),
  };
}

/** A content problem from validate.ts, placed where the file can fix it. */
function placed(problem: string, file: ScenarioFile): string {
  const storylet = /^storylet ([a-z0-9-]+)(.*?): (.*)$/.exec(problem);
  if (storylet) return `${whereIsStorylet(file, storylet[1] as string)}${storylet[2]}: ${storylet[3]}`;
  const flag = /^flag (story:[a-z0-9-]+): read by a storylet but set by none$/.exec(problem);
  if (flag) return `${whereIsFlagRead(file, flag[1] as string)}: the flag ${flag[1]} is read, but no storylet sets it`;
  return `storylets: ${problem}`;
}

function tuningProblems(def: ScenarioDef): string[] {
  const { transitionFloor: floor, transitionCeiling: ceiling } = def.tuning;
  return floor.value > ceiling.value ? [`tuning.transitionFloor: expected at most tuning.transitionCeiling (${ceiling.value}), found ${floor.value}`] : [];
}

/** The scenario a checked file describes, or every cross-reference problem it has. */
export function buildScenario(file: ScenarioFile): Checked<CustomScenario> {
  const base = SCENARIOS.find((s) => s.id === file.base);
  if (!base) return failed(`base: expected one of ${SCENARIOS.map((s) => `"${s.id}"`).join(', ')}, found "${file.base}"`);
  const references = storyletProblems(file, base);
  if (references.length > 0) return { ok: false, problems: references };
  const data = scenarioData(file, base);
  // The base's storylets keep the base's conditions unless the file replaces them.
  const written = new Set([...(file.storylets?.add ?? []), ...(file.storylets?.replace ?? [])].map((s) => s.id));
  const inherited = new Set(base.storylets.map((s) => s.id).filter((id) => !written.has(id)));
  const problems = [...tuningProblems(data), ...validateScenario(data, LIBRARY, inherited).map((p) => placed(p, file))];
  if (problems.length > 0) return { ok: false, problems };
  // The hash compile.ts gives a scenario's data (CompiledScenario.hash), without compiling it twice.
  const field = customScenarioField(file.id, fnv1a(JSON.stringify(data)));
  return { ok: true, value: { file, data, field, content: compileScenario({ ...data, id: field }, LIBRARY) } };
}
