// A startup: inflated titles on a short ladder, lower cash pay, and equity that is a lottery ticket.
// Everything not named here is the default scenario's.
import type { ScenarioDef } from '../../engine/scenario';
import { STARTUP_ABOUT } from './about';
import { DEFAULT_SCENARIO } from './default';
import { overridePromotions, overrideTuning, tuned } from './derive';

const base = DEFAULT_SCENARIO;

export const STARTUP_SCENARIO: ScenarioDef = {
  ...base,
  ...STARTUP_ABOUT,
  // The startup band is cash only (see pay.ts): equity is counted at zero, as most of it ends.
  start: { ...base.start, company: 'startup' },
  tuning: overrideTuning(base.tuning, {
    hopPremiumPercent: tuned(
      20,
      '003: better treatment is easier by jumping ship; leaving a startup, the inflated title and the options you forfeit both sit on the table (the lottery, cashed only at the next offer)',
    ),
    hopStartupChance: tuned(0.4, '002: join a smaller company so your impact can be proportionally larger; startup people move between startups'),
    startupTitleBumpChance: tuned(0.6, '003: title inflation; companies that will not pay the money use the title as the reward'),
  }),
  promotions: overridePromotions(base.promotions, {
    senior: {
      minStepUps: tuned(1, '003: a short ladder: a company with few levels'),
      minInitiative: tuned(12, '002: at a smaller company your impact is proportionally larger'),
      minTechnical: tuned(45, '003: title inflation: the senior title asks less here'),
      chance: tuned(0.65, '003: title inflation'),
    },
    staff: {
      minStepUps: tuned(4, '003: a short ladder: a company with few levels'),
      minInitiative: tuned(45, '002: at a smaller company your impact is proportionally larger'),
      minTechnical: tuned(60, '003: a staff engineer at a mid-size startup ran the whole front end'),
      minInfluence: tuned(45, '003: the whole team is within reach'),
      minRepManagers: tuned(40, '003: the leadership chain is a few people'),
      chance: tuned(0.4, '003: principal and architect, because of title inflation'),
    },
    principal: {
      minStepUps: tuned(4, '003: a short ladder: a company with few levels'),
      minInitiative: tuned(55, '002: at a smaller company your impact is proportionally larger'),
      minTechnical: tuned(65, '003: title inflation'),
      minInfluence: tuned(55, '003: title inflation'),
      minRepManagers: tuned(50, '003: title inflation'),
      chance: tuned(0.35, '003: principal and architect, because of title inflation'),
    },
    'senior-manager': {
      minStepUps: tuned(2, '002: the fastest path to the exec level: a smaller company'),
      chance: tuned(0.5, '002: the fastest path to the exec level: a smaller company'),
    },
    director: {
      minStepUps: tuned(3, '002: the fastest path to the exec level: a smaller company'),
      minInfluence: tuned(60, '002: a smaller company, so your impact is proportionally larger'),
      minRepManagers: tuned(55, '002: a smaller company, so your impact is proportionally larger'),
      chance: tuned(0.4, '002: the fastest path to the exec level: a smaller company'),
    },
  }),
};
