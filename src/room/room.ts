// The room: the runs a facilitator has collected, in the order they came. Importing never removes a
// run already in the room; every code that is not added gets a problem saying where and why, but for
// runs already in the room, which are named together (a chat pasted again as it grows holds many). A
// run counts once: a code already in the room comes in again only under another player's name (two
// players who made the very same choices have the same code). A run the facilitator removed stays out
// when the chat is pasted again, and is named among those left out, until it is added back.
import type { ScenarioResolver } from '../scenario-file/resolve';
import { quoted } from '../text/shortened';
import type { Candidate, Parsed, Problem } from './candidate';
import { cleanLabel } from '../text/label';
import { codesFromCsv, hasCodeHeader } from './codes-csv';
import { codesFromText } from './codes-text';
import { replayRunCode, type RoomRun } from './room-run';
import { codesFromSavedRoom, type SavedRun } from './saved-room';

export const MAX_ROOM_RUNS = 500;
export const MAX_INPUT_CHARS = 2_000_000;
export const MAX_PROBLEMS = 100;

export interface Room {
  readonly runs: readonly RoomRun[];
  /** The runs the facilitator removed, which an import leaves out (see removedMatch). */
  readonly removed: readonly SavedRun[];
}

export const EMPTY_ROOM: Room = { runs: [], removed: [] };

/** The runs an import found already in the room, in words (“Ada”), and whether any came unnamed. */
export interface AlreadyIn {
  readonly names: readonly string[];
  readonly unnamed: boolean;
}

export const NONE_ALREADY_IN: AlreadyIn = { names: [], unnamed: false };

export interface Imported {
  readonly room: Room;
  readonly added: readonly RoomRun[];
  readonly problems: readonly Problem[];
  readonly alreadyIn: AlreadyIn;
  /** Runs that came in under a name another run of the room had, and were numbered: “Ada” came in as “Ada (2)”. */
  readonly numbered: readonly string[];
  /** Candidates left out as runs the facilitator had removed, each with the removed run it was taken for. */
  readonly leftOut: readonly LeftOut[];
}

export interface LeftOut {
  readonly candidate: Candidate;
  readonly removed: SavedRun;
}

export type InputKind = 'codes' | 'csv' | 'room';

/** What a file or a paste holds: a saved room (JSON), a CSV with a "code" column, or loose codes. */
export function kindOf(text: string, fileName = ''): InputKind {
  const name = fileName.toLowerCase();
  if (name.endsWith('.json') || (!name.endsWith('.csv') && text.trimStart().startsWith('{'))) return 'room';
  if (name.endsWith('.csv') || hasCodeHeader(text)) return 'csv';
  return 'codes';
}

const PARSERS: Record<InputKind, (text: string) => Parsed> = { codes: codesFromText, csv: codesFromCsv, room: codesFromSavedRoom };

/** Whether two names are one player's: "Bo Lee" and "bo lee" are (a room is typed in a hurry). */
function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');
}

/** Whether `name` is among `names`, in any case. */
function amongNames(names: readonly string[], name: string): boolean {
  return names.some((n) => sameName(n, name));
}

/**
 * Where a candidate named `label` (and once `formerLabels`) is already in the room among `same` (its
 * code's runs), in words for the message: a run called that now, else one renamed from it, else one
 * called what the candidate was called before (a room saved after a rename, brought into one saved
 * before it); null when it is none of them.
 */
function alreadyAs(same: readonly RoomRun[], label: string, formerLabels: readonly string[]): { readonly run: RoomRun; readonly as: string } | null {
  const now = same.find((r) => sameName(r.label, label));
  if (now !== undefined) return { run: now, as: quoted(now.label) };
  const renamedHere = same.find((r) => amongNames(r.formerLabels, label));
  // Formerly, not renamed: a run numbered apart on arrival keeps the name it came with too.
  if (renamedHere !== undefined) return { run: renamedHere, as: `${quoted(renamedHere.label)}, formerly ${quoted(label)}` };
  const renamedThere = same.find((r) => amongNames(formerLabels, r.label));
  return renamedThere === undefined ? null : { run: renamedThere, as: `${quoted(renamedThere.label)}, which was renamed ${quoted(label)} where this comes from` };
}

