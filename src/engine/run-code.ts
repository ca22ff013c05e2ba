// A run code is a short URL-safe string of (version, scenario, seed, commands) with a checksum:
// `<version>.default.<seed as base64url>.<one character per command>.<checksum>`. Decoding never throws:
// a malformed, truncated or other-version code gives a message saying what is wrong. The scenario
// field is a preset's id, or `<id>~<hash>` for a scenario loaded from a file, so that two versions of
// one custom scenario never pass for each other.
import { BASE64URL_ALPHABET, decodeBase64Url, encodeBase64Url } from './base64url';
import { fnv1aNumber } from './hash';
import { MOVES, REGIONS } from './ids';
import type { Command } from './state';
import { GAME_VERSION } from './version';

export interface RunCodeParts {
  readonly version: number;
  readonly scenario: string;
  readonly seed: string;
  readonly commands: readonly Command[];
}

export type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export const MAX_SEED_LENGTH = 64;
export const MAX_COMMANDS = 200;
const SCENARIO_FIELD = /^([a-z0-9][a-z0-9-]{0,63})(?:~([0-9a-f]{8}))?$/;

/** A run code's scenario field, read: the scenario's id, and the data hash of a custom one. */
export interface ScenarioField {
  readonly id: string;
  /** The custom scenario's data hash (8 hex digits), or null for a preset. */
  readonly hash: string | null;
}

/** The field that names a custom scenario with this id and data hash in a run code. */
export function customScenarioField(id: string, hash: string): string {
  const field = `${id}~${hash}`;
  if (parseScenarioField(field)?.hash !== hash) throw new RangeError(`"${id}" and "${hash}" cannot name a scenario in a run code`);
  return field;
}

/** The id and hash a scenario field names, or null when it names no scenario. */
export function parseScenarioField(field: string): ScenarioField | null {
  const match = SCENARIO_FIELD.exec(field);
  return match ? { id: match[1] as string, hash: match[2] ?? null } : null;
}

function checksum(body: string): string {
  const h = fnv1aNumber(body);
  let out = '';
  for (let i = 0; i < 4; i++) out += BASE64URL_ALPHABET[(h >>> (6 * i)) & 63];
  return out;
}

/**
 * Whether a UTF-16 code unit is a control character (C0, DEL, C1), an invisible one (soft hyphen,
 * zero-width space, word joiner and invisible operators, byte-order mark) or one that sets the
 * direction of the text around it (marks, embeddings, overrides, isolates). A seed is shown on the
 * page: in a shared link, such a character could reverse or break the words around it, or make two
 * different seeds look the same. The zero-width joiner and non-joiner stay allowed: emoji sequences
 * and several scripts are written with them.
 */
function isControl(unit: number): boolean {
  return (
    unit < 0x20 ||
    (unit >= 0x7f && unit < 0xa0) ||
    unit === 0x00ad ||
    unit === 0x061c ||
    unit === 0x180e ||
    unit === 0x200b ||
    unit === 0x200e ||
    unit === 0x200f ||
    (unit >= 0x202a && unit <= 0x202e) ||
    (unit >= 0x2060 && unit <= 0x2064) ||
    (unit >= 0x2066 && unit <= 0x2069) ||
    unit === 0xfeff
  );
}

/**
 * What is wrong with the characters of `text`, or null: every high surrogate must be followed by a
 * low one, no low one may stand alone, and no control character may appear (see isControl). One scan,
 * with no pattern to run: a run checks its seed when it is made, so every career of a batch does.
 */
function characterProblem(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit & 0xf800) !== 0xd800) {
      if (isControl(unit)) return 'the seed holds a control, invisible or text-direction character';
      continue;
    }
    if (unit >= 0xdc00 || i + 1 === text.length || (text.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) return 'the seed is not well-formed text';
    i++;
  }
  return null;
}

/** Why `seed` cannot seed a run (empty, too long, not well-formed text, or holding control characters), or null when it can. */
export function seedProblem(seed: string): string | null {
  if (seed.length === 0) return 'the seed is empty';
  if (seed.length > MAX_SEED_LENGTH) return `the seed is longer than ${MAX_SEED_LENGTH} characters`;
  return characterProblem(seed);
}

function commandChar(command: Command): string {
  if (command.type === 'choose' && !(Number.isInteger(command.option) && command.option >= 0 && command.option < 4))
    throw new RangeError(`option ${command.option} cannot be part of a run code`);
  const index = command.type === 'move' ? MOVES.indexOf(command.move) * REGIONS.length + REGIONS.indexOf(command.toward) : command.option;
  return BASE64URL_ALPHABET[index] as string;
}

