/** CSV text for spreadsheets: RFC 4180 quoting by papaparse, CRLF line ends, a UTF-8 byte-order mark. */
import Papa from 'papaparse';
import { protectFormula } from '../import/tiefgang-format';

/**
 * The BOM makes Excel on Windows read the file as UTF-8 (without it, umlauts break); Tiefgang's own
 * importer and every other reader skip it. A cell a spreadsheet would run as a formula gets a leading
 * `'` (OWASP's advice); Tiefgang's importer takes it off again, so the export imports back unchanged.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = rows.map((row) => row.map(protectFormula));
  return `\uFEFF${Papa.unparse({ fields: [...header], data }, { newline: '\r\n' })}\r\n`;
}
