/** Formats out. Pure serialisers: Database → text. The CLI and the app write the text to a file. */
import type { Database } from '../../shared/domain/schema';
import { exportEncountersCsv } from './encounters-csv';
import { exportPeopleCsv } from './people-csv';
import { exportVCard } from './vcard';

export const EXPORT_FORMATS = ['json', 'people-csv', 'encounters-csv', 'vcard'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  'people-csv': 'csv',
  'encounters-csv': 'csv',
  vcard: 'vcf',
};

/** The full backup: the data file's own JSON, which `import --format json` restores. */
export function exportJson(db: Readonly<Database>): string {
  return `${JSON.stringify(db, null, 2)}\n`;
}

export function exportDatabase(db: Readonly<Database>, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return exportJson(db);
    case 'people-csv':
      return exportPeopleCsv(db);
    case 'encounters-csv':
      return exportEncountersCsv(db);
    case 'vcard':
      return exportVCard(db);
  }
}

export { exportEncountersCsv, exportPeopleCsv, exportVCard };
