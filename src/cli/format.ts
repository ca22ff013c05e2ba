// Text views of simulated runs: aligned tables, outcome counts, meter percentiles and a run's story.
// Everything here is a pure function of its input, so the same seed always prints the same text.
import type { CompiledScenario, RunRecord } from '../engine/index';
import { METERS, type MeterId } from '../engine/ids';
import { percentShares } from '../text/shares';
import { countOutcomes, percentile, PERCENTILES, type FinalMeters } from '../lab/tally';

type Align = 'left' | 'right';

/** Rows of cells padded to their column's widest cell, each line indented by two spaces. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  return all.map((row) => {
    const cells = widths.map((w, c) => (align[c] === 'right' ? (row[c] ?? '').padStart(w) : (row[c] ?? '').padEnd(w)));
    return `  ${cells.join('  ')}`.trimEnd();
  });
}

export function outcomeTable(outcomes: readonly (string | null)[]): string[] {
  const counts = countOutcomes(outcomes);
  const shares = percentShares(counts.map((c) => c.count), 1);
  const rows = counts.map(({ outcome, count }, i) => [outcome, String(count), shares[i] as string]);
  return table(['outcome', 'count', 'percent'], rows, ['left', 'right', 'right']);
}

const METER_LABELS: Record<MeterId, string> = {
  satisfaction: 'satisfaction',
  burnout: 'burnout',
  compensation: 'compensation ($k)',
};

export function meterTable(finals: readonly FinalMeters[]): string[] {
  const rows = METERS.map((meter) => {
    const sorted = finals.map((f) => f[meter]).sort((a, b) => a - b);
    return [METER_LABELS[meter], ...PERCENTILES.map((p) => String(Math.round(percentile(sorted, p))))];
  });
  return table(['meter at the end', ...PERCENTILES.map((p) => `p${p}`)], rows, ['left', 'right', 'right', 'right', 'right', 'right']);
}

/** `key  value` lines, keys padded to one width. */
export function facts(pairs: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
}

/** Half-year `turn` (from 0) as "Y1 H1". */
export function when(turn: number): string {
  return `Y${Math.floor(turn / 2) + 1} H${(turn % 2) + 1}`;
}

/** One line per half-year: when, where, what was done, what happened, and the meters after. */
export function storyTable(content: CompiledScenario, record: RunRecord): string[] {
  const rows = record.history.map((t) => {
    const storylet = content.def.storylets[content.storyletIndex.get(t.event) ?? -1];
    const style = storylet?.options[t.option]?.style;
    return [
      when(t.turn),
      t.role,
      t.region,
      t.move,
      t.event,
      style ? `${t.option + 1} ${style}` : String(t.option + 1),
      String(t.satisfaction),
      String(t.burnout),
      String(t.compensation),
    ];
  });
  const header = ['when', 'role', 'region', 'move', 'storylet', 'option', 'satisf.', 'burnout', 'comp $k'];
  return table(header, rows, ['left', 'left', 'left', 'left', 'left', 'left', 'right', 'right', 'right']);
}

/** The story view of one run: its facts, its code and its half-years. */
export function storyView(content: CompiledScenario, record: RunRecord, seedNote = ''): string[] {
  const f = record.final;
  return [
    ...facts([
      ['scenario', record.scenario],
      ['strategy', record.strategy],
      ['seed', `${record.seed}${seedNote}`],
      ['code', record.code],
      ['outcome', record.outcome ?? '(unfinished)'],
      ['turns', String(record.turns)],
      ['final', `satisfaction ${f.satisfaction}, burnout ${f.burnout}, compensation $${f.compensation}k`],
    ]),
    '',
    'Story',
    ...storyTable(content, record),
  ];
}
