// Run codes from a CSV file (a form's or spreadsheet's export): the column headed "code" holds them,
// or else the one column whose heading has the word (a form's "Your run code"); a "label", "name" or
// "player" column, or else the one other column whose heading has one of those words (a form's "Your
// name"), names each run. Other columns are ignored.
import { quoted } from '../text/shortened';
import type { Candidate, Parsed, Problem } from './candidate';
import { cleanLabel } from '../text/label';
import { CSV_DELIMITERS, parseCsv, uninert, type CsvDelimiter } from './csv';

const CODE_HEADER = 'code';
const LABEL_HEADERS = ['label', 'name', 'player'] as const;

function header(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/**
 * The column among `headers` headed by one of `words` (the first of them that heads one), else the only
 * column but `except` with one of the words in its heading; -1 when neither.
 */
function columnOf(headers: readonly string[], words: readonly string[], except = -1): number {
  const exact = words.map((w) => headers.indexOf(w)).find((i) => i >= 0);
  if (exact !== undefined) return exact;
  const word = new RegExp(`\\b(${words.join('|')})\\b`);
  const named = headers.flatMap((h, i) => (i !== except && word.test(h) ? [i] : []));
  return named.length === 1 ? (named[0] as number) : -1;
}

/** The column of the codes: the one headed "code", else the only one with the word in its heading. */
const codeColumnOf = (headers: readonly string[]): number => columnOf(headers, [CODE_HEADER]);

/**
 * The delimiter under which the first line has a column of codes, or null when none does: one with a
 * column headed "code" first; else the one that splits the line into the most columns, if one of
 * them has the word (the whole line, not split, would always have it).
 */
function delimiterOf(text: string): CsvDelimiter | null {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const splits = CSV_DELIMITERS.map((delimiter) => ({ delimiter, headers: firstLine.split(delimiter).map((cell) => header(cell.replace(/"/g, ''))) }));
  const exact = splits.find((s) => s.headers.includes(CODE_HEADER));
  if (exact !== undefined) return exact.delimiter;
  const widest = splits.reduce((best, s) => (s.headers.length > best.headers.length ? s : best));
  return codeColumnOf(widest.headers) >= 0 ? widest.delimiter : null;
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
  const codeColumn = codeColumnOf(headers);
  if (codeColumn < 0) {
    const found = headers.filter((h) => h !== '').map((h) => quoted(h)).join(', ') || 'no headers';
    return { candidates: [], problems: [{ where: `line ${head.line}`, message: `no one column is headed “code”, nor has the word in its heading (found ${found})` }] };
  }
  const labelColumn = columnOf(headers, LABEL_HEADERS, codeColumn);
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    // Rows as a spreadsheet numbers them (the headings are row 1): an answer that runs over two lines
    // makes the file's lines run ahead of them, so the line is named too.
    const number = i + 2;
    const where = number === row.line ? `row ${number}` : `row ${number} (line ${row.line} of the file)`;
    const code = uninert((row.fields[codeColumn] ?? '').trim());
    const label = cleanLabel(uninert(row.fields[labelColumn] ?? ''));
    if (code === '') {
      const whose = label === null ? '' : `, for ${quoted(label)}`;
      problems.push({ where, at: row.line, message: `the ${quoted(headers[codeColumn] ?? CODE_HEADER)} column is empty (column ${codeColumn + 1}${whose})` });
      return;
    }
    candidates.push({ where, at: row.line, code, label });
  });
  return { candidates, problems };
}
