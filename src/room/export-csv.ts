// The room as CSV, one row per run, for a spreadsheet; its "label" and "code" columns import back.
import { csvField, inert } from './csv';
import type { RoomRun } from './room-run';

export const CSV_COLUMNS = ['label', 'code', 'scenario', 'seed', 'outcome', 'satisfaction', 'burnout', 'compensation', 'turns'] as const;

export function roomCsv(runs: readonly RoomRun[]): string {
  const rows = runs.map((r) =>
    [inert(r.label), r.code, r.scenario, inert(r.seed), r.outcome, r.final.satisfaction, r.final.burnout, r.final.compensation, r.history.length]
      .map((v) => csvField(String(v)))
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
