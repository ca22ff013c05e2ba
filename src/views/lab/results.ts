// The lab's results: what was run, the outcome chart, the meter charts and the tables of the same
// numbers. Charts are redrawn to the width they have when the window is resized.
import type { CompiledScenario } from '../../engine/compile';
import { METERS } from '../../engine/ids';
import { seedOf, type StrategySummary } from '../../lab/tally';
import type { Career } from '../../lab/your-run';
import { el } from '../../ui/dom';
import { meterChart, outcomeChart } from './charts';
import type { LabSettings } from './controls';
import { METER_NAMES, whole } from '../labels';
import { meterTables, outcomeTable } from './tables';

export interface LabResults {
  readonly element: HTMLElement;
  readonly busy: (on: boolean) => void;
  /** Says above the results shown that they are an earlier run's (`why`), or takes that back (null); nothing is said before the first results. */
  readonly mark: (why: string | null) => void;
  readonly show: (content: CompiledScenario, settings: LabSettings, summaries: readonly StrategySummary[], milliseconds: number, workers: number) => void;
}

interface Shown {
  readonly content: CompiledScenario;
  readonly summaries: readonly StrategySummary[];
  readonly careers: readonly Career[] | null;
}

/** `yours(scenario)`: the player's run and the bots on its seed, to mark on the meters of a lab run in `scenario`. */
export function labResults(yours: (scenario: string) => readonly Career[] | null): LabResults {
  const element = el('section', undefined, { class: 'lab-results', 'aria-labelledby': 'lab-results-title' });
  element.append(el('h2', 'Results', { id: 'lab-results-title' }), el('p', 'No results yet: choose the settings and run the lab.', { class: 'hint' }));
  const outcomes = el('figure', undefined, { class: 'lab-chart', 'data-chart': 'outcomes' });
  const meters = el('div', undefined, { class: 'lab-meters' });
  let shown: Shown | null = null;
  const stale = el('p', '', { class: 'lab-stale', role: 'note' });

  const draw = (): void => {
    if (!shown) return;
    const { content, summaries, careers } = shown;
    const width = Math.max(300, Math.floor(outcomes.clientWidth || element.clientWidth));
    outcomes.replaceChildren(outcomeChart(content, summaries, width), el('figcaption', 'How each strategy’s careers ended (the first table below holds the same numbers).'));
    const meterWidth = Math.max(280, Math.floor(meters.clientWidth / (meters.clientWidth >= 1000 ? 3 : 1)) - 16);
    meters.replaceChildren(
      ...METERS.map((meter) => {
        const figure = el('figure', undefined, { class: 'lab-chart', 'data-chart': meter });
        figure.append(meterChart(meter, summaries, meterWidth, careers), el('figcaption', `${METER_NAMES[meter]} at the end: line p10–p90, bar p25–p75, tick the median${careers ? '; dashed line your run, diamonds the bots on your seed' : ''}.`));
        return figure;
      }),
    );
  };

  let lastWidth = 0;
  new ResizeObserver(() => {
    if (Math.abs(element.clientWidth - lastWidth) < 8) return;
    lastWidth = element.clientWidth;
    draw();
  }).observe(element);

  const show = (content: CompiledScenario, settings: LabSettings, summaries: readonly StrategySummary[], milliseconds: number, workers: number): void => {
    shown = { content, summaries, careers: yours(settings.scenario) };
    const seeds = `${seedOf(settings.seed, 0, settings.runs)} … ${seedOf(settings.seed, settings.runs - 1, settings.runs)}`;
    const facts = el('p', `${summaries.length} strategies × ${whole(settings.runs)} careers in ${content.def.name}, seeds ${seeds}; played in ${(milliseconds / 1000).toFixed(1)} s on ${workers} worker${workers === 1 ? '' : 's'}.`, {
      class: 'lab-facts',
      'data-milliseconds': String(Math.round(milliseconds)),
      'data-workers': String(workers),
    });
    element.replaceChildren(
      el('h2', 'Results', { id: 'lab-results-title' }),
      facts,
      el('h3', 'Outcomes'),
      outcomes,
      el('h3', 'Final meters'),
      meters,
      el('h3', 'The numbers'),
      outcomeTable(content, summaries),
      ...meterTables(summaries),
    );
    lastWidth = element.clientWidth;
    draw();
  };

  const mark = (why: string | null): void => {
    if (why === null || shown === null) return stale.remove();
    stale.textContent = why;
    element.querySelector('h2')?.after(stale);
  };

  return { element, busy: (on) => element.setAttribute('aria-busy', String(on)), mark, show };
}
