// What the engine reports after each command, for scenes to draw and animate. Reports describe what
// happened; they never carry rules, and ignoring them loses nothing (the state holds the truth).
import type { CompanyKind, MoveId, OutcomeId, RegionId, RoleId } from './ids';
import type { PromotionNeed } from './role-rules';
import type { CheckIn } from './state';
import type { EndReason } from './schema';

export type EngineEvent =
  | { readonly type: 'moved'; readonly move: MoveId; readonly from: RegionId; readonly to: RegionId }
  | { readonly type: 'crossing-failed'; readonly from: RegionId; readonly toward: RegionId }
  | { readonly type: 'application-denied'; readonly move: MoveId }
  | { readonly type: 'employer-changed'; readonly company: CompanyKind; readonly employer: number; readonly role: RoleId }
  | { readonly type: 'event-drawn'; readonly storylet: string }
  | { readonly type: 'option-chosen'; readonly storylet: string; readonly option: number }
  | { readonly type: 'fate'; readonly text: string }
  | { readonly type: 'delayed-landed'; readonly text: string }
  | { readonly type: 'promoted'; readonly role: RoleId }
  /** The committee said no; `again` when this rung's committee at this company had said no before (forgotten on a change of role or employer). */
  | { readonly type: 'promotion-denied'; readonly role: RoleId; readonly again: boolean }
  /**
   * A half-year of stepping up that left the player short of the next rung's bar, so no committee sat;
   * `again` when they had stepped up in this role before.
   */
  | { readonly type: 'promotion-not-yet'; readonly role: RoleId; readonly missing: readonly PromotionNeed[]; readonly again: boolean }
  | { readonly type: 'stepped-down'; readonly role: RoleId }
  | { readonly type: 'left-staff-role'; readonly company: CompanyKind }
  | { readonly type: 'misfit'; readonly role: RoleId }
  | { readonly type: 'check-in'; readonly turn: number; readonly answers: CheckIn }
  | { readonly type: 'run-ended'; readonly reason: EndReason; readonly outcome: OutcomeId };

export type Emit = ((event: EngineEvent) => void) | null;
