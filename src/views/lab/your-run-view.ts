// "Your run against the bots on your seed": the run a code replays, each strategy's one career on the
// same seed, and, once the lab has run in the run's scenario, where the run stands among each
// strategy's careers.
import type { CompiledScenario } from '../../engine/compile';
import { METERS } from '../../engine/ids';
import type { StrategySummary } from '../../lab/tally';
import { standingsOf, type Career, type YourRun } from '../../lab/your-run';
import { el } from '../../ui/dom';
import type { ViewEnv } from '../view-env';
import { METER_NAMES, outcomeTitle, percent, STRATEGY_NAMES, whole } from '../labels';
import { dataTable } from './tables';

export interface YourRunSection {
  readonly element: HTMLElement;
  /** Shows the standings against a finished lab run, or says why they cannot be shown. */
  readonly stand: (summaries: readonly StrategySummary[], sameScenario: boolean) => void;
}

const who = (career: Career): string => (career.who === 'you' ? 'Your run' : STRATEGY_NAMES[career.who]);

export function yourRunSection(content: CompiledScenario, code: string, run: YourRun, env: ViewEnv): YourRunSection {
  const element = el('section', undefined, { class: 'lab-your-run', 'aria-labelledby': 'lab-your-run-title' });
  const rows = [run.you, ...run.bots].map((c) => [who(c), outcomeTitle(content, c.outcome), ...METERS.map((m) => whole(c.finals[m]))]);
  const careers = dataTable(
    `Your run and one career of each strategy on seed ${run.seed}`,
    ['Who', 'Outcome', ...METERS.map((m) => METER_NAMES[m])],
    rows,
    { 'data-table': 'your-run' },
    2,
  );
  const replayLink = el('p');
  replayLink.append(el('a', 'Replay your run in the game, step by step', { href: env.replayUrl(code) }));
  const standings = el('div', undefined, { class: 'lab-standings' });
  standings.append(el('p', 'Run the lab (above) to see where your run stands among each strategy’s careers.', { class: 'hint' }));
  element.append(
    el('h2', 'Your run against the bots on your seed', { id: 'lab-your-run-title' }),
    el('p', `Your run ended as “${outcomeTitle(content, run.you.outcome)}”. Each bot played one career on your seed, ${run.seed}: where a bot chose as you did, it met the same events.`),
    careers,
    replayLink,
    standings,
  );

  const stand = (summaries: readonly StrategySummary[], sameScenario: boolean): void => {
    if (!sameScenario) {
      standings.replaceChildren(el('p', `Your run was played in ${content.def.name}; run the lab in that scenario to see where it stands.`, { class: 'hint' }));
      return;
    }
    const rows = standingsOf(run.you, summaries).map((s) => [
      STRATEGY_NAMES[s.strategy],
      percent(s.sameOutcome),
      ...METERS.map((m) => `higher than ${percent(s.meters[m], 0)} of careers`),
    ]);
    standings.replaceChildren(
      dataTable(
        'Where your run stands among each strategy’s careers (ties count half)',
        ['Strategy', `Ended as “${outcomeTitle(content, run.you.outcome)}”`, ...METERS.map((m) => `Your ${METER_NAMES[m].toLowerCase()} (${whole(run.you.finals[m])})`)],
        rows,
        { 'data-table': 'standings' },
      ),
    );
  };
  return { element, stand };
}
