// What the hot path needs to know about the role the player holds, compiled once per scenario. A
// lookup by a role's name costs about as much as the rule it fetches, and a half-year used to make a
// dozen of them; now a command looks its role up once (StepContext.roleRules) and reads fields.
import { contains, MOVES, ROLES, type CompanyKind, type RoleId, type WorkingRole } from './ids';
import { compileEffects, type EffectList } from './effects';
import { drawListOf, staysOf, type DrawList } from './draw-lists';
import type { Eligibility } from './eligibility';
import { ladderOf, NEXT_RUNG, RUNG_BELOW, STAFF_PLUS, type Ladder } from './ladder';
import { ROLE_CAUSE, type Cause } from './ledger';
import type { PromotedRole, ScenarioDef } from './scenario';
import type { StoryletDef } from './schema';

/**
 * What a promotion bar asks for: a record of stepping up, and each quality it sets a minimum on. The
 * turn's end tests them in this order, as bits 1, 2, 4, 8 and 16 (see shortOfBar in turn-end.ts).
 */
export const PROMOTION_NEEDS = ['step-ups', 'initiative', 'technical', 'influence', 'rep-managers'] as const;
export type PromotionNeed = (typeof PROMOTION_NEEDS)[number];

/** The committee's bar for the next rung, as plain numbers (read every half-year). */
export interface PromotionBar {
  readonly role: PromotedRole;
  readonly minStepUps: number;
  readonly minInitiative: number;
  readonly minTechnical: number;
  readonly minInfluence: number;
  readonly minRepManagers: number;
  readonly chance: number;
}

export interface RoleRules {
  readonly role: RoleId;
  /** The ledger's cause for the half-years spent in the role. */
  readonly cause: Cause;
  /** What a half-year in the role does (nothing once out). */
  readonly effects: EffectList;
  /** The role's pay band at each kind of company (0 once out), read by a company's name in the code (see ladder.ts's bandPay). */
  readonly pay: Readonly<Record<CompanyKind, number>>;
  /** Staff and principals: the roles seed 003's Peter principle and attrition are about. */
  readonly staffPlus: boolean;
  /** The role's ladder (see ladder.ts's ladderOf): moving to another leaves the job behind. */
  readonly ladder: Ladder | null;
  /** The rungs above and below on the role's ladder, or null at its ends (see ladder.ts's NEXT_RUNG and RUNG_BELOW). */
  readonly rungAbove: PromotedRole | null;
  readonly rungBelow: WorkingRole | null;
  /** The committee for the next rung, or null at the top of a ladder. */
  readonly promotion: PromotionBar | null;
  /** By the half-year's move (its index in MOVES): the storylets the role may draw after it. */
  readonly drawLists: readonly DrawList[];
}

/** Every role condition admits the role (a storylet without one admits every working role). */
function admitsRole(storylet: StoryletDef, role: RoleId): boolean {
  const hasRoleCondition = storylet.when.some((c) => c.kind === 'role');
  return (hasRoleCondition || role !== 'out') && storylet.when.every((c) => c.kind !== 'role' || c.in.includes(role));
}

function admitsMove(storylet: StoryletDef, move: string): boolean {
  return storylet.when.every((c) => c.kind !== 'move' || (c.in as readonly string[]).includes(move));
}

function promotionBar(def: ScenarioDef, role: RoleId): PromotionBar | null {
  const next = NEXT_RUNG[role];
  if (!next) return null;
  const rule = def.promotions[next];
  return {
    role: next,
    minStepUps: rule.minStepUps.value,
    minInitiative: rule.minInitiative.value,
    minTechnical: rule.minTechnical.value,
    minInfluence: rule.minInfluence.value,
    minRepManagers: rule.minRepManagers.value,
    chance: rule.chance.value,
  };
}

function payBands(def: ScenarioDef, role: RoleId): Readonly<Record<CompanyKind, number>> {
  const band = (company: CompanyKind): number => (role === 'out' ? 0 : def.pay.bands[company][role]);
  return { startup: band('startup'), 'mid-size': band('mid-size'), 'big-tech': band('big-tech') };
}

export function compileRoleRules(
  def: ScenarioDef,
  storylets: readonly StoryletDef[],
  eligibility: Eligibility,
): Readonly<Record<RoleId, RoleRules>> {
  const rules = {} as Record<RoleId, RoleRules>;
  const stays = staysOf(storylets);
  for (const role of ROLES) {
    const drawable = eligibility.candidates
      .filter((c) => admitsRole(storylets[c.index] as StoryletDef, role))
      .sort((a, b) => b.specificity - a.specificity || a.index - b.index);
    const byMove = MOVES.map((move) => drawable.filter((c) => admitsMove(storylets[c.index] as StoryletDef, move)));
    rules[role] = {
      role,
      cause: ROLE_CAUSE[role],
      effects: compileEffects(role === 'out' ? [] : def.roles[role]),
      pay: payBands(def, role),
      staffPlus: contains(STAFF_PLUS, role),
      ladder: ladderOf(role),
      rungAbove: NEXT_RUNG[role] ?? null,
      rungBelow: RUNG_BELOW[role] ?? null,
      promotion: promotionBar(def, role),
      drawLists: byMove.map((candidates) => drawListOf(candidates, stays, eligibility)),
    };
  }
  return rules;
}

// The rules last looked up, and of which scenario: nearly every command holds the role the one before
// it held, and a lookup by the role's name costs more than the rules it fetches. A cache of a pure
// function of (scenario, role), so no run can see another's.
let lastRoles: Readonly<Record<RoleId, RoleRules>> | null = null;
let lastRules: RoleRules | null = null;

/** The rules of `role` among `roles` (a compiled scenario's). */
export function rulesFor(roles: Readonly<Record<RoleId, RoleRules>>, role: RoleId): RoleRules {
  if (lastRules === null || lastRoles !== roles || lastRules.role !== role) {
    lastRules = roles[role];
    lastRoles = roles;
  }
  return lastRules;
}
