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
  /** The runs the facilitator removed (kept in the browser, so that a chat pasted again leaves them out). */
  readonly removed?: readonly RemovedEntry[];
}

/** A removed run as a saved room keeps it: its code, the name it had, and the names it was renamed from. */
export interface RemovedEntry {
  readonly code: string;
  readonly label: string;
  readonly formerLabels?: readonly string[];
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

export function savedRoomOf(runs: readonly SavedRun[], removed: readonly RemovedEntry[] = []): SavedRoom {
  return {
    format: ROOM_FORMAT,
    version: ROOM_VERSION,
    runs: runs.map(({ label, code, formerLabels = [] }) => (formerLabels.length === 0 ? { label, code } : { label, code, formerLabels })),
    ...(removed.length > 0 && { removed: removed.map(({ code, label, formerLabels = [] }) => (formerLabels.length === 0 ? { code, label } : { code, label, formerLabels })) }),
  };
}

/** The removed runs a saved room kept; none when it kept none, or kept them in a shape this page cannot read. */
export function removedInSavedRoom(text: string): RemovedEntry[] {
  try {
    const parsed = v.safeParse(Removed, JSON.parse(text));
    return parsed.success ? parsed.output.removed : [];
  } catch {
    return [];
  }
}

export function codesFromSavedRoom(text: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { candidates: [], problems: [{ where: null, message: `the file is not valid JSON (${(e as Error).message}), so neither a saved room nor a scenario file can be read from it` }] };
  }
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
