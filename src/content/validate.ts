// Content validation: every problem in a scenario and the library, each named by where it is.
// Types catch misspelt fields; this catches what types cannot: lengths, references, coverage.
import {
  COMPANY_KINDS,
  ENGINE_FLAGS,
  MOVES,
  OPTION_STYLES,
  OUTCOMES,
  QUALITIES,
  REGIONS,
  ROLES,
  SOURCES,
  isOneOf,
  type FlagId,
  type WorkingRole,
} from '../engine/ids';
import type { Library } from '../engine/compile';
import { TUNING_KEYS, type ScenarioDef } from '../engine/scenario';
import type { Condition, Effect, OptionDef, StoryletDef } from '../engine/schema';
import { isStoryFlag } from '../engine/state';

/** Limits that keep every text readable on a 360-pixel-wide phone. */
export const TEXT_LIMITS = { title: 40, text: 320, label: 70, aftermath: 160 } as const;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function checkFlag(flag: FlagId, where: string, problems: string[]): void {
  if (!isOneOf(ENGINE_FLAGS, flag) && !/^story:[a-z0-9-]+$/.test(flag)) problems.push(`${where}: unknown flag "${flag}"`);
}

/** Checks a storylet's condition, `turns` the half-years its scenario lasts: a condition no run can meet is a mistake too. */
function checkCondition(c: Condition, where: string, turns: number, problems: string[]): void {
  const bad = (what: string): void => void problems.push(`${where}: ${what}`);
  switch (c.kind) {
    case 'role':
      c.in.forEach((r) => isOneOf(ROLES, r) || bad(`unknown role "${r}"`));
      break;
    case 'region':
      c.in.forEach((r) => isOneOf(REGIONS, r) || bad(`unknown region "${r}"`));
      break;
    case 'move':
      c.in.forEach((m) => isOneOf(MOVES, m) || bad(`unknown move "${m}"`));
      break;
    case 'company':
      c.in.forEach((k) => isOneOf(COMPANY_KINDS, k) || bad(`unknown company kind "${k}"`));
      break;
    case 'quality':
      if (!isOneOf(QUALITIES, c.quality)) bad(`unknown quality "${c.quality}"`);
      checkPoints(c, c.quality, bad);
      break;
    case 'meter':
      checkPoints(c, c.meter, bad);
      break;
    case 'turn':
      if (c.min !== undefined && c.min > turns - 1) bad(`never holds: the scenario's half-years are turns 0 to ${turns - 1}, so turn ${c.min} never comes`);
      break;
    case 'flag':
      checkFlag(c.flag, where, problems);
      break;
    default:
      break;
  }
  if ('min' in c && 'max' in c && c.min !== undefined && c.max !== undefined && c.min > c.max) bad('min is above max');
}

/** A range on a 0–100 quality or meter that no value can be in. */
function checkPoints(c: { readonly min?: number; readonly max?: number }, name: string, bad: (what: string) => void): void {
  if ((c.min ?? 0) > 100 || (c.max ?? 100) < 0) bad(`never holds: ${name} runs from 0 to 100`);
}

function checkEffects(effects: readonly Effect[], where: string, problems: string[]): void {
  effects.forEach((e, i) => {
    const at = `${where}.effects[${i}]`;
    if (e.kind === 'quality' && !isOneOf(QUALITIES, e.quality)) problems.push(`${at}: unknown quality "${e.quality}"`);
    if (e.kind === 'flag') checkFlag(e.flag, at, problems);
    if (e.kind === 'change-employer' && !isOneOf(COMPANY_KINDS, e.company)) problems.push(`${at}: unknown company kind`);
    if ('delta' in e && !Number.isFinite(e.delta)) problems.push(`${at}: delta is not a number`);
    if (e.kind === 'pay' && !(e.percent > -100 && e.percent < 1000)) problems.push(`${at}: pay percent out of range`);
  });
}

/**
 * A job change leaves the story flags behind (employment.ts), so a flag an option sets before its own
 * change of employer, or before one of its fates', would be cleared at once. (A job hunt that lands at
 * the half-year's end clears the flags its options set too, as it should: their follow-ups belong to
 * the job left.)
 */
function checkFlagsOutliveHop(o: OptionDef, where: string, problems: string[]): void {
  const fates = o.outcomes ?? [];
  const sequences = fates.length === 0 ? [o.effects] : fates.map((f) => [...o.effects, ...f.effects]);
  const early = new Set<string>();
  for (const effects of sequences) {
    let flagged: string[] = [];
    for (const e of effects) {
      if (e.kind === 'flag' && e.set && isStoryFlag(e.flag)) flagged.push(e.flag);
      if (e.kind !== 'change-employer') continue;
      for (const flag of flagged) early.add(flag);
      flagged = [];
    }
  }
  for (const flag of early) problems.push(`${where}: sets ${flag} before changing employer, which leaves story flags behind; set it after the change`);
}

function checkText(text: string, limit: number, where: string, problems: string[]): void {
  if (text.trim().length === 0) problems.push(`${where}: is empty`);
  if (text.length > limit) problems.push(`${where}: ${text.length} characters, more than ${limit}`);
}

