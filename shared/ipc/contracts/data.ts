/** The data file and its daily backups. Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';
import { CalendarDate } from '../../domain/schema';

export const BackupEntry = z.object({ day: CalendarDate, bytes: z.number().int().min(0) });

export const RestoreResult = z.object({ people: z.number().int(), encounters: z.number().int() });

export const DataLocation = z.object({
  path: z.string(),
  folder: z.string(),
  /** Whether this build can show the folder / move the file (the desktop app can; a test page cannot). */
  canOpenFolder: z.boolean(),
  canMove: z.boolean(),
});

export const MoveResult = z.object({
  moved: z.boolean(),
  path: z.string(),
  /** Where the old file was kept (renamed beside it); absent if it could not be renamed and stayed put. */
  keptAs: z.string().optional(),
});