/** The removed run `candidate` is taken for: one of its code, of its name or, unnamed, of any name; or undefined. */
function removedMatch(removed: readonly SavedRun[], candidate: Candidate): SavedRun | undefined {
  const code = candidate.code.trim();
  const label = candidate.label;
  return removed.find((r) => r.code === code && (label === null || sameName(r.label, label) || amongNames(r.formerLabels ?? [], label)));
}

/** Whether another run of the room (or one removed from it) is called `name`, in any case. */
function taken(runs: readonly { readonly label: string }[], name: string): boolean {
  return runs.some((r) => sameName(r.label, name));
}

/**
 * `label`, or, when another run of the room already has it (the same run was found before this is
 * asked), the label numbered apart from it ("Ada (2)", and "Ada (3)" after that, not "Ada (2) (2)"):
 * the debrief tells runs apart by their names.
 */
function ownLabel(runs: readonly RoomRun[], label: string): string {
  if (!taken(runs, label)) return label;
  const base = label.replace(/ \(\d+\)$/, '');
  let n = 2;
  while (taken(runs, `${base} (${n})`)) n++;
  return `${base} (${n})`;
}

/** The next "Run N" no run of the room is called, in any case, nor a run removed from it (which may come back). */
function nextLabel(runs: readonly RoomRun[], removed: readonly SavedRun[]): string {
  let n = runs.length + 1;
  while (taken(runs, `Run ${n}`) || taken(removed, `Run ${n}`)) n++;
  return `Run ${n}`;
}

function capped(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - (MAX_PROBLEMS - 1);
  return [...problems.slice(0, MAX_PROBLEMS - 1), { where: null, message: `and ${rest} more problems not listed` }];
}

/** Replays each candidate and adds the finished, new ones to the room, up to MAX_ROOM_RUNS. */
export function admit(room: Room, parsed: Parsed, scenarios: ScenarioResolver): Imported {
  const runs = [...room.runs];
  const byCode = new Map<string, RoomRun[]>();
  const keep = (run: RoomRun): void => void byCode.set(run.code, [...(byCode.get(run.code) ?? []), run]);
  runs.forEach(keep);
  const problems: Problem[] = [...parsed.problems];
  // A code given twice on one line has one problem, said once.
  const said = new Set(problems.map((p) => `${p.where}\n${p.message}`));
  const report = (problem: Problem): void => {
    const key = `${problem.where}\n${problem.message}`;
    if (said.has(key)) return;
    said.add(key);
    problems.push(problem);
  };
  const added: RoomRun[] = [];
  // Each run found again is named once, however often the input gives it.
  const foundAgain = new Map<RoomRun, string>();
  let unnamedAgain = false;
  const numbered: string[] = [];
  const leftOut: LeftOut[] = [];
  let turnedAway = 0;
  for (const candidate of parsed.candidates) {
    const code = candidate.code.trim();
    const same = byCode.get(code) ?? [];
    const label = candidate.label;
    const again = label === null ? (same[0] === undefined ? null : { run: same[0], as: quoted(same[0].label) }) : alreadyAs(same, label, candidate.formerLabels ?? []);
    if (again !== null) {
      if (!foundAgain.has(again.run)) foundAgain.set(again.run, again.as);
      unnamedAgain ||= label === null;
      continue;
    }
    const wasRemoved = removedMatch(room.removed, candidate);
    if (wasRemoved !== undefined) {
      if (!leftOut.some((l) => l.removed === wasRemoved)) leftOut.push({ candidate, removed: wasRemoved });
      continue;
    }
    if (runs.length >= MAX_ROOM_RUNS) {
      if (turnedAway === 0) report({ where: candidate.where, at: candidate.at, message: `the room is full: it holds at most ${MAX_ROOM_RUNS} runs, so the codes from here on were not added` });
      turnedAway++;
      continue;
    }
    const own = label === null ? nextLabel(runs, room.removed) : ownLabel(runs, label);
    // A run numbered apart keeps the name it came with among its former names, to be known by it again.
    const formerLabels = label === null || own === label ? candidate.formerLabels : [...(candidate.formerLabels ?? []), label];
    const replayed = replayRunCode(code, own, scenarios, formerLabels);
    if (!replayed.ok) {
      // The name it came with says whose code to ask for again.
      report({ where: candidate.where, at: candidate.at, message: `${replayed.error} (${quoted(code)}${label === null ? '' : `, from ${quoted(label)}`})` });
      continue;
    }
    if (label !== null && own !== label) numbered.push(`${quoted(label)} came in as ${quoted(own)}`);
    runs.push(replayed.run);
    added.push(replayed.run);
    keep(replayed.run);
  }
  if (turnedAway > 1) problems.push({ where: null, message: `${turnedAway} codes were not added because the room is full` });
  const inInputOrder = problems.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity));
  return { room: { runs, removed: room.removed }, added, problems: capped(inInputOrder), alreadyIn: { names: [...foundAgain.values()], unnamed: unnamedAgain }, numbered, leftOut };
}

