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
 * A compiled effect. Quality and meter changes, most of every list, are plain numbers (a call per
 * change would cost more than the change): `kind`, with `quality` (an index in QUALITIES) and `delta`;
 * any other effect is the function `other`.
 */
interface CompiledEffect {
  readonly kind: number;
  readonly quality: number;
  readonly delta: number;
  readonly other: EffectFn | null;
}

/** A list of compiled effects, applied in order. */
export type EffectList = readonly CompiledEffect[];

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
  return effects.map((e) => {
    const plain = e.kind === 'quality' || e.kind === 'meter';
    return {
      kind: kindOf(e),
      quality: e.kind === 'quality' ? QUALITIES.indexOf(e.quality) : -1,
      delta: plain ? e.delta : 0,
      other: plain ? null : compileOther(e),
    };
  });
}

export function applyEffects(ctx: StepContext, effects: EffectList, cause: Cause): void {
  const s = ctx.state;
  for (let i = 0; i < effects.length; i++) {
    const effect = effects[i] as CompiledEffect;
    switch (effect.kind) {
      case QUALITY:
        changeQualityAt(s.qualities, effect.quality, effect.delta);
        break;
      case SATISFACTION:
        changeMeter(s, 'satisfaction', effect.delta, cause);
        break;
      case BURNOUT:
        changeMeter(s, 'burnout', effect.delta, cause);
        break;
      default:
        (effect.other as EffectFn)(ctx, cause);
    }
  }
}
