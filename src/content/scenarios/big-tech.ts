// Big tech: a public company that pays in RSUs, deflates its titles and runs a dual ladder.
// Everything not named here is the default scenario's.
import type { ScenarioDef } from '../../engine/scenario';
import { BIG_TECH_ABOUT } from './about';
import { DEFAULT_SCENARIO } from './default';
import { overridePromotions, overrideTuning, tuned } from './derive';

const base = DEFAULT_SCENARIO;

export const BIG_TECH_SCENARIO: ScenarioDef = {
  ...base,
  ...BIG_TECH_ABOUT,
  // Pay stays the standard bands; starting at big tech puts the player on its RSU band from day one.
  start: { ...base.start, company: 'big-tech' },
  tuning: overrideTuning(base.tuning, {
    annualRaisePercent: tuned(5, 'levels.fyi: yearly RSU refreshers stack on top of the initial grant'),
    hopBigTechChance: tuned(0.4, '003: past the threshold of a public company with stock, the network makes other stock-granting jobs much easier to get'),
    bigTechDownlevelChance: tuned(0.8, '003: big tech rarely hires staff+ from outside; expect a down-level, if not several'),
    managerOpeningChance: tuned(0.25, '003: separate IC and management tracks, paid comparably: the first manager rung sits beside staff, not below it'),
  }),
  promotions: overridePromotions(base.promotions, {
    staff: {
      minStepUps: tuned(8, '003: at FAANG you do the staff job for an extended period before the title'),
      minInitiative: tuned(70, '003: you do not earn the promotion, your impact is recognised after the fact'),
      minTechnical: tuned(70, '003: a FAANG senior’s expectations would make them staff at smaller shops'),
      minInfluence: tuned(60, '003: the same title at a larger company covers a third of the teams'),
      minRepManagers: tuned(55, '003: excellent rapport with the leadership chain'),
      chance: tuned(0.2, '003: seven P levels, and P5 or higher is hard to achieve'),
    },
    principal: {
      minStepUps: tuned(8, '003: here you would need to be principal to do what staff did at the old job'),
      minInitiative: tuned(80, '001: step out to step up, for years'),
      minTechnical: tuned(75, '003: deflated titles'),
      minInfluence: tuned(75, '003: deflated titles'),
      minRepManagers: tuned(65, '003: deflated titles'),
      chance: tuned(0.15, '003: true staff+ roles are hard to achieve'),
    },
    'senior-manager': {
      minStepUps: tuned(5, '003: a dual ladder: the management rungs are as deflated as the IC ones'),
      chance: tuned(0.3, '003: compensation is comparable at equivalent levels, and so is the bar'),
    },
    director: {
      minStepUps: tuned(6, '003: a dual ladder: director is as far as principal'),
      chance: tuned(0.2, '003: a dual ladder: director is as far as principal'),
    },
  }),
};
