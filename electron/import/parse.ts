/** One entry point for every format: text → ParsedImport, or an ImportError and nothing else. */
import { parseGoogleCsv, parseLinkedInCsv, parseOutlookCsv } from './contacts-csv';
import { atBoundary } from './errors';
import { parseIcs } from './ics';
import { parseJsonBackup } from './json';
import { parseEncountersCsv, parsePeopleCsv, parseTiesCsv } from './tiefgang-csv';
import type { ImportFormat, ParsedImport, ParseOptions } from './types';
import { parseVCard } from './vcard';

export function parseImport(
  format: ImportFormat,
  fileName: string,
  text: string,
  options: ParseOptions = {},
): ParsedImport {
  const progress = options.onProgress;
  return atBoundary(fileName, () => {
    switch (format) {
      case 'vcard':
        return parseVCard(fileName, text, progress);
      case 'google-csv':
        return parseGoogleCsv(fileName, text, progress);
      case 'outlook-csv':
        return parseOutlookCsv(fileName, text, progress);
      case 'linkedin':
        return parseLinkedInCsv(fileName, text, options);
      case 'ics':
        return parseIcs(fileName, text, options);
      case 'encounters-csv':
        return parseEncountersCsv(fileName, text, progress);
      case 'ties-csv':
        return parseTiesCsv(fileName, text, progress);
      case 'people-csv':
        return parsePeopleCsv(fileName, text, progress);
      case 'json': {
        progress?.(0, 1);
        const parsed = parseJsonBackup(fileName, text);
        progress?.(1, 1);
        return parsed;
      }
    }
  });
}
