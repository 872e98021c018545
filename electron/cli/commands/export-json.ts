/** `export --format json`: the whole database in the data file's own readable layout (one record per line). */
import { RecordSerializer } from '../../store/serialize';
import type { ExportFormat } from './export-format';

export const jsonExport: ExportFormat = {
  name: 'json',
  summary: 'cli:export.formatJson',
  render: (data) => new RecordSerializer().serialize(data),
};
