// The valibot schemas of content a scenario file may carry (conditions, effects, storylets), one for
// each type of src/engine/schema.ts. The assertions at the end fail to compile if a schema and its
// type ever drift apart, in either direction.
import * as v from 'valibot';
import {
  COMPANY_KINDS,
  ENGINE_FLAGS,
  MOVES,
  OPTION_STYLES,
  QUALITIES,
  REGIONS,
  ROLES,
  SOURCES,
  isOneOf,
  type FlagId,
} from '../engine/ids';
import type { Condition, Effect, StoryletDef } from '../engine/schema';
import { TEXT_LIMITS } from '../content/validate';
import { fieldsMessage } from './messages';
import { shown } from './shown';

/** An object with exactly these fields (optional ones may be absent); any other field is a problem. */
function fields<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, fieldsMessage(Object.keys(entries)));
}

export const notAList = v.custom<unknown>((value) => !Array.isArray(value), (issue) => `expected an object, found ${shown(issue.input)}`);

/** The same, refusing a list too (a list is an object to JavaScript, but never what a file means). */
export function objectOf<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(notAList, fields(entries));
}

/** An object (not a list) with some of these fields. */
export function someFieldsOf<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(notAList, v.partial(fields(entries)));
}

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 48;

/** A kebab-case id, as storylets and scenarios are named. */
export const idSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_ID_LENGTH),
  v.regex(ID_PATTERN, (issue) => `expected a kebab-case id (lowercase letters and digits, joined by single dashes), found ${shown(issue.input)}`),
);

/** Text a player reads: not blank, at most `limit` characters. */
export function textSchema(limit: number) {
  return v.pipe(
    v.string(),
    v.check((text: string) => text.trim().length > 0, 'expected some text, found only blanks'),
    v.maxLength(limit),
  );
}

export function numberIn(min: number, max: number) {
  return v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
}

export function wholeNumberIn(min: number, max: number) {
  return v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
}

const flagSchema = v.custom<FlagId>(
  (flag) => isOneOf(ENGINE_FLAGS, flag) || (typeof flag === 'string' && /^story:[a-z0-9-]+$/.test(flag)),
  (issue) => `expected one of ${ENGINE_FLAGS.map((f) => `"${f}"`).join(', ')} or a story flag like "story:my-flag", found ${shown(issue.input)}`,
);

/** Meters and qualities run from 0 to 100, so a change beyond ±100 or a bound beyond 0..100 is a typo. */
const delta = numberIn(-100, 100);
const bound = numberIn(-1000, 1000);
const inList = <const T extends readonly string[]>(list: T) => v.pipe(v.array(v.picklist(list)), v.nonEmpty(), v.maxLength(list.length));

const conditionSchema = v.variant('kind', [
  fields({ kind: v.literal('role'), in: inList(ROLES) }),
  fields({ kind: v.literal('region'), in: inList(REGIONS) }),
  fields({ kind: v.literal('move'), in: inList(MOVES) }),
  fields({ kind: v.literal('quality'), quality: v.picklist(QUALITIES), min: v.optional(bound), max: v.optional(bound) }),
  fields({ kind: v.literal('meter'), meter: v.picklist(['satisfaction', 'burnout']), min: v.optional(bound), max: v.optional(bound) }),
  fields({ kind: v.literal('pay'), min: v.optional(bound), max: v.optional(bound) }),
  fields({ kind: v.literal('flag'), flag: flagSchema, is: v.boolean() }),
  fields({ kind: v.literal('company'), in: inList(COMPANY_KINDS) }),
  fields({ kind: v.literal('turn'), min: v.optional(bound), max: v.optional(bound) }),
  fields({ kind: v.literal('turns-in-role'), min: v.optional(bound), max: v.optional(bound) }),
  fields({ kind: v.literal('turns-at-employer'), min: v.optional(bound), max: v.optional(bound) }),
  fields({ kind: v.literal('job-changes'), min: v.optional(bound), max: v.optional(bound) }),
]);

const effectSchema = v.variant('kind', [
  fields({ kind: v.literal('meter'), meter: v.picklist(['satisfaction', 'burnout']), delta }),
  fields({ kind: v.literal('pay'), percent: numberIn(-90, 500) }),
  fields({ kind: v.literal('quality'), quality: v.picklist(QUALITIES), delta }),
  fields({ kind: v.literal('flag'), flag: flagSchema, set: v.boolean() }),
  fields({ kind: v.literal('change-employer'), company: v.picklist(COMPANY_KINDS) }),
  fields({ kind: v.literal('stay-put') }),
  fields({ kind: v.literal('step-down') }),
  fields({ kind: v.literal('leave-industry') }),
]);

export const effectsSchema = v.pipe(v.array(effectSchema), v.maxLength(12));

/** A storylet draw weight, or an outcome's: above 0. */
export const weightSchema = v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(1000));

const optionSchema = objectOf({
  label: textSchema(TEXT_LIMITS.label),
  style: v.picklist(OPTION_STYLES),
  effects: effectsSchema,
  outcomes: v.optional(
    v.pipe(v.array(objectOf({ weight: weightSchema, text: textSchema(TEXT_LIMITS.aftermath), effects: effectsSchema })), v.maxLength(6)),
  ),
  later: v.optional(
    v.pipe(v.array(objectOf({ afterTurns: wholeNumberIn(1, 8), text: textSchema(TEXT_LIMITS.aftermath), effects: effectsSchema, followsYou: v.optional(v.boolean()), belongsToRole: v.optional(v.boolean()) })), v.maxLength(4)),
  ),
});

export const storyletSchema = objectOf({
  id: idSchema,
  title: textSchema(TEXT_LIMITS.title),
  text: textSchema(TEXT_LIMITS.text),
  source: v.picklist(SOURCES),
  when: v.pipe(v.array(conditionSchema), v.maxLength(12)),
  weight: v.optional(weightSchema),
  repeatable: v.optional(v.boolean()),
  options: v.pipe(v.array(optionSchema), v.minLength(2), v.maxLength(4)),
});

/** The same type with every array and property read-only, all the way down. */
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
/** True when a schema's output and a type are the same type (read-only aside), field for field. */
type Mirrors<Output, Type> = (<T>() => T extends DeepReadonly<Output> ? 1 : 2) extends <T>() => T extends DeepReadonly<Type> ? 1 : 2 ? true : false;
type AllHold<T extends readonly true[]> = T;

/** Compiles only while each schema mirrors its engine type. */
export type SchemasMirrorTypes = AllHold<
  [
    Mirrors<v.InferOutput<typeof conditionSchema>, Condition>,
    Mirrors<v.InferOutput<typeof effectSchema>, Effect>,
    Mirrors<v.InferOutput<typeof storyletSchema>, StoryletDef>,
  ]
>;
