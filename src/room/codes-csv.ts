// Run codes from a CSV file (a form's or spreadsheet's export): the column headed "code" holds them;
// a "label", "name" or "player" column, when there is one, names each run. Other columns are ignored.
import { quoted } from '../text/shortened';
import { cleanLabel, type Candidate, type Parsed, type Problem } from './candidate';
import { CSV_DELIMITERS, parseCsv, uninert, type CsvDelimiter } from './csv';

const CODE_HEADER = 'code';
const LABEL_HEADERS = ['label', 'name', 'player'] as const;

function header(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/** The delimiter under which the first line has a "code" column, or null when none does. */
function delimiterOf(text: string): CsvDelimiter | null {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return CSV_DELIMITERS.find((d) => firstLine.split(d).some((cell) => header(cell.replace(/"/g, '')) === CODE_HEADER)) ?? null;
}

/** Whether `text` looks like a CSV file with a "code" column in its first line. */
export function hasCodeHeader(text: string): boolean {
  return delimiterOf(text) !== null;
}

export function codesFromCsv(text: string): Parsed {
  const delimiter = delimiterOf(text) ?? ',';
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return { candidates: [], problems: [{ where: `line ${parsed.line}`, message: `the CSV is malformed: ${parsed.error}` }] };
  const [head, ...rows] = parsed.records;
  if (head === undefined) return { candidates: [], problems: [{ where: null, message: 'the CSV file is empty' }] };
  const headers = head.fields.map(header);
  const codeColumn = headers.indexOf(CODE_HEADER);
  if (codeColumn < 0) {
    const found = headers.filter((h) => h !== '').map((h) => quoted(h)).join(', ') || 'no headers';
    return { candidates: [], problems: [{ where: `line ${head.line}`, message: `no column is headed “code” (found ${found})` }] };
  }
  const labelColumn = LABEL_HEADERS.map((h) => headers.indexOf(h)).find((i) => i >= 0) ?? -1;
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  for (const row of rows) {
    const where = `line ${row.line}`;
    const code = uninert((row.fields[codeColumn] ?? '').trim());
    if (code === '') {
      problems.push({ where, at: row.line, message: `the “code” column is empty (column ${codeColumn + 1})` });
      continue;
    }
    candidates.push({ where, at: row.line, code, label: cleanLabel(uninert(row.fields[labelColumn] ?? '')) });
  }
  return { candidates, problems };
}
