/**
 * Every command of the CLI. To add one: write `commands/<name>.ts` exporting a `Command` (see
 * ../command.ts) and add it to this list. Export formats are added the same way to `exportFormats`.
 */
import type { Command } from '../command';
import { agendaCommand } from './agenda';
import { exportCommand } from './export';
import type { ExportFormat } from './export-format';
import { encountersCsvExport, peopleCsvExport, vcardExport } from './export-formats';
import { jsonExport } from './export-json';
import { importCommand } from './import';
import { logCommand } from './log';
import { neglectedCommand } from './neglected';
import { peopleAddCommand } from './people-add';
import { printCommand } from './print';
import { statsCommand } from './stats';

export const exportFormats: readonly ExportFormat[] = [
  jsonExport,
  peopleCsvExport,
  encountersCsvExport,
  vcardExport,
];

export const commands: readonly Command[] = [
  peopleAddCommand,
  logCommand,
  exportCommand(exportFormats),
  importCommand,
  statsCommand,
  neglectedCommand,
  agendaCommand,
  printCommand,
];
