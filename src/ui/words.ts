// How the run's facts read in the interface: the half-year, places, roles, meter hints, the check-in.
import { CHECK_IN_QUESTIONS, regionName, ROLE_NAMES } from '../content/world';
import { CHECK_IN_KEYS, type CheckIn, type CompanyKind, type RunState } from '../engine';
import type { Effect, OptionDef } from '../engine/schema';

export function roleName(id: keyof typeof ROLE_NAMES): string {
  return ROLE_NAMES[id];
}

const COMPANY_WORDS: Readonly<Record<CompanyKind, string>> = { startup: 'a startup', 'mid-size': 'a mid-size company', 'big-tech': 'a big tech company' };

/** A kind of company as a sentence names it: "a startup", "a big tech company". */
export function companyWords(kind: CompanyKind): string {
  return COMPANY_WORDS[kind];
}

export function halfYear(turn: number): string {
  return `Year ${Math.floor(turn / 2) + 1}, ${turn % 2 === 0 ? 'first' : 'second'} half`;
}

/** The meters an option can move, in words (which, not how much). */
export function meterHint(option: OptionDef): string {
  const effects: Effect[] = [
    ...option.effects,
    ...(option.outcomes ?? []).flatMap((f) => f.effects),
    ...(option.later ?? []).flatMap((l) => l.effects),
  ];
  const moved = new Set<string>();
  for (const e of effects) {
    if (e.kind === 'meter') moved.add(e.meter);
    if (e.kind === 'pay' || e.kind === 'change-employer' || e.kind === 'step-down') moved.add('compensation');
  }
  // Leaving the industry ends the run: that, not what it does to pay, is what the player must know.
  if (option.effects.some((e) => e.kind === 'leave-industry')) return 'Ends the run';
  if (effects.some((e) => e.kind === 'leave-industry')) return 'May end the run';
  const order = ['satisfaction', 'burnout', 'compensation'].filter((m) => moved.has(m));
  if (order.length === 0) return 'Moves no meter directly';
  const later = (option.later ?? []).length > 0 ? ', some of it later' : '';
  return `Moves ${order.join(', ').replace(/, ([^,]*)$/, ' and $1')}${later}`;
}

export function checkInLines(answers: CheckIn): string[] {
  return CHECK_IN_KEYS.map((k) => `${CHECK_IN_QUESTIONS[k]} ${answers[k] ? 'Yes.' : 'No.'}`);
}

/** Where the player stands: the role and the company (the job a hop leaves behind), and the map's region. */
export function place(state: RunState): string {
  const job = state.role === 'out' ? roleName(state.role) : `${roleName(state.role)} at ${companyWords(state.company)}`;
  return `${job} · ${regionName(state.region)}`;
}

type Meters = Pick<RunState, 'satisfaction' | 'burnout' | 'compensation'>;

/** How the meters moved from `before` to `after`, in a sentence ("Burnout up 7 to 27."); empty when none moved. */
export function meterChanges(before: Meters, after: Meters): string {
  const moved = (name: string, from: number, to: number, amount: (n: number) => string = String): string | null =>
    from === to ? null : `${name} ${to > from ? 'up' : 'down'} ${amount(Math.abs(to - from))} to ${amount(to)}`;
  const parts = [
    moved('satisfaction', before.satisfaction, after.satisfaction),
    moved('burnout', before.burnout, after.burnout),
    moved('pay', before.compensation, after.compensation, (k) => `$${k}k`),
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return '';
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
