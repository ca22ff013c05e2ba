// The causal debrief: the outcome, and the decisions that moved the meters most, read off the ledger
// (so every number in it is a change that really happened in the run).
import type { CompiledScenario } from './compile';
import type { MoveId, RoleId } from './ids';
import type { OutcomeDef, StoryletDef } from './schema';
import { CHECK_IN_KEYS, CHECK_IN_MISS_CAUSE } from './check-in';
import type { CheckIn, LedgerEntry, RunState } from './state';

export interface DebriefLine {
  readonly cause: string;
  readonly label: string;
  readonly satisfaction: number;
  readonly burnout: number;
  readonly compensation: number;
  /** "+$180k, +25 burnout" */
  readonly effect: string;
}

export interface Debrief {
  readonly outcome: OutcomeDef;
  readonly lines: readonly DebriefLine[];
  /** The check-ins' line, whether or not it is among `lines` (null for a run that had none). */
  readonly checkIns: DebriefLine | null;
  /** Two or three sentences a workshop can discuss. */
  readonly summary: string;
}

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

/**
 * The check-ins' line: the question most often answered no, and how often (seed 002). When the
 * check-ins lifted satisfaction all the same, the line says so, lest the no read as the lift's cause.
 */
function checkInLabel(content: CompiledScenario, ledger: Readonly<Record<string, LedgerEntry>>, entry: LedgerEntry): string {
  const checkIns = entry.count;
  let worst: keyof CheckIn | null = null;
  let misses = 0;
  for (const question of CHECK_IN_KEYS) {
    const count = ledger[CHECK_IN_MISS_CAUSE[question]]?.count ?? 0;
    if (count > misses) {
      worst = question;
      misses = count;
    }
  }
  if (worst === null) return `Half-yearly check-ins, four yeses at all ${checkIns}`;
  const despite = Math.round(entry.satisfaction) > 0 ? 'a lift overall though ' : '';
  return `Half-yearly check-ins, ${despite}${content.library.checkInMisses[worst]} at ${misses} of ${checkIns}`;
}

function labelOf(content: CompiledScenario, ledger: Readonly<Record<string, LedgerEntry>>, cause: string, entry: LedgerEntry): string {
  const [kind, id, option] = cause.split(':');
  const { moveNames, roleNames } = content.library;
  switch (kind) {
    case 'check-in':
      return checkInLabel(content, ledger, entry);
    case 'move':
      return `${moveNames[id as MoveId]}, ${times(entry.count)}`;
    case 'role':
      return `${entry.count} half-year${entry.count === 1 ? '' : 's'} as ${roleNames[id as RoleId]}`;
    case 'promotion':
      return `The promotion to ${roleNames[id as RoleId]}`;
    case 'option': {
      const storylet = content.storylets[content.storyletIndex.get(id as string) ?? -1] as StoryletDef | undefined;
      const label = storylet?.options[Number(option)]?.label ?? id;
      return `${titleInQuotes(storylet?.title ?? id)}: ${label}`;
    }
    default:
      return `Failed crossings of the sea, ${times(entry.count)}`;
  }
}

/** An event's title in quotes, so a sentence that names it reads where it ends; a title that is a quotation already keeps its own. */
export function titleInQuotes(title: string): string {
  return /^["'“‘]/u.test(title) ? title : `“${title}”`;
}

function signed(n: number): string {
  return `${n > 0 ? '+' : '−'}${Math.abs(Math.round(n))}`;
}

export function describeEffect(e: { satisfaction: number; burnout: number; compensation: number }): string {
  const parts: string[] = [];
  if (Math.round(e.compensation) !== 0) parts.push(`${e.compensation > 0 ? '+' : '−'}$${Math.abs(Math.round(e.compensation))}k`);
  if (Math.round(e.satisfaction) !== 0) parts.push(`${signed(e.satisfaction)} satisfaction`);
  if (Math.round(e.burnout) !== 0) parts.push(`${signed(e.burnout)} burnout`);
  return parts.join(', ');
}

/** How much a cause mattered: meter points, with $2k of pay weighing one point. */
function weight(e: LedgerEntry): number {
  return Math.abs(e.satisfaction) + Math.abs(e.burnout) + Math.abs(e.compensation) / 2;
}

/**
 * A sentence for a run whose ending is named for its last role when that role was first taken only in
 * the last half-year (a promotion, a move to the coast or the islands): the ending then says where the
 * decade left the player, not how that role went. Null otherwise (a role come back to included), and
 * for a run without its history.
 */
function lateArrival(content: CompiledScenario, state: RunState, outcome: OutcomeDef): string | null {
  const history = state.history ?? [];
  const last = history[history.length - 1];
  const before = history[history.length - 2];
  const namedForRole = outcome.when.some((c) => c.kind === 'role') && !outcome.when.some((c) => c.kind === 'flag');
  // Not when the role was held in any half-year before the last (the one before it included): the
  // ending is then about a role the player knew.
  if (!last || !before || !namedForRole || history.some((t) => t !== last && t.role === last.role)) return null;
  const role = content.library.roleNames[last.role];
  return `You became ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role} only in the last half-year, so this ending says where the decade left you more than how that role went.`;
}

export function debrief(content: CompiledScenario, state: RunState, lineCount = 4): Debrief {
  const outcome = content.outcomes.get(state.outcome ?? 'content-intermediate') as OutcomeDef;
  const ledger = state.ledger ?? {};
  const lineOf = (cause: string, e: LedgerEntry): DebriefLine => ({
    cause,
    label: labelOf(content, ledger, cause, e),
    satisfaction: e.satisfaction,
    burnout: e.burnout,
    compensation: e.compensation,
    effect: describeEffect(e),
  });
  const lines = Object.entries(ledger)
    .filter(([, e]) => weight(e) >= 1)
    .sort(([a, x], [b, y]) => weight(y) - weight(x) || (a < b ? -1 : 1))
    .slice(0, lineCount)
    .map(([cause, e]) => lineOf(cause, e));
  const checkIns = ledger['check-in'];
  // A line the engine words starts a clause in lower case; an event's title keeps its own case.
  const clause = (l: DebriefLine): string => (l.cause.startsWith('option:') ? l.label : `${l.label.charAt(0).toLowerCase()}${l.label.slice(1)}`);
  const top = lines.slice(0, 2).map((l) => `${clause(l)} (${l.effect})`);
  const mattered = top.length > 0 ? ` What mattered most: ${top.join('; and ')}.` : '';
  const late = lateArrival(content, state, outcome);
  const summary = `${outcome.epitaph}${late === null ? '' : ` ${late}`}${mattered} ${outcome.lesson}`;
  return { outcome, lines, checkIns: checkIns ? lineOf('check-in', checkIns) : null, summary };
}

/**
 * Seed 002's habit gets its line in every debrief: the check-ins' sentence when they moved too little
 * to be among the listed lines, else null (the list already holds them).
 */
export function unlistedCheckIns(d: Debrief): string | null {
  const line = d.checkIns;
  if (line === null || d.lines.some((l) => l.cause === line.cause)) return null;
  return `${line.label}: ${line.effect || 'no change to satisfaction over the run'}.`;
}
