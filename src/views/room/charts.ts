// The room's charts, drawn with Observable Plot at the width they are given: how the careers ended,
// where each meter finished (a box over one dot per run), where the room stood at each year's end,
// and, for runs on one seed, each run's meter half-year by half-year with the point it left the path.
import * as Plot from '@observablehq/plot';
import { axisTitleMargins, plotChart } from '../plot-chart';
import type { MeterId } from '../../engine';
import { METER_MAX } from '../../engine/meters';
import type { MeterSummary, OutcomeCount } from '../../room/aggregate';
import type { Divergence } from '../../room/divergence';
import { FLOW_PLACES, type FlowCell } from '../../room/flow';
import type { RoomRun } from '../../room/room-run';
import { METER_NAMES, outcomeColour, whole } from '../labels';
import { spreadLabels } from './end-labels';
import { FITTED } from './fit-labels';
import { placeColour, placeName, shownLabel } from './words';

const INK = '#1b2830';
const BLUE = '#0072b2';
const VERMILLION = '#d55e00';
const FONT_PX = 13;
const FONT = { fontSize: `${FONT_PX}px` };
const { marginTop: TITLE_TOP, marginBottom: TITLE_BOTTOM } = axisTitleMargins(FONT_PX);

/** One bar per outcome, its title and count written above it so long titles fit a phone. */
export function outcomeChart(counts: readonly OutcomeCount[], runs: number, width: number): Element {
  const label = (d: OutcomeCount): string => `${d.title}: ${d.count} of ${runs}`;
  return plotChart({
    width,
    height: 40 * counts.length + TITLE_BOTTOM,
    marginBottom: TITLE_BOTTOM,
    marginLeft: 8,
    marginRight: 16,
    style: FONT,
    ariaLabel: `How the room's ${runs} careers ended: ${counts.map(label).join('; ')}`,
    x: { label: 'runs', grid: true, domain: [0, Math.max(...counts.map((c) => c.count))], nice: true, ticks: wholeTicks(Math.max(...counts.map((c) => c.count))) },
    y: { axis: null, domain: counts.map((c) => c.title), padding: 0 },
    marks: [
      Plot.barX(counts, { x: 'count', y: 'title', fill: (d: OutcomeCount) => outcomeColour(d.outcome), insetTop: 20, insetBottom: 4, title: label }),
      Plot.text(counts, { x: 0, y: 'title', text: label, textAnchor: 'start', dy: -8, fill: INK, lineAnchor: 'bottom' }),
      Plot.ruleX([0]),
    ],
  });
}

/** A meter's final values: one dot per run, over a box of the middle half, its median and a line from lowest to highest. */
export function meterChart(summary: MeterSummary, runs: readonly RoomRun[], width: number): Element {
  const { meter } = summary;
  const value = (r: RoomRun): number => r.final[meter];
  // The frame between the margins is `inner` high; the box and the line sit in its middle, as the dots do.
  const [marginTop, marginBottom, inner] = [10, TITLE_BOTTOM, 84];
  const box = { insetTop: inner / 2 - 18, insetBottom: inner / 2 - 18 };
  return plotChart({
    width,
    height: marginTop + inner + marginBottom,
    marginTop,
    marginBottom,
    style: FONT,
    ariaLabel: `${METER_NAMES[meter]} at the end of each run, one dot per run, over a box from the lower to the upper quartile with the median`,
    x: { label: METER_NAMES[meter], grid: true, nice: true, domain: spanAround(summary) },
    marks: [
      Plot.barX([summary], { x1: 'min', x2: 'max', fill: INK, insetTop: inner / 2 - 1, insetBottom: inner / 2 - 1 }),
      Plot.barX([summary], { x1: 'q1', x2: 'q3', fill: '#56b4e9', fillOpacity: 0.45, stroke: INK, ...box }),
      Plot.tickX([summary], { x: 'median', stroke: INK, strokeWidth: 3, ...box }),
      Plot.dot(
        runs,
        Plot.dodgeY('middle', { x: value, r: 4, fill: (r: RoomRun) => outcomeColour(r.outcome), stroke: '#fffdf7', title: (r: RoomRun) => `${shownLabel(r)}: ${whole(value(r))} (${r.outcomeTitle})` }),
      ),
    ],
  });
}

