/**
 * Which format a file is in, decided by its content (the name is only a hint: a renamed file still
 * imports; a `.vcf` that is not a vCard gets a message saying so).
 */
import { isGoogleHeader, isLinkedInHeader, isOutlookHeader } from './contacts-csv';
import { firstLines, type HeaderTest, locateHeader } from './csv';
import { ImportError } from './errors';
import { decodeImportBytes, MAX_IMPORT_BYTES, normaliseNewlines, stripBom, type TextEncoding } from './text';
import { isEncountersHeader, isPeopleHeader, isTiesHeader } from './tiefgang-csv';
import type { ImportFormat } from './types';

export interface DetectedFile {
  format: ImportFormat;
  text: string;
  encoding: TextEncoding;
}

const CSV_FORMATS: [ImportFormat, HeaderTest][] = [
  ['encounters-csv', isEncountersHeader],
  ['ties-csv', isTiesHeader],
  ['people-csv', isPeopleHeader],
  ['linkedin', isLinkedInHeader],
  ['google-csv', isGoogleHeader],
  ['outlook-csv', isOutlookHeader],
];

/** Decodes the bytes (refusing empty, binary and oversized files) and recognises the format. */
export function detectFormat(fileName: string, bytes: Uint8Array, limit = MAX_IMPORT_BYTES): DetectedFile {
  const { text, encoding } = decodeImportBytes(fileName, bytes, limit);
  return { format: sniffFormat(fileName, text), text, encoding };
}

/**
 * How much of the text the format is decided by. Every format announces itself in its first lines (a
 * LinkedIn preamble is three lines, a Google header a few kilobytes); looking further only costs time
 * and memory on hostile files (one 30 MB line).
 */
export const SNIFF_CHARS = 64 * 1024;

export function sniffFormat(fileName: string, text: string): ImportFormat {
  const { lines } = firstLines(normaliseNewlines(stripBom(text.slice(0, SNIFF_CHARS))), 21);
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  const first = (lines[firstIndex] ?? '').trim();
  const upper = first.toUpperCase();
  if (upper === 'BEGIN:VCARD') return 'vcard';
  if (upper === 'BEGIN:VCALENDAR') return 'ics';
  if (first.startsWith('{')) return 'json';
  for (const [format, test] of CSV_FORMATS) {
    if (locateHeader(lines, test)) return format;
  }
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const line = firstIndex + 1;
  const detail = `it begins with "${first.slice(0, 60)}"`;
  if (extension === 'vcf' || extension === 'vcard') {
    throw new ImportError('not-format', {
      file: fileName,
      line,
      format: 'vCard',
      detail: `${detail}, not BEGIN:VCARD`,
    });
  }
  if (extension === 'ics' || extension === 'ical' || extension === 'ifb') {
    throw new ImportError('not-format', {
      file: fileName,
      line,
      format: 'iCalendar',
      detail: `${detail}, not BEGIN:VCALENDAR`,
    });
  }
  if (extension === 'json') {
    throw new ImportError('not-format', { file: fileName, line, format: 'JSON', detail: `${detail}, not {` });
  }
  throw new ImportError('unknown', {
    file: fileName,
    detail:
      extension === 'csv' || extension === 'txt' || extension === 'tsv'
        ? `a table whose header (${first.slice(0, 80)}) matches no known export`
        : detail,
  });
}