/** Adds the runs `text` holds (codes, a CSV or a saved room; see kindOf) to the room. */
export function importText(room: Room, text: string, scenarios: ScenarioResolver, fileName = ''): Imported {
  const refused = (message: string): Imported => ({ room, added: [], problems: [{ where: null, message }], alreadyIn: NONE_ALREADY_IN, numbered: [], leftOut: [] });
  if (text.length > MAX_INPUT_CHARS) return refused(`the input has ${text.length.toLocaleString('en')} characters; the room reads at most ${MAX_INPUT_CHARS.toLocaleString('en')} at a time`);
  if (text.trim() === '') return refused('there is nothing to add: the input is empty');
  const kind = kindOf(text, fileName);
  const parsed = PARSERS[kind](text);
  if (parsed.candidates.length === 0 && parsed.problems.length === 0) return refused(`there is nothing to add: the ${kind === 'csv' ? 'CSV' : 'saved room'} holds no runs`);
  return admit(room, parsed, scenarios);
}

/** The room without `run`, which an import then leaves out. */
export function withoutRun(room: Room, run: RoomRun): Room {
  const formerLabels = run.formerLabels.length > 0 ? { formerLabels: run.formerLabels } : {};
  return { runs: room.runs.filter((r) => r !== run), removed: [...room.removed, { code: run.code, label: run.label, ...formerLabels }] };
}

/** The room with `run`, removed from it, back at index `at` (its end, when the room has grown shorter). */
export function withRunAt(room: Room, run: RoomRun, at: number): Room {
  const runs = [...room.runs];
  runs.splice(Math.min(at, runs.length), 0, run);
  return { runs, removed: room.removed.filter((r) => !(r.code === run.code && sameName(r.label, run.label))) };
}

/** The room with the runs `leftOut` names added after all, as the facilitator asked. */
export function withAddedBack(room: Room, leftOut: readonly LeftOut[], scenarios: ScenarioResolver): Imported {
  const forgiven = { ...room, removed: room.removed.filter((r) => !leftOut.some((l) => l.removed === r)) };
  // An unnamed code comes back under the name its run had.
  const candidates = leftOut.map((l) => ({ ...l.candidate, label: l.candidate.label ?? l.removed.label }));
  return admit(forgiven, { candidates, problems: [] }, scenarios);
}

/** The room with `run` under another name, typed by the facilitator; or why it cannot have that name. */
export function renamed(room: Room, run: RoomRun, typed: string): { readonly room: Room; readonly run: RoomRun } | { readonly problem: string } {
  const label = cleanLabel(typed);
  if (label === null) return { problem: 'a name needs some text' };
  // Two players who made the very same choices share a code, so only their names tell their runs apart.
  const namesake = room.runs.find((r) => r !== run && sameName(r.label, label));
  if (namesake?.code === run.code) return { problem: `the very same run is already in the room as ${quoted(namesake.label)}; two players who made the same choices need two names` };
  // Nor may two runs share a name: the debrief and the runs' dots are told apart by name alone.
  if (namesake !== undefined) return { problem: `another run in the room is already called ${quoted(namesake.label)}; the debrief tells runs apart by their names` };
  const formerLabels = amongNames(run.formerLabels, run.label) ? run.formerLabels : [...run.formerLabels, run.label];
  const named = { ...run, label, formerLabels: formerLabels.filter((former) => !sameName(former, label)) };
  // A name taken is no longer another same-code run's former name: two players swapping names stay two runs.
  const others = (r: RoomRun): RoomRun => (r.code === run.code && amongNames(r.formerLabels, label) ? { ...r, formerLabels: r.formerLabels.filter((f) => !sameName(f, label)) } : r);
  return { room: { runs: room.runs.map((r) => (r === run ? named : others(r))), removed: room.removed }, run: named };
}
