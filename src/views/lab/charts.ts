// The lab's charts, drawn with Observable Plot at the width they are given: outcomes as one stacked
// bar per strategy, and each meter's spread per strategy (p10–p90 line, p25–p75 bar, median tick),
// with your run's value across them when there is one. The tables beside them hold the same numbers.
import * as Plot from '@observablehq/plot';
import { axisTitleMargins, plotChart } from '../plot-chart';
import type { CompiledScenario } from '../../engine/compile';
import type { MeterId } from '../../engine/ids';
import type { StrategySummary } from '../../lab/tally';
import type { Career } from '../../lab/your-run';
import { METER_NAMES, OUTCOME_ORDER, outcomeColour, outcomeTitle, percent, STRATEGY_NAMES, whole } from '../labels';

const INK = '#1b2830';
const FONT_PX = 12;
const STYLE = { fontSize: `${FONT_PX}px`, background: 'transparent' };
const { marginBottom: TITLE_BOTTOM } = axisTitleMargins(FONT_PX);

export function outcomeChart(content: CompiledScenario, summaries: readonly StrategySummary[], width: number): Element {
  const rows = summaries.flatMap((s) =>
    s.outcomes.map((o) => ({
      strategy: STRATEGY_NAMES[s.strategy],
      outcome: outcomeTitle(content, o.outcome),
      order: OUTCOME_ORDER.indexOf(o.outcome),
      share: (100 * o.count) / s.careers,
    })),
  );
  const present = OUTCOME_ORDER.filter((o) => summaries.some((s) => s.outcomes.some((c) => c.outcome === o)));
  return plotChart({
    width,
    style: STYLE,
    marginLeft: 96,
    marginBottom: TITLE_BOTTOM,
    height: 10 + TITLE_BOTTOM + 34 * summaries.length,
    ariaLabel: 'How each strategy’s careers ended, as shares of its careers',
    x: { label: 'careers (%)', domain: [0, 100], grid: true },
    y: { label: null, domain: summaries.map((s) => STRATEGY_NAMES[s.strategy]) },
    color: {
      legend: true,
      domain: present.map((o) => outcomeTitle(content, o)),
      range: present.map(outcomeColour),
    },
    marks: [
      Plot.barX(
        rows,
        Plot.stackX({
          x: 'share',
          y: 'strategy',
          fill: 'outcome',
          order: (d: (typeof rows)[number]) => d.order,
          title: (d: (typeof rows)[number]) => `${d.strategy}: ${d.outcome}, ${percent(d.share)}`,
          stroke: '#fffdf7',
          strokeWidth: 0.5,
        }),
      ),
      Plot.ruleX([0]),
    ],
  });
}

export function meterChart(meter: MeterId, summaries: readonly StrategySummary[], width: number, yours: readonly Career[] | null): Element {
  const rows = summaries.map((s) => ({ strategy: STRATEGY_NAMES[s.strategy], ...s.meters[meter].percentiles }));
  const you = yours?.find((c) => c.who === 'you');
  const bots = (yours ?? []).filter((c) => c.who !== 'you' && summaries.some((s) => s.strategy === c.who));
  const botRows = bots.map((c) => ({ strategy: c.who === 'you' ? '' : STRATEGY_NAMES[c.who], value: c.finals[meter] }));
  return plotChart({
    width,
    style: STYLE,
    marginLeft: 96,
    marginBottom: TITLE_BOTTOM,
    height: 20 + TITLE_BOTTOM + 30 * summaries.length,
    ariaLabel: `${METER_NAMES[meter]} at the end of the careers, per strategy: 10th to 90th percentile, middle half, median`,
    x: { label: METER_NAMES[meter], grid: true, nice: true },
    y: { label: null, domain: rows.map((r) => r.strategy) },
    marks: [
      Plot.ruleY(rows, { y: 'strategy', x1: '10', x2: '90', stroke: INK, strokeOpacity: 0.6 }),
      Plot.barX(rows, { y: 'strategy', x1: '25', x2: '75', fill: '#56b4e9', insetTop: 6, insetBottom: 6, title: (r: (typeof rows)[number]) => `${r.strategy}: median ${whole(r[50])}, middle half ${whole(r[25])}–${whole(r[75])}, p10–p90 ${whole(r[10])}–${whole(r[90])}` }),
      Plot.tickX(rows, { y: 'strategy', x: '50', stroke: INK, strokeWidth: 2.5, insetTop: 4, insetBottom: 4 }),
      ...(you
        ? [
            Plot.ruleX([you.finals[meter]], { stroke: '#d55e00', strokeWidth: 2, strokeDasharray: '5 3' }),
            Plot.dot(botRows, { y: 'strategy', x: 'value', symbol: 'diamond', fill: '#cc79a7', stroke: INK, r: 4.5, title: (r: (typeof botRows)[number]) => `${r.strategy} on your seed: ${whole(r.value)}` }),
          ]
        : []),
    ],
  });
}
