/** `export --format people-csv | encounters-csv | vcard`: the serialisers of electron/export. */
import { exportEncountersCsv, exportPeopleCsv, exportVCard } from '../../export/index';
import type { ExportFormat } from './export-format';

export const peopleCsvExport: ExportFormat = {
  name: 'people-csv',
  summary: 'import:cli.formatPeopleCsv',
  render: (data) => exportPeopleCsv(data),
};

export const encountersCsvExport: ExportFormat = {
  name: 'encounters-csv',
  summary: 'import:cli.formatEncountersCsv',
  render: (data) => exportEncountersCsv(data),
};

export const vcardExport: ExportFormat = {
  name: 'vcard',
  summary: 'import:cli.formatVcard',
  render: (data) => exportVCard(data),
};
