// The shapes content is written in. Everything here is plain data (no functions), so content can be
// validated, serialised into a scenario file, and quoted in a debrief.
import type {
  CompanyKind,
  FlagId,
  MoveId,
  OptionStyle,
  OutcomeId,
  PointMeter,
  QualityId,
  RegionId,
  RoleId,
  SourceId,
  WorkingRole,
} from './ids';

/** A test on the run state. A storylet's specificity is the number of its conditions. */
export type Condition =
  | { readonly kind: 'role'; readonly in: readonly RoleId[] }
  | { readonly kind: 'region'; readonly in: readonly RegionId[] }
  /** The move the player made this half-year. */
  | { readonly kind: 'move'; readonly in: readonly MoveId[] }
  | { readonly kind: 'quality'; readonly quality: QualityId; readonly min?: number; readonly max?: number }
  | { readonly kind: 'meter'; readonly meter: PointMeter; readonly min?: number; readonly max?: number }
  /** Annual compensation in thousands of USD. */
  | { readonly kind: 'pay'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'flag'; readonly flag: FlagId; readonly is: boolean }
  | { readonly kind: 'company'; readonly in: readonly CompanyKind[] }
  /** Half-years played before this one (0 on the first turn). */
  | { readonly kind: 'turn'; readonly min?: number; readonly max?: number }
  /** Half-years spent in the current role. */
  | { readonly kind: 'turns-in-role'; readonly min?: number; readonly max?: number }
  /** Half-years completed at the current employer: a new job's first half-years, whatever the role. */
  | { readonly kind: 'turns-at-employer'; readonly min?: number; readonly max?: number }
  /** Employers the player has had after the first (0 until the first job change). */
  | { readonly kind: 'job-changes'; readonly min?: number; readonly max?: number };

/** A change to the run state. */
export type Effect =
  | { readonly kind: 'meter'; readonly meter: PointMeter; readonly delta: number }
  /** Compensation changes by a percentage of its current value. */
  | { readonly kind: 'pay'; readonly percent: number }
  | { readonly kind: 'quality'; readonly quality: QualityId; readonly delta: number }
  | { readonly kind: 'flag'; readonly flag: FlagId; readonly set: boolean }
  /**
   * Move to a new employer (same role), paid at least that employer's band for the role; at big tech,
   * whose stock is why people go, never less than the pay it replaces (seed 003).
   */
  | { readonly kind: 'change-employer'; readonly company: CompanyKind }
  /** Turn down this half-year's job hunt: the hop the chase-pay move set up does not happen. */
  | { readonly kind: 'stay-put' }
  /** One rung down the current ladder (staff to senior, director to senior manager, ...). */
  | { readonly kind: 'step-down' }
  /** Leave the industry: the run ends. */
  | { readonly kind: 'leave-industry' };

export interface WeightedOutcomeDef {
  readonly weight: number;
  /** What happened, shown after the choice. */
  readonly text: string;
  readonly effects: readonly Effect[];
}

export interface DelayedDef {
  /** Half-years after the choice when the effects land (1 = at the end of the next half-year). */
  readonly afterTurns: number;
  readonly text: string;
  readonly effects: readonly Effect[];
  /**
   * True for a consequence that is the player's own (a friend, a mentor, a habit): it lands wherever
   * they are. Otherwise it belongs to the job: it is left behind if, before it lands, the player joins
   * another employer or moves to another ladder (engineering, management, product).
   */
  readonly followsYou?: boolean;
  /**
   * True for a consequence about the rung it was chosen on (a note that the player is not progressing,
   * the smallest raise of their level): a change of role before it lands (a promotion, a step down)
   * leaves it behind too. Never together with `followsYou`.
   */
  readonly belongsToRole?: boolean;
}

export interface OptionDef {
  readonly label: string;
  readonly style: OptionStyle;
  readonly effects: readonly Effect[];
  /** At most one of these happens, drawn by weight, after `effects`. */
  readonly outcomes?: readonly WeightedOutcomeDef[];
  readonly later?: readonly DelayedDef[];
}

export interface StoryletDef {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** The essay the idea comes from. */
  readonly source: SourceId;
  /**
   * Its conditions, whose number is its specificity: a condition that always holds where the storylet
   * can be drawn (time in role on arrival) still puts it before the less specific ones.
   */
  readonly when: readonly Condition[];
  /** Relative chance among equally specific eligible storylets; 1 when absent. */
  readonly weight?: number;
  /** May be drawn again in the same run. */
  readonly repeatable?: boolean;
  readonly options: readonly OptionDef[];
}

/** An outcome is chosen by the first rule, in OUTCOMES order, whose conditions all hold. */
export interface OutcomeDef {
  readonly id: OutcomeId;
  readonly title: string;
  readonly epitaph: string;
  /** The seed idea behind the outcome, in a sentence a workshop can discuss. */
  readonly lesson: string;
  readonly source: SourceId;
  readonly when: readonly OutcomeCondition[];
}

export type OutcomeCondition =
  | Condition
  | { readonly kind: 'ended-by'; readonly in: readonly EndReason[] }
  /** How many half-years the player chose this move. */
  | { readonly kind: 'move-count'; readonly move: MoveId; readonly min?: number; readonly max?: number }
  /** One quality exceeds another by at least `by` points (e.g. managers' regard over engineers'). */
  | { readonly kind: 'quality-lead'; readonly quality: QualityId; readonly over: QualityId; readonly by: number }
  /** Compensation at least `minRatio` times the scenario's mid-size band for `role`. */
  | { readonly kind: 'pay-vs-band'; readonly role: WorkingRole; readonly minRatio: number }
  /** The player fits the role held: staff and principal ask for the scenario's staffFitInfluence (seed 003). */
  | { readonly kind: 'fits-role' };

export type EndReason = 'turn-limit' | 'burnout' | 'left-industry';

export interface RegionDef {
  readonly id: RegionId;
  readonly name: string;
  readonly description: string;
}