/**
 * The meter axis's span: the runs' own, or, when every run ended on one value (one run, say), a span
 * around it, which a scale of no width cannot tick in round numbers; never past a point meter's
 * bounds (a burnout of 100 is not drawn on an axis that runs to 110).
 */
export function spanAround({ meter, min, max }: MeterSummary): [number, number] {
  const half = min === max ? Math.max(5, Math.abs(min) / 10) : 0;
  const [floor, ceiling] = meter === 'compensation' ? [0, Infinity] : [0, METER_MAX];
  return [Math.max(floor, min - half), Math.min(ceiling, max + half)];
}

/** A tick count that keeps an axis of run counts on whole numbers (at most ten ticks). */
function wholeTicks(most: number): number {
  return Math.max(1, Math.min(most, 10));
}

/** The runs counted in each year of the flow, whatever their place. */
function yearTotals(rows: readonly FlowCell[]): number[] {
  const totals = new Map<number, number>();
  for (const row of rows) totals.set(row.year, (totals.get(row.year) ?? 0) + row.count);
  return [...totals.values()];
}

/** How many runs stood in each place at the end of each year, stacked. */
export function flowChart(cells: readonly FlowCell[], width: number): Element {
  const present = FLOW_PLACES.filter((p) => cells.some((c) => c.place === p && c.count > 0));
  const rows = cells.filter((c) => c.count > 0).map((c) => ({ ...c, name: placeName(c.place) }));
  return plotChart({
    width,
    height: 300,
    marginTop: TITLE_TOP,
    marginBottom: TITLE_BOTTOM,
    style: FONT,
    ariaLabel: 'How many runs stood in each region at the end of each year, as stacked bars',
    x: { label: 'year', tickFormat: (y: number) => `Y${y}` },
    y: { label: 'runs', grid: true, ticks: wholeTicks(Math.max(0, ...yearTotals(rows))) },
    color: { legend: true, domain: present.map(placeName), range: present.map(placeColour) },
    marks: [
      Plot.barY(rows, {
        x: 'year',
        y: 'count',
        fill: 'name',
        order: present.map(placeName),
        stroke: '#fffdf7',
        strokeWidth: 0.5,
        title: (d: (typeof rows)[number]) => `Year ${d.year}: ${d.count} in ${d.name}`,
      }),
      Plot.ruleY([0]),
    ],
  });
}

/** Each run's meter, half-year by half-year; the room's path in ink, a dot where a run left it. */
export function divergenceChart(result: Divergence, meter: MeterId, width: number): Element {
  const points = result.group.runs.flatMap((run) =>
    run.history.map((t) => ({ label: run.label, halfYear: t.turn + 1, value: t[meter], path: run === result.reference })),
  );
  const partings = result.departures.flatMap((d) => {
    const at = d.turn === null ? undefined : d.run.history[d.turn];
    return at && d.turn !== null ? [{ label: shownLabel(d.run), halfYear: d.turn + 1, value: at[meter], chose: d.chose }] : [];
  });
  const values = points.map((p) => p.value);
  const y = Plot.scale({ y: { domain: [Math.min(...values), Math.max(...values)], nice: true } });
  const ends = endLabels(result, meter, y.domain as [number, number], width);
  const last = Math.max(...points.map((p) => p.halfYear));
  return plotChart({
    width,
    height: ends.height,
    marginTop: TITLE_TOP,
    marginBottom: TITLE_BOTTOM,
    marginRight: ends.marginRight,
    style: FONT,
    ariaLabel: `${METER_NAMES[meter]} of each run on seed ${result.group.seed}, half-year by half-year, with a dot where each run left the room's most common path and its name at its end`,
    // Years, as the rest of the room counts them: a tick at the first half of each.
    // Half a half-year of room before the first, so its tick's label clears the meter's axis.
    x: { label: 'year', grid: true, domain: [0.5, last + LEADER], ticks: yearTicks(last, width - ends.marginRight - PLOT_MARGIN_LEFT), tickFormat: (h: number) => `Y${(h + 1) / 2}` },
    y: { label: METER_NAMES[meter], grid: true, domain: y.domain },
    marks: [
      Plot.line(
        points.filter((p) => !p.path),
        { x: 'halfYear', y: 'value', z: 'label', stroke: BLUE, strokeOpacity: 0.55, strokeWidth: 1.5 },
      ),
      Plot.line(
        points.filter((p) => p.path),
        { x: 'halfYear', y: 'value', stroke: INK, strokeWidth: 3.5 },
      ),
      Plot.dot(partings, {
        x: 'halfYear',
        y: 'value',
        r: 5,
        fill: VERMILLION,
        stroke: '#fffdf7',
        title: (d: (typeof partings)[number]) => `${d.label} left the path in half-year ${d.halfYear}: ${d.chose}`,
      }),
      // Each name a little to the right of its line's end, joined to it by a leader.
      Plot.link(ends.labels, { x1: 'halfYear', y1: 'value', x2: (d: EndLabel) => d.halfYear + LEADER, y2: 'at', stroke: INK, strokeOpacity: 0.45 }),
      // The path's name in bold, as its line is thick; any name still too wide for its margin is cut once drawn (fitLabels).
      ...[false, true].map((path) =>
        Plot.text(
          ends.labels.filter((e) => e.path === path),
          { x: (d: EndLabel) => d.halfYear + LEADER, y: 'at', text: 'label', dx: 3, textAnchor: 'start', lineWidth: ends.lineWidth, textOverflow: 'ellipsis', fill: INK, fontWeight: path ? 700 : 400, className: FITTED },
        ),
      ),
    ],
  });
}