function checkStorylet(s: StoryletDef, turns: number, problems: string[]): void {
  const at = `storylet ${s.id}`;
  if (!ID_PATTERN.test(s.id)) problems.push(`${at}: id is not kebab-case`);
  checkText(s.title, TEXT_LIMITS.title, `${at}.title`, problems);
  checkText(s.text, TEXT_LIMITS.text, `${at}.text`, problems);
  if (!isOneOf(SOURCES, s.source)) problems.push(`${at}: source "${s.source}" is not one of ${SOURCES.join(', ')}`);
  if (s.weight !== undefined && !(s.weight > 0)) problems.push(`${at}: weight must be above 0`);
  s.when.forEach((c, i) => checkCondition(c, `${at}.when[${i}]`, turns, problems));
  if (s.options.length < 2 || s.options.length > 4) problems.push(`${at}: has ${s.options.length} options, not 2 to 4`);
  s.options.forEach((o, i) => {
    const where = `${at}.options[${i}]`;
    checkText(o.label, TEXT_LIMITS.label, `${where}.label`, problems);
    if (!isOneOf(OPTION_STYLES, o.style)) problems.push(`${where}: unknown style "${o.style}"`);
    const fates = o.outcomes ?? [];
    if (o.effects.length === 0 && fates.every((f) => f.effects.length === 0)) problems.push(`${where}: has no effect`);
    checkEffects(o.effects, where, problems);
    checkFlagsOutliveHop(o, where, problems);
    fates.forEach((f, j) => {
      checkText(f.text, TEXT_LIMITS.aftermath, `${where}.outcomes[${j}].text`, problems);
      if (!(f.weight > 0)) problems.push(`${where}.outcomes[${j}]: weight must be above 0`);
      checkEffects(f.effects, `${where}.outcomes[${j}]`, problems);
    });
    (o.later ?? []).forEach((l, j) => {
      checkText(l.text, TEXT_LIMITS.aftermath, `${where}.later[${j}].text`, problems);
      if (!Number.isInteger(l.afterTurns) || l.afterTurns < 1 || l.afterTurns > 8) problems.push(`${where}.later[${j}]: afterTurns must be 1 to 8`);
      if (l.followsYou === true && l.belongsToRole === true) problems.push(`${where}.later[${j}]: followsYou and belongsToRole cannot both be true (a consequence that follows the player out of the job cannot stay behind with the role)`);
      checkEffects(l.effects, `${where}.later[${j}]`, problems);
    });
  });
}

function storyFlags(storylets: readonly StoryletDef[]): { read: Set<string>; set: Set<string> } {
  const read = new Set<string>();
  const set = new Set<string>();
  for (const s of storylets) {
    for (const c of s.when) if (c.kind === 'flag' && isStoryFlag(c.flag)) read.add(c.flag);
    for (const o of s.options) {
      const all = [...o.effects, ...(o.outcomes ?? []).flatMap((f) => f.effects), ...(o.later ?? []).flatMap((l) => l.effects)];
      for (const e of all) if (e.kind === 'flag' && e.set && isStoryFlag(e.flag)) set.add(e.flag);
    }
  }
  return { read, set };
}

function validTurns(turns: number): boolean {
  return Number.isInteger(turns) && turns >= 1 && turns <= 100;
}

const WORKING_ROLES = ROLES.filter((r): r is WorkingRole => r !== 'out');

/**
 * The scenario's problems. `inherited` names the storylets it takes as written from another scenario
 * (a file's base): one a shorter run never reaches is simply never drawn, not a mistake of this one.
 */
export function validateScenario(def: ScenarioDef, library: Library, inherited: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  // A run length that is itself refused below says nothing of which turns come.
  const turns = validTurns(def.turns) ? def.turns : Infinity;
  for (const s of def.storylets) {
    if (ids.has(s.id)) problems.push(`storylet ${s.id}: the id is used twice`);
    ids.add(s.id);
    checkStorylet(s, inherited.has(s.id) ? Infinity : turns, problems);
  }
  const flags = storyFlags(def.storylets);
  for (const flag of flags.read) if (!flags.set.has(flag)) problems.push(`flag ${flag}: read by a storylet but set by none`);
  for (const role of WORKING_ROLES) {
    const fallback = def.storylets.some(
      (s) => s.repeatable && s.when.length === 1 && s.when[0]?.kind === 'role' && s.when[0].in.includes(role),
    );
    if (!fallback) problems.push(`role ${role}: no repeatable storylet whose only condition is the role (a half-year with nothing else to draw needs one: keep the base scenario's, or add one)`);
  }
  for (const key of TUNING_KEYS) {
    const tuned = def.tuning[key];
    if (!tuned || !Number.isFinite(tuned.value)) problems.push(`tuning.${key}: missing or not a number`);
    else if (tuned.source.trim() === '') problems.push(`tuning.${key}: has no source`);
  }
  for (const company of COMPANY_KINDS)
    for (const role of WORKING_ROLES)
      if (!(def.pay.bands[company][role] > 0)) problems.push(`pay.bands.${company}.${role}: must be above 0`);
  if (!validTurns(def.turns)) problems.push('turns: must be a whole number from 1 to 100');
  const order = library.outcomes.map((o) => o.id);
  if (order.join() !== OUTCOMES.join()) problems.push(`outcomes: must list ${OUTCOMES.join(', ')} in that order`);
  return problems;
}
