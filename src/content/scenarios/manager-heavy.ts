// Seed 002's car factory: every assembly line needs a manager, the factory needs one or two deep
// experts. Same start as the default; many manager openings, few staff ones.
import type { ScenarioDef } from '../../engine/scenario';
import { MANAGER_HEAVY_ABOUT } from './about';
import { DEFAULT_SCENARIO } from './default';
import { overridePromotions, overrideTuning, tuned } from './derive';

const base = DEFAULT_SCENARIO;

export const MANAGER_HEAVY_SCENARIO: ScenarioDef = {
  ...base,
  ...MANAGER_HEAVY_ABOUT,
  tuning: overrideTuning(base.tuning, {
    managerOpeningChance: tuned(0.8, '002: each assembly line still needs a manager, so there are more managers than deep experts'),
  }),
  promotions: overridePromotions(base.promotions, {
    staff: {
      minStepUps: tuned(7, '002: many companies do not need many staff-level engineers'),
      minInitiative: tuned(65, '001: step out to step up, with few places to step into'),
      minTechnical: tuned(70, '002: the expert who comes in when the machines break down'),
      minRepManagers: tuned(55, '002: the factory hires one or two deep experts, not one per line'),
      chance: tuned(0.12, '002: one or two deep experts for the whole factory'),
    },
    principal: {
      minStepUps: tuned(8, '002: many companies do not need many staff-level engineers'),
      minTechnical: tuned(75, '002: the deepest expert in the factory'),
      chance: tuned(0.12, '002: one or two deep experts for the whole factory'),
    },
    'senior-manager': {
      minRepManagers: tuned(35, '002: many lines need managers of managers; the plant promotes from the floor it knows'),
      chance: tuned(0.5, '002: more lines, more managers of managers: statistically easier'),
    },
  }),
};
