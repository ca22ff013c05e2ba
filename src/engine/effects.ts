// Effects are data; `compileEffect` is their only interpreter. A scenario's effects are compiled once
// (compile.ts) into small functions, and each change they make is attributed to a cause.
import type { StepContext } from './context';
import { changeEmployer, leaveIndustry, stepDown } from './employment';
import type { Cause } from './ledger';
import { changeMeter, changeQuality, setPay } from './meters';
import type { Effect } from './schema';
import { setFlag } from './state';

/** One compiled effect. */
export type EffectFn = (ctx: StepContext, cause: Cause) => void;
/** A list of compiled effects, applied in order. */
export type EffectList = readonly EffectFn[];

export function compileEffect(effect: Effect): EffectFn {
  switch (effect.kind) {
    case 'meter': {
      const { meter, delta } = effect;
      return (ctx, cause) => changeMeter(ctx.state, meter, delta, cause);
    }
    case 'pay': {
      const factor = 1 + effect.percent / 100;
      return (ctx, cause) => setPay(ctx.state, ctx.state.compensation * factor, cause);
    }
    case 'quality': {
      const { quality, delta } = effect;
      return (ctx) => changeQuality(ctx.state, quality, delta);
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

export const compileEffects = (effects: readonly Effect[]): EffectList => effects.map(compileEffect);

export function applyEffects(ctx: StepContext, effects: EffectList, cause: Cause): void {
  for (let i = 0; i < effects.length; i++) (effects[i] as EffectFn)(ctx, cause);
}
