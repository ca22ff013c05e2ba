// The saved-room format: what the room keeps in the browser and exports as JSON, and what it imports
// back. Only codes and labels are kept; everything else is replayed from the codes.
import * as v from 'valibot';
import { shortened } from '../text/shortened';
import type { Candidate, Parsed, Problem } from './candidate';
import { cleanLabel } from '../text/label';

export const ROOM_FORMAT = 'interdell-room';
export const ROOM_VERSION = 1;

export interface SavedRoom {
  readonly format: typeof ROOM_FORMAT;
  readonly version: typeof ROOM_VERSION;
  readonly runs: readonly SavedRun[];
  /** The runs the facilitator removed, as they were (kept in the browser, so that a chat pasted again leaves them out). */
  readonly removed?: readonly SavedRun[];
}

/** A run as a saved room keeps it: its name, its code, and the names it was renamed from (when any). */
export interface SavedRun {
  readonly label: string;
  readonly code: string;
  readonly formerLabels?: readonly string[];
}

const Envelope = v.object({ format: v.literal(ROOM_FORMAT), version: v.number(), runs: v.array(v.unknown()) });
const Entry = v.object({ code: v.string(), label: v.optional(v.nullable(v.string())), formerLabels: v.optional(v.array(v.string())) });
const Removed = v.object({ removed: v.array(v.object({ code: v.string(), label: v.string(), formerLabels: v.optional(v.array(v.string())) })) });

function issueText(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.');
  const expected = issue.expected ?? 'something else';
  return path ? `“${path}” should be ${expected}, found ${issue.received}` : `expected ${expected}, found ${issue.received}`;
}

/** A run as kept: its name, its code, and its former names only when it has some. */
const kept = ({ label, code, formerLabels = [] }: SavedRun): SavedRun => (formerLabels.length === 0 ? { label, code } : { label, code, formerLabels });

export function savedRoomOf(runs: readonly SavedRun[], removed: readonly SavedRun[] = []): SavedRoom {
  return { format: ROOM_FORMAT, version: ROOM_VERSION, runs: runs.map(kept), ...(removed.length > 0 && { removed: removed.map(kept) }) };
}

export function codesFromSavedRoom(text: string): Parsed {
  return readSavedRoom(text).parsed;
}

/**
 * A saved room's runs, as candidates for the room, and the runs it kept as removed (none when it kept
 * none, or kept them in a shape this page cannot read), from one reading of the text.
 */
export function readSavedRoom(text: string): { readonly parsed: Parsed; readonly removed: readonly SavedRun[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { parsed: { candidates: [], problems: [{ where: null, message: `the file is not valid JSON (${(e as Error).message}), so neither a saved room nor a scenario file can be read from it` }] }, removed: [] };
  }
  const removed = v.safeParse(Removed, json);
  return { parsed: runsOf(json), removed: removed.success ? removed.output.removed : [] };
}

function runsOf(json: unknown): Parsed {
  const fail = (message: string): Parsed => ({ candidates: [], problems: [{ where: null, message }] });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('the saved room should be a JSON object');
  const { format, version } = json as Record<string, unknown>;
  if (format !== ROOM_FORMAT) return fail(`this is not a saved room: its “format” should be "${ROOM_FORMAT}", found ${format === undefined ? 'nothing' : shortened(JSON.stringify(format), 40)}`);
  if (version !== ROOM_VERSION)
    return fail(`the saved room is version ${version === undefined ? '(none)' : shortened(JSON.stringify(version), 40)}; this page reads version ${ROOM_VERSION}`);
  const envelope = v.safeParse(Envelope, json);
  if (!envelope.success) return fail(`the saved room is malformed: ${issueText(envelope.issues[0])}`);
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  envelope.output.runs.forEach((raw, i) => {
    const where = `run ${i + 1} of the saved room`;
    const entry = v.safeParse(Entry, raw);
    if (!entry.success) {
      problems.push({ where, at: i + 1, message: issueText(entry.issues[0]) });
      return;
    }
    const formerLabels = (entry.output.formerLabels ?? []).map(cleanLabel).filter((l): l is string => l !== null);
    candidates.push({ where, at: i + 1, code: entry.output.code, label: cleanLabel(entry.output.label ?? ''), ...(formerLabels.length > 0 && { formerLabels }) });
  });
  return { candidates, problems };
}
