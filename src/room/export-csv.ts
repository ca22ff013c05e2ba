// The room as CSV, one row per run, for a spreadsheet; its "label" and "code" columns import back.
// Every text cell is kept inert (a leading apostrophe where a spreadsheet would see a formula), and
// labels go out whole, however long.
import { csvField, inert } from './csv';
import type { RoomRun } from './room-run';

/** `outcome` is the ending's id, stable for formulas; `ending` its title, as the room shows it. */
export const CSV_COLUMNS = ['label', 'code', 'scenario', 'seed', 'outcome', 'ending', 'satisfaction', 'burnout', 'compensation', 'turns'] as const;

export function roomCsv(runs: readonly RoomRun[]): string {
  const rows = runs.map((r) =>
    [...[r.label, r.code, r.scenario, r.seed, r.outcome, r.outcomeTitle].map(inert), ...[r.final.satisfaction, r.final.burnout, r.final.compensation, r.history.length].map(String)]
      .map(csvField)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