export function encodeRunCode(parts: RunCodeParts): string {
  const problem = seedProblem(parts.seed);
  if (problem !== null) throw new RangeError(problem);
  if (parseScenarioField(parts.scenario) === null) throw new RangeError(`"${parts.scenario}" cannot name a scenario in a run code`);
  const body = [parts.version, parts.scenario, encodeBase64Url(parts.seed), parts.commands.map(commandChar).join('')].join('.');
  return `${body}.${checksum(body)}`;
}

function decodeCommands(text: string): Decoded<Command[]> {
  const commands: Command[] = [];
  for (let i = 0; i < text.length; i++) {
    const index = BASE64URL_ALPHABET.indexOf(text[i] as string);
    if (i % 2 === 1) {
      if (index < 0 || index > 3) return { ok: false, error: `step ${i + 1} should be an option (1 to 4)` };
      commands.push({ type: 'choose', option: index });
      continue;
    }
    const move = MOVES[Math.floor(index / REGIONS.length)];
    const toward = REGIONS[index % REGIONS.length];
    if (index < 0 || !move || !toward) return { ok: false, error: `step ${i + 1} should be a move` };
    commands.push({ type: 'move', move, toward });
  }
  return { ok: true, value: commands };
}

/** A code's five parts, with its version read and its checksum checked: what every version's codes share. */
interface Fields {
  readonly version: number;
  readonly scenario: string;
  readonly seedText: string;
  readonly commandText: string;
}

function fieldsOf(input: unknown): Decoded<Fields> {
  if (typeof input !== 'string') return { ok: false, error: 'a run code must be text' };
  const code = input.trim();
  if (code.length === 0) return { ok: false, error: 'the run code is empty' };
  if (code.length > 1000) return { ok: false, error: `the run code is too long (${code.length} characters)` };
  const fields = code.split('.');
  if (fields.length !== 5) {
    const parts = `a run code has five parts separated by dots, and this has ${fields.length}`;
    return { ok: false, error: fields.length > 1 && fields.length < 5 ? `the run code is incomplete (${parts}: it may have been cut short)` : `this is not a run code (${parts})` };
  }
  const [versionText, scenario, seedText, commandText, check] = fields as [string, string, string, string, string];
  if (!/^(0|[1-9]\d{0,3})$/.test(versionText)) return { ok: false, error: 'the run code does not start with a version number' };
  if (checksum(fields.slice(0, 4).join('.')) !== check) return { ok: false, error: 'the run code is damaged or incomplete (its checksum does not match)' };
  return { ok: true, value: { version: Number(versionText), scenario, seedText, commandText } };
}

/** The seed a code's seed part holds, or null when it holds no valid seed. */
function seedIn(seedText: string): string | null {
  const seed = decodeBase64Url(seedText);
  return seed === null || seedProblem(seed) !== null ? null : seed;
}

export function decodeRunCode(input: unknown): Decoded<RunCodeParts> {
  const fields = fieldsOf(input);
  if (!fields.ok) return fields;
  const { version, scenario, seedText, commandText } = fields.value;
  if (version !== GAME_VERSION)
    return { ok: false, error: `the run code was made by version ${version} of the game; this is version ${GAME_VERSION}` };
  if (parseScenarioField(scenario) === null) return { ok: false, error: 'the run code names no valid scenario' };
  const seed = seedIn(seedText);
  if (seed === null) return { ok: false, error: 'the run code has no valid seed' };
  if (commandText.length > MAX_COMMANDS) return { ok: false, error: `the run code has more than ${MAX_COMMANDS} steps` };
  const commands = decodeCommands(commandText);
  if (!commands.ok) return { ok: false, error: `the run code is malformed: ${commands.error}` };
  return { ok: true, value: { version, scenario, seed, commands: commands.value } };
}

/** The career a run was on: where it started, which every version of the game reads alike. */
export interface CareerStart {
  readonly scenario: string;
  readonly seed: string;
}

/**
 * The scenario and seed of an intact run code, whatever version of the game made it (its steps may
 * not mean the same in this one): enough to start that career afresh. Null for anything else.
 */
export function careerStartOf(input: unknown): CareerStart | null {
  const fields = fieldsOf(input);
  if (!fields.ok || parseScenarioField(fields.value.scenario) === null) return null;
  const seed = seedIn(fields.value.seedText);
  return seed === null ? null : { scenario: fields.value.scenario, seed };
}
