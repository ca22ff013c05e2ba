// The storylets a role may draw after a move, as the draw reads them: as bit masks (draw-masks.ts)
// when there are few enough, else in tiers of one specificity, highest first, tested one by one and
// kept per whole half-year in the role. A third of the storylets a draw would test want more or less
// time in the role than the run has spent, so each list of tiers leaves out those that cannot hold at
// its time; the ones left still test all their own conditions, so leaving some out never changes a draw.
// Only a list without masks is kept by time: masks test the time in role with the other numbers.
import { within } from './conditions';
import { masksOf, type Masks } from './draw-masks';
import type { Candidate, Eligibility } from './eligibility';
import type { StoryletDef } from './schema';

/**
 * Storylets in tiers of one specificity each, highest first, each tier in the scenario's order: the
 * first tier with a storylet that can be drawn is the one that competes.
 */
export type Tiers = readonly (readonly Candidate[])[];

/**
 * The storylets a role may draw after one move: as masks, or null when there are too many for them;
 * in tiers at any time; and, when there are no masks, in tiers by whole half-years in the role, from 0
 * to one past every bound of a turns-in-role condition (the last serves all longer stays, which no
 * condition tells apart). A list with masks keeps no tiers by time (the draw never reads them).
 */
export interface DrawList {
  readonly masks: Masks | null;
  readonly byTime: readonly Tiers[];
  readonly anyTime: Tiers;
}

/** `candidates` (sorted by specificity, highest first) cut into runs of one specificity. */
function tiersOf(candidates: readonly Candidate[]): Candidate[][] {
  const tiers: Candidate[][] = [];
  for (const c of candidates) {
    const last = tiers[tiers.length - 1];
    if (last !== undefined && (last[0] as Candidate).specificity === c.specificity) last.push(c);
    else tiers.push([c]);
  }
  return tiers;
}

/** One past every bound of the storylets' turns-in-role conditions (0 when they have none). */
function longStayOf(storylets: readonly StoryletDef[]): number {
  let bound = -1;
  for (const s of storylets) {
    for (const c of s.when) {
      if (c.kind !== 'turns-in-role') continue;
      for (const b of [c.min, c.max]) if (b !== undefined && Number.isFinite(b)) bound = Math.max(bound, b);
    }
  }
  return Math.max(0, Math.floor(bound) + 1);
}

/** By whole time in role, 0 to the longest stay told apart: whether each storylet's turns-in-role conditions hold. */
export type Stays = readonly (readonly boolean[])[];

/** The stays of a scenario's storylets, worked out once for all its roles and moves. */
export function staysOf(storylets: readonly StoryletDef[]): Stays {
  return Array.from({ length: longStayOf(storylets) + 1 }, (_, time) =>
    storylets.map((s) => s.when.every((c) => c.kind !== 'turns-in-role' || within(time, c.min, c.max))),
  );
}

/** The draw list of `candidates`, sorted by specificity, highest first. */
export function drawListOf(candidates: readonly Candidate[], stays: Stays, eligibility: Eligibility): DrawList {
  const masks = masksOf(candidates, eligibility);
  return {
    masks,
    byTime: masks === null ? stays.map((admits) => tiersOf(candidates.filter((c) => admits[c.index]))) : [],
    anyTime: tiersOf(candidates),
  };
}

/**
 * The tiers of `list` when `turnsInRole` half-years were spent in the role. A time that is no whole
 * number of half-years (only a hand-made state has one), or a list kept by no time, gets every
 * storylet, each testing its own time.
 */
export function tiersAt(list: DrawList, turnsInRole: number): Tiers {
  const time = Math.min(turnsInRole, list.byTime.length - 1);
  // Tested as a whole number first: reading a list at a key like 5e-324 may read its first entry.
  return time >= 0 && (time | 0) === time ? (list.byTime[time] as Tiers) : list.anyTime;
}
