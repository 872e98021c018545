/**
 * Reading CSV files whose columns are found by name. papaparse does the parsing (quotes, escaped
 * quotes, separators and line breaks inside quoted fields); this module adds what it lacks for imports:
 * finding the header below a preamble (LinkedIn writes "Notes:" and a paragraph first), choosing the
 * separator from that header, and the file line where each record starts.
 */
import Papa from 'papaparse';
import { ImportError } from './errors';
import type { ItemProgress } from './progress';
import { normaliseNewlines, stripBom } from './text';
import type { SkippedRow } from './types';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvRow {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** Header cells, normalised with `headerKey`. */
  header: string[];
  headerLine: number;
  delimiter: Delimiter;
  rows: CsvRow[];
  skipped: SkippedRow[];
}

export type HeaderTest = (keys: string[]) => boolean;

/** Lower case, single spaces, no surrounding quotes: "E-mail 1 - Value" → "e-mail 1 - value". */
export function headerKey(cell: string): string {
  return cell
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** How many lines before the header are searched (LinkedIn's preamble is 3; a little slack). */
const PREAMBLE_LINES = 20;

export interface HeaderLocation {
  /** 0-based index of the header among the file's lines. */
  index: number;
  delimiter: Delimiter;
  keys: string[];
}

/** The longest line taken for a header: Google's 90-odd columns fit many times over. */
export const MAX_HEADER_CHARS = 32 * 1024;

/**
 * Finds the first line within the preamble allowance that `isHeader` accepts, and its separator. Lines
 * longer than MAX_HEADER_CHARS are no header and are not split (a file of one 30 MB line must not be).
 */
export function locateHeader(lines: readonly string[], isHeader: HeaderTest): HeaderLocation | null {
  const limit = Math.min(lines.length, PREAMBLE_LINES);
  for (let index = 0; index < limit; index++) {
    const line = lines[index]!;
    if (line.length > MAX_HEADER_CHARS) continue;
    let best: HeaderLocation | null = null;
    for (const delimiter of DELIMITERS) {
      if (!line.includes(delimiter) && delimiter !== ',') continue;
      const keys = splitLine(line, delimiter).map(headerKey);
      if (isHeader(keys) && (best === null || keys.length > best.keys.length))
        best = { index, delimiter, keys };
    }
    if (best) return best;
  }
  return null;
}

/** Splits one physical line at unquoted separators (enough for a header line). */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        current += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells;
}

/** The first `count` lines of `text` and the offset where each starts (no copy of the whole file). */
export function firstLines(text: string, count: number): { lines: string[]; starts: number[] } {
  const lines: string[] = [];
  const starts: number[] = [];
  let start = 0;
  while (lines.length < count && start <= text.length) {
    const end = text.indexOf('\n', start);
    starts.push(start);
    lines.push(text.slice(start, end === -1 ? text.length : end));
    if (end === -1) break;
    start = end + 1;
  }
  return { lines, starts };
}

/**
 * Parses the whole table. Throws ImportError `no-header` (naming `expectedColumns`) when no line in the
 * preamble allowance is a header. Records with an unclosed quote, or with more non-empty cells than the
 * header has columns, are skipped with their line; empty lines are ignored.
 */
export function readCsvTable(
  file: string,
  text: string,
  isHeader: HeaderTest,
  expectedColumns: string,
): CsvTable {
  const normalised = normaliseNewlines(stripBom(text));
  const { lines, starts } = firstLines(normalised, PREAMBLE_LINES + 1);
  const location = locateHeader(lines, isHeader);
  if (!location) throw new ImportError('no-header', { file, line: 1, columns: expectedColumns });
  const next = starts[location.index + 1];
  const body = next === undefined ? '' : normalised.slice(next);
  const parsed = Papa.parse<string[]>(body, {
    delimiter: location.delimiter,
    header: false,
    skipEmptyLines: false,
    quoteChar: '"',
  });
  const badRows = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined && !badRows.has(error.row)) badRows.set(error.row, error.code);
  }
  const rows: CsvRow[] = [];
  const skipped: SkippedRow[] = [];
  let line = location.index + 2;
  const width = location.keys.length;
  parsed.data.forEach((cells, index) => {
    const start = line;
    for (const cell of cells) line += countNewlines(cell);
    line += 1;
    if (cells.every((c) => c.trim() === '')) return;
    const error = badRows.get(index);
    if (error === 'MissingQuotes' || error === 'InvalidQuotes') {
      skipped.push({ line: start, reason: 'unclosed-quote' });
      return;
    }
    if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
      skipped.push({
        line: start,
        reason: 'bad-value',
        detail: `${cells.length} fields, the header has ${width}; quote fields that contain "${printable(location.delimiter)}"`,
      });
      return;
    }
    rows.push({ line: start, cells });
  });
  return {
    header: location.keys,
    headerLine: location.index + 1,
    delimiter: location.delimiter,
    rows,
    skipped,
  };
}

/** The rows of a table, telling `progress` as each is taken. */
export function* rowsOf(table: CsvTable, progress?: ItemProgress): Generator<CsvRow> {
  const total = table.rows.length;
  for (let i = 0; i < total; i++) {
    progress?.(i, total);
    yield table.rows[i]!;
  }
  progress?.(total, total);
}

function countNewlines(cell: string): number {
  let n = 0;
  for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

function printable(delimiter: Delimiter): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}

/**
 * Column accessor by any of several header names (already `headerKey`-normalised). `cell` turns a raw
 * cell into its value first (Tiefgang's own formats take off the formula guard of their exporter).
 */
export class Columns {
  private readonly index = new Map<string, number>();

  constructor(
    readonly header: readonly string[],
    private readonly cell: (raw: string) => string = (raw) => raw,
  ) {
    header.forEach((key, i) => {
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  has(...names: string[]): boolean {
    return names.some((n) => this.index.has(n));
  }

  /** The first non-empty value among the named columns, trimmed; '' when none. */
  get(row: CsvRow, ...names: string[]): string {
    for (const name of names) {
      const i = this.index.get(name);
      if (i === undefined) continue;
      const value = this.cell(row.cells[i] ?? '').trim();
      if (value !== '') return value;
    }
    return '';
  }

  /** The value of a column exactly as written (free text such as notes keeps its spaces); '' when absent. */
  raw(row: CsvRow, name: string): string {
    const i = this.index.get(name);
    return i === undefined ? '' : this.cell(row.cells[i] ?? '');
  }

  /** Every non-empty value of columns whose header matches `pattern`, in header order. */
  all(row: CsvRow, pattern: RegExp): string[] {
    const values: string[] = [];
    this.header.forEach((key, i) => {
      if (!pattern.test(key)) return;
      const value = this.cell(row.cells[i] ?? '').trim();
      if (value !== '') values.push(value);
    });
    return values;
  }
}
