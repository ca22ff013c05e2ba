// Effects are data; `applyEffects` is their only interpreter. Each change is attributed to a cause.
import type { StepContext } from './context';
import { changeEmployer, leaveIndustry, stepDown } from './employment';
import type { Cause } from './ledger';
import { changeMeter, changeQuality, setPay } from './meters';
import type { Effect } from './schema';
import { setFlag } from './state';

export function applyEffect(ctx: StepContext, effect: Effect, cause: Cause): void {
  const s = ctx.state;
  switch (effect.kind) {
    case 'meter':
      changeMeter(s, effect.meter, effect.delta, cause);
      return;
    case 'pay':
      setPay(s, s.compensation * (1 + effect.percent / 100), cause);
      return;
    case 'quality':
      changeQuality(s, effect.quality, effect.delta);
      return;
    case 'flag':
      setFlag(s, effect.flag, effect.set);
      return;
    case 'change-employer':
      if (s.role !== 'out') changeEmployer(ctx, effect.company, cause);
      return;
    case 'stay-put':
      s.pendingHop = null;
      return;
    case 'step-down':
      stepDown(ctx, cause);
      return;
    case 'leave-industry':
      leaveIndustry(ctx, cause);
      return;
  }
}

export function applyEffects(ctx: StepContext, effects: readonly Effect[], cause: Cause): void {
  for (const effect of effects) applyEffect(ctx, effect, cause);
}
