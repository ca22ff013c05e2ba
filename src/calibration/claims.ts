// The ten claims of GAME.md, each measured on seeded batches of bot careers. A claim holds when its
// measured figure passes its threshold; nothing here special-cases the model to make one hold.
import type { CompiledScenario } from '../engine/compile';
import { NEXT_RUNG } from '../engine/ladder';
import { hasFlag, type RunState, type TurnRecord } from '../engine/state';
import { firstTurnAs, mean, median, percentile, playBatches, roleBefore, share, type Batches, type PlayerName } from './batches';

export interface ClaimResult {
  readonly id: number;
  readonly claim: string;
  readonly source: string;
  readonly measured: string;
  readonly threshold: string;
  readonly holds: boolean;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const STRIVERS: readonly PlayerName[] = ['balanced', 'stepUp', 'stepUpTechnical', 'stepUpGlue', 'stepUpImpress'];

function pool(batches: Batches, names: readonly PlayerName[]): RunState[] {
  return names.flatMap((n) => batches[n]);
}

const history = (run: RunState): readonly TurnRecord[] => run.history ?? [];

/** Half-years of stepping up while senior, before the first staff title (or in the whole run). */
function seniorStepUps(run: RunState, content: CompiledScenario): number {
  const staffAt = firstTurnAs(run, ['staff']) ?? history(run).length;
  let count = 0;
  history(run).forEach((h, t) => {
    if (t <= staffAt && h.move === 'step-up' && roleBefore(run, t, content.def.start.role) === 'senior') count += 1;
  });
  return count;
}

type Measure = (batches: Batches, content: CompiledScenario) => Omit<ClaimResult, 'id' | 'claim' | 'source'>;

const CLAIMS: readonly { claim: string; source: string; measure: Measure }[] = [
  {
    claim: 'Reaching staff is rare: most who reach senior never reach staff',
    source: '001',
    measure: (b) => {
      const seniors = pool(b, STRIVERS).filter((r) => hasFlag(r, 'reached-senior'));
      const balanced = b.balanced.filter((r) => hasFlag(r, 'reached-senior'));
      const strivers = share(seniors, (r) => hasFlag(r, 'reached-staff'));
      const everyday = share(balanced, (r) => hasFlag(r, 'reached-staff'));
      return {
        measured: `staff among seniors: ${pct(everyday)} (balanced), ${pct(strivers)} (all strivers)`,
        threshold: 'balanced < 25%, strivers < 50%',
        holds: everyday < 0.25 && strivers < 0.5,
      };
    },
  },
  {
    claim: 'Over half of new staff end unhappy or gone; about a quarter leave within two years',
    source: '003',
    measure: (b, content) => {
      const promoted = pool(b, STRIVERS).filter((r) => r.staffPromotionTurn !== null);
      const unhappyOrGone = share(promoted, (r) => r.outcome !== 'thriving-staff');
      // Only promotions with two years of the run still to come can show a departure within two years.
      const window = content.tuning.staffAttritionWindow;
      const observable = promoted.filter((r) => (r.staffPromotionTurn as number) + window < content.def.turns);
      const leftSoon = share(observable, (r) => hasFlag(r, 'left-after-staff'));
      return {
        measured: `${promoted.length} promoted: ${pct(unhappyOrGone)} unhappy or gone; of ${observable.length} with two years left, ${pct(leftSoon)} left`,
        threshold: '> 50% unhappy or gone; 15–35% left',
        holds: promoted.length >= 50 && unhappyOrGone > 0.5 && leftSoon >= 0.15 && leftSoon <= 0.35,
      };
    },
  },
  {
    claim: 'Staff needs sustained initiative: a few half-years of stepping up are not enough',
    source: '001',
    measure: (b, content) => {
      const runs = pool(b, STRIVERS);
      const promoted = runs.filter((r) => r.staffPromotionTurn !== null);
      const fewest = Math.min(...promoted.map((r) => seniorStepUps(r, content)));
      const dabblers = runs.filter((r) => hasFlag(r, 'reached-senior') && seniorStepUps(r, content) <= 3);
      const dabblersPromoted = share(dabblers, (r) => r.staffPromotionTurn !== null);
      return {
        measured: `fewest senior step-ups before staff: ${Number.isFinite(fewest) ? fewest : 'none'}; staff after ≤ 3: ${pct(dabblersPromoted)}`,
        threshold: 'fewest ≥ 5; after ≤ 3 step-ups: 0%',
        holds: promoted.length > 0 && fewest >= 5 && dabblersPromoted === 0,
      };
    },
  },
  {
    claim: 'Manager roles are easier to get than staff roles for the same effort',
    source: '002',
    measure: (b) => {
      const managers = share(b.goManager, (r) => firstTurnAs(r, ['manager']) !== null);
      const staff = share(b.stepUp, (r) => hasFlag(r, 'reached-staff'));
      return {
        measured: `became manager ${pct(managers)} (go-manager) vs reached staff ${pct(staff)} (step-up)`,
        threshold: 'manager ≥ 1.5 × staff',
        holds: managers >= 1.5 * staff,
      };
    },
  },
  {
    claim: 'Moving to PM wears down technical depth, and the crossing can fail',
    source: '002, 004',
    measure: (b, content) => {
      let attempts = 0;
      let failures = 0;
      const drops: number[] = [];
      for (const run of b.goPm) {
        history(run).forEach((h, t) => {
          const before = roleBefore(run, t, content.def.start.role);
          if (h.move !== 'go-pm' || before === 'pm' || before === 'senior-pm') return;
          attempts += 1;
          if (h.role !== 'pm') failures += 1;
        });
        const landed = firstTurnAs(run, ['pm']);
        const end = history(run).at(-1);
        if (landed !== null && end) drops.push(end.qualities.technical - (history(run)[landed] as TurnRecord).qualities.technical);
      }
      const failed = attempts === 0 ? 0 : failures / attempts;
      return {
        measured: `crossings failed ${pct(failed)}; technical after landing ${mean(drops).toFixed(1)} on average`,
        threshold: 'failed ≥ 25%; technical ≤ −10',
        holds: failed >= 0.25 && mean(drops) <= -10,
      };
    },
  },
  {
    claim: 'Chasing pay beats climbing titles on compensation',
    source: '003',
    measure: (b, content) => {
      const hopper = median(b.chasePay.map((r) => r.compensation));
      const climber = median(b.stepUp.map((r) => r.compensation));
      const bands = content.def.pay.bands;
      const rsuSenior = bands['big-tech'].senior > bands['mid-size'].principal;
      return {
        measured: `median pay $${hopper}k (chase-pay) vs $${climber}k (step-up); big-tech senior band ${rsuSenior ? '>' : '≤'} mid-size principal`,
        threshold: 'chase-pay > step-up, and RSU senior > principal elsewhere',
        holds: hopper > climber && rsuSenior,
      };
    },
  },
  {
    claim: 'Impressing managers and PMs gives fast praise and a fast road to burnout',
    source: '000',
    measure: (b) => {
      const praiseAt = (runs: readonly RunState[]): number => mean(runs.map((r) => history(r)[5]?.qualities.repManagers ?? 0));
      const burnt = (runs: readonly RunState[]): number => share(runs, (r) => r.outcome === 'burnt-out');
      const praise = praiseAt(b.stepUpImpress) - praiseAt(b.stepUpTechnical);
      const impress = burnt(b.stepUpImpress);
      const technical = burnt(b.stepUpTechnical);
      return {
        measured: `standing with managers after 3 years +${praise.toFixed(1)} vs technical; burnt out ${pct(impress)} vs ${pct(technical)}`,
        threshold: 'standing ≥ +5; burnout share ≥ 1.5 × technical',
        holds: praise >= 5 && impress > 0 && impress >= 1.5 * technical,
      };
    },
  },
  {
    claim: 'Opting out is stable and satisfying for those who accept lagging pay',
    source: '000, 003',
    measure: (b) => {
      const sat = b.optOut.map((r) => r.satisfaction);
      const spread = percentile(sat, 0.9) - percentile(sat, 0.1);
      const low = percentile(sat, 0.1);
      const pay = median(b.optOut.map((r) => r.compensation));
      const others = median(b.balanced.map((r) => r.compensation));
      return {
        measured: `satisfaction p10 ${low}, p10–p90 spread ${spread}; median pay $${pay}k vs $${others}k (balanced)`,
        threshold: 'p10 ≥ 55, spread ≤ 20, pay below balanced',
        holds: low >= 55 && spread <= 20 && pay < others,
      };
    },
  },
  {
    claim: 'Glue work before senior is risky; technical stepping up is the safer road to senior',
    source: '004',
    measure: (b) => {
      const bySenior = (runs: readonly RunState[]): number => share(runs, (r) => (firstTurnAs(r, ['senior', 'staff', 'principal']) ?? 99) < 6);
      const technical = bySenior(b.stepUpTechnical);
      const glue = bySenior(b.stepUpGlue);
      return {
        measured: `senior within 3 years: ${pct(technical)} (technical) vs ${pct(glue)} (glue)`,
        threshold: 'technical ≥ glue + 10 points',
        holds: technical >= glue + 0.1,
      };
    },
  },
  {
    claim: 'A promotion recognises work already done at the next level',
    source: '003, 004',
    measure: (b, content) => {
      let promotions = 0;
      let earned = 0;
      for (const run of pool(b, STRIVERS)) {
        history(run).forEach((h, t) => {
          const before = roleBefore(run, t, content.def.start.role);
          const next = NEXT_RUNG[before];
          const sameEmployer = h.employer === (t === 0 ? 0 : (history(run)[t - 1] as TurnRecord).employer);
          if (!next || h.role !== next || !sameEmployer) return;
          const rule = content.def.promotions[next];
          const q = h.qualities;
          promotions += 1;
          if (q.technical >= rule.minTechnical.value && q.influence >= rule.minInfluence.value && q.repManagers >= rule.minRepManagers.value) earned += 1;
        });
      }
      const ratio = promotions === 0 ? 0 : earned / promotions;
      return {
        measured: `${promotions} promotions; ${pct(ratio)} already met the next level's bar`,
        threshold: '100%',
        holds: promotions > 0 && ratio === 1,
      };
    },
  },
];

/** The claims as sentences, in GAME.md's order (claim i + 1 is CLAIM_STATEMENTS[i]). */
export const CLAIM_STATEMENTS: readonly string[] = CLAIMS.map((c) => c.claim);

export function measureClaims(content: CompiledScenario, careers: number, batches: Batches = playBatches(content, careers)): ClaimResult[] {
  return CLAIMS.map((c, i) => ({ id: i + 1, claim: c.claim, source: c.source, ...c.measure(batches, content) }));
}

