// Effects are data; this module is their only interpreter. A scenario's effects are compiled once
// (compile.ts) into steps the hot path reads without a call or a branch per effect, and each change
// they make is attributed to a cause.
import type { StepContext } from './context';
import { changeEmployer, leaveIndustry, stepDown } from './employment';
import type { Cause } from './ledger';
import { applyChanges, setPay, type Changes } from './meters';
import type { Effect } from './schema';
import { setFlag } from './state';

/** One compiled effect of a kind that is not a plain quality or meter change. */
export type EffectFn = (ctx: StepContext, cause: Cause) => void;

/**
 * A compiled run of effects: the plain quality and meter changes, as one number per target, then at
 * most one other effect. A list's effects move each target at most once between two other effects in
 * all content, so most lists are one step, applied with a test per target instead of a dispatch per
 * effect. Changes to different targets commute, and other effects read the state, so a change that
 * follows another effect, or moves a target its step already moves, starts a new step.
 */
interface Step extends Changes {
  readonly then: EffectFn | null;
}

/** A list of compiled effects, applied in order. */
export type EffectList = readonly Step[];

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
      // Nobody takes big tech's offer for less than they earn: its stock is the reason to go (seed 003).
      const keepsPay = company === 'big-tech';
      return (ctx, cause) => {
        if (ctx.state.role !== 'out') changeEmployer(ctx, company, cause, keepsPay ? ctx.state.compensation : 0);
      };
    }
    case 'stay-put':
      return (ctx) => {
        ctx.state.pendingHop = null;
        ctx.state.stayingPut = true;
      };
    case 'step-down':
      return stepDown;
    case 'leave-industry':
      return leaveIndustry;
  }
}

// Every step is made by this one literal, so all share one shape and the interpreter's loads stay monomorphic.
function step(c: Readonly<Changes>, then: EffectFn | null): Step {
  return {
    technical: c.technical,
    influence: c.influence,
    repEngineers: c.repEngineers,
    repManagers: c.repManagers,
    network: c.network,
    initiative: c.initiative,
    glue: c.glue,
    satisfaction: c.satisfaction,
    burnout: c.burnout,
    then,
  };
}

const noChanges = (): Changes => ({
  technical: 0,
  influence: 0,
  repEngineers: 0,
  repManagers: 0,
  network: 0,
  initiative: 0,
  glue: 0,
  satisfaction: 0,
  burnout: 0,
});

export function compileEffects(effects: readonly Effect[]): EffectList {
  const steps: Step[] = [];
  let changes: Changes = noChanges();
  const moved = new Set<keyof Changes>();
  const close = (then: EffectFn | null): void => {
    steps.push(step(changes, then));
    changes = noChanges();
    moved.clear();
  };
  for (const effect of effects) {
    if (effect.kind === 'quality' || effect.kind === 'meter') {
      const target = effect.kind === 'quality' ? effect.quality : effect.meter;
      if (moved.has(target)) close(null);
      moved.add(target);
      changes[target] = effect.delta;
    } else {
      close(compileOther(effect));
    }
  }
  if (moved.size > 0) close(null);
  return steps;
}

export function applyEffects(ctx: StepContext, effects: EffectList, cause: Cause): void {
  for (let i = 0; i < effects.length; i++) {
    const effect = effects[i] as Step;
    applyChanges(ctx.state, effect, cause);
    if (effect.then !== null) effect.then(ctx, cause);
  }
}
