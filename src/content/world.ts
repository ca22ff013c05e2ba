// The places and people of Interdell (seed 004's map), and how moves read in a debrief.
import type { MoveId, RoleId } from '../engine/ids';
import type { RegionDef } from '../engine/schema';

export const REGION_DEFS: readonly RegionDef[] = [
  {
    id: 'interdell',
    name: 'Interdell',
    description: 'A sunny valley of familiar tools and smooth code reviews, sheltered by the people above it.',
  },
  {
    id: 'frontend-range',
    name: "Frontend Senior's Range",
    description: 'The northern mountains. The higher the peak, the fewer the climbers and the thinner the air.',
  },
  {
    id: 'backend-range',
    name: "Backend Senior's Range",
    description: 'The southern mountains, where the data lives and the pager sleeps lightly.',
  },
  {
    id: 'em-coast',
    name: 'Coast of the EMs',
    description: 'The eastern shore: one-on-ones, planning docs, and a harbour for every team.',
  },
  {
    id: 'pm-archipelago',
    name: "PM's Archipelago",
    description: 'Islands across a sea that looks swimmable from the valley. The currents disagree.',
  },
];
/** A region's name as the map shows it (its id, for a region this world lacks). */
export function regionName(id: string): string {
  return REGION_DEFS.find((r) => r.id === id)?.name ?? id;
}


export const ROLE_NAMES: Readonly<Record<RoleId, string>> = {
  intermediate: 'intermediate engineer',
  senior: 'senior engineer',
  staff: 'staff engineer',
  principal: 'principal engineer',
  manager: 'engineering manager',
  'senior-manager': 'senior engineering manager',
  director: 'director of engineering',
  pm: 'product manager',
  'senior-pm': 'senior product manager',
  out: 'someone outside the industry',
};

export const MOVE_NAMES: Readonly<Record<MoveId, string>> = {
  'step-up': 'Stepping up',
  'opt-out': 'Opting out',
  'chase-pay': 'Chasing pay',
  'go-manager': 'Heading for the coast',
  'go-pm': 'Swimming for the islands',
  'go-ic': 'Returning to engineering',
};

/** How a move reads on a button: the verb, before the place it leads to. */
export const MOVE_LABELS: Readonly<Record<MoveId, string>> = {
  'step-up': 'Step up',
  'opt-out': 'Opt out and stay',
  'chase-pay': 'Chase pay at a new company',
  'go-manager': 'Go manager',
  'go-pm': 'Swim for product management',
  'go-ic': 'Return to an IC range',
};

/** How a question answered no reads in a debrief line. */
export const CHECK_IN_MISSES = {
  learning: 'not learning',
  lookingForward: 'not looking forward to work',
  connected: 'not feeling connected',
  impact: 'not making an impact',
} as const;

export const CHECK_IN_QUESTIONS = {
  learning: 'Am I learning?',
  lookingForward: 'Do I look forward to work?',
  connected: 'Do I feel connected?',
  impact: 'Am I making an impact?',
} as const;
