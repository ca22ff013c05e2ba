// CSV in and out: RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes), with a
// comma, semicolon or tab between fields, as spreadsheets and form tools export them.

export interface CsvRecord {
  /** The line the record starts on, counting from 1. */
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvParsed = { readonly ok: true; readonly records: readonly CsvRecord[] } | { readonly ok: false; readonly line: number; readonly error: string };

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export function parseCsv(text: string, delimiter: CsvDelimiter): CsvParsed {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
  }
  if (quoted) return { ok: false, line: quoteLine, error: 'a quoted field is opened here and never closed' };
  endRecord();
  return { ok: true, records };
}

/** One CSV field: quoted when it holds a delimiter, quote or line break. */
export function csvField(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula (=, +, -, @ first) is kept as text by a leading apostrophe. */
export function inert(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text `inert` was given. */
export function uninert(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
