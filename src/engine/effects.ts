// Effects are data; this module is their only interpreter. A scenario's effects are compiled once
// (compile.ts) into lists the hot path reads without a call per effect, and each change they make is
// attributed to a cause.
import type { StepContext } from './context';
import { changeEmployer, leaveIndustry, stepDown } from './employment';
import { QUALITIES } from './ids';
import type { Cause } from './ledger';
import { changeMeter, changeQualityAt, setPay } from './meters';
import type { Effect } from './schema';
import { setFlag } from './state';

/** One compiled effect of a kind that is not a plain quality or meter change. */
export type EffectFn = (ctx: StepContext, cause: Cause) => void;

// What each entry of a compiled list is.
const QUALITY = 0;
const SATISFACTION = 1;
const BURNOUT = 2;
const OTHER = 3;

/**
 * A list of compiled effects, applied in order. Quality and meter changes, most of every list, are
 * plain numbers (a call per change would cost more than the change): entry i is `kinds[i]`, with
 * `quality[i]` (an index in QUALITIES) and `delta[i]`; any other effect is the function `others[i]`.
 */
export interface EffectList {
  readonly kinds: Uint8Array;
  readonly quality: Int32Array;
  readonly delta: Float64Array;
  readonly others: readonly (EffectFn | null)[];
}

/** The effects that are not plain quality or meter changes. */
type OtherEffect = Exclude<Effect, { readonly kind: 'quality' | 'meter' }>;

function compileOther(effect: OtherEffect): EffectFn {
  switch (effect.kind) {
    case 'pay': {
      const factor = 1 + effect.percent / 100;
      return (ctx, cause) => setPay(ctx.state, ctx.state.compensation * factor, cause);
    }
    case 'flag': {
      const { flag, set } = effect;
      return (ctx) => setFlag(ctx.state, flag, set);
    }
    case 'change-employer': {
      const company = effect.company;
      return (ctx, cause) => {
        if (ctx.state.role !== 'out') changeEmployer(ctx, company, cause);
      };
    }
    case 'stay-put':
      return (ctx) => {
        ctx.state.pendingHop = null;
      };
    case 'step-down':
      return stepDown;
    case 'leave-industry':
      return leaveIndustry;
  }
}

function kindOf(effect: Effect): number {
  if (effect.kind === 'quality') return QUALITY;
  if (effect.kind === 'meter') return effect.meter === 'burnout' ? BURNOUT : SATISFACTION;
  return OTHER;
}

export function compileEffects(effects: readonly Effect[]): EffectList {
  const kinds = Uint8Array.from(effects, kindOf);
  return {
    kinds,
    quality: Int32Array.from(effects, (e) => (e.kind === 'quality' ? QUALITIES.indexOf(e.quality) : -1)),
    delta: Float64Array.from(effects, (e) => (e.kind === 'quality' || e.kind === 'meter' ? e.delta : 0)),
    others: effects.map((e) => (e.kind === 'quality' || e.kind === 'meter' ? null : compileOther(e))),
  };
}

export function applyEffects(ctx: StepContext, effects: EffectList, cause: Cause): void {
  const { kinds, quality, delta, others } = effects;
  for (let i = 0; i < kinds.length; i++) {
    switch (kinds[i]) {
      case QUALITY:
        changeQualityAt(ctx.state.qualities, quality[i] as number, delta[i] as number);
        break;
      case SATISFACTION:
        changeMeter(ctx.state, 'satisfaction', delta[i] as number, cause);
        break;
      case BURNOUT:
        changeMeter(ctx.state, 'burnout', delta[i] as number, cause);
        break;
      default:
        (others[i] as EffectFn)(ctx, cause);
    }
  }
}
