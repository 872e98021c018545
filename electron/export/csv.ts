/** CSV text for spreadsheets: RFC 4180 quoting by papaparse, CRLF line ends, a UTF-8 byte-order mark. */
import Papa from 'papaparse';

/**
 * The BOM makes Excel on Windows read the file as UTF-8 (without it, umlauts break); Tiefgang's own
 * importer and every other reader skip it. Cells are never rewritten (no formula escaping): the export
 * must import back unchanged.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { newline: '\r\n' })}\r\n`;
}