/** A run's name at the end of its line: where the line ends (`value`) and where the name sits (`at`). */
interface EndLabel {
  readonly label: string;
  readonly halfYear: number;
  readonly value: number;
  readonly at: number;
  readonly path: boolean;
}

/** The least distance between two names' middles, in pixels: a line of text at FONT_PX is some 1.2 of it high, and a little clear space is left between. */
const END_LABEL_GAP = FONT_PX + 4;
/** The height each run that ends with others adds to the chart, in pixels: room to keep a name near its line. */
const PER_ENDING_RUN = 24;
const DIVERGENCE_HEIGHT = 320;
/** Plot's left margin when none is given, in pixels: what the years' ticks share the width with. */
const PLOT_MARGIN_LEFT = 40;
/** How far right of a line's end its name starts, in half-years: the leader's run. */
const LEADER = 0.8;

/** The narrowest a year may be drawn and still have its own labelled tick, in pixels ("Y10" and a gap). */
const YEAR_TICK_MIN_PX = 34;

/** The first half of every year (or every other year, when `width` pixels cannot hold a label a year) up to half-year `last`: 1, 3, 5, … */
function yearTicks(last: number, width: number): number[] {
  const years = Math.ceil(last / 2);
  const step = width / years >= YEAR_TICK_MIN_PX ? 1 : 2;
  return Array.from({ length: Math.ceil(years / step) }, (_, i) => 2 * step * i + 1);
}

/**
 * Each run's name at the end of its line, spread so that no two overlap (runs ending together share a
 * half-year), with the chart's height and right margin they need: the chart grows when a seed has
 * more runs ending together than its height holds names, and the names are cut short on a phone.
 */
function endLabels(result: Divergence, meter: MeterId, [low, high]: readonly [number, number], width: number): { labels: EndLabel[]; height: number; marginRight: number; lineWidth: number } {
  const ends = result.group.runs.flatMap((run) => {
    const last = run.history[run.history.length - 1];
    return last ? [{ label: shownLabel(run), halfYear: last.turn + 1, value: last[meter], path: run === result.reference }] : [];
  });
  const byEnd = new Map<number, (typeof ends)[number][]>();
  for (const e of ends) byEnd.set(e.halfYear, [...(byEnd.get(e.halfYear) ?? []), e]);
  const together = Math.max(0, ...[...byEnd.values()].map((group) => group.length));
  const height = Math.max(DIVERGENCE_HEIGHT, TITLE_TOP + TITLE_BOTTOM + together * PER_ENDING_RUN);
  const gap = (END_LABEL_GAP * (high - low)) / (height - TITLE_TOP - TITLE_BOTTOM);
  const labels: EndLabel[] = [];
  for (const group of byEnd.values()) {
    const at = spreadLabels(group.map((e) => e.value), gap, low, high);
    group.forEach((e, i) => labels.push({ ...e, at: at[i] as number }));
  }
  // Names in a margin of their own, at most a quarter of the chart wide: an average character is about 0.6 em.
  const longest = Math.max(...ends.map((e) => e.label.length));
  const marginRight = Math.round(Math.min(longest * 0.6 * FONT_PX + 12, Math.max(48, width / 4)));
  return { labels, height, marginRight, lineWidth: (marginRight - 10) / FONT_PX };
}
