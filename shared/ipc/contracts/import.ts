/** Importing a file: the preview and the commit. Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';
import { CalendarDate } from '../../domain/schema';

/** A file the user picked: its name and bytes (base64, so any bridge carries it). 50 MB at most. */
export const ImportPreviewRequest = z.object({
  fileName: z.string().min(1).max(500),
  base64: z
    .string()
    .max(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4, 'the file is larger than 50 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  /** Today in the user's zone, `YYYY-MM-DD`: recurring calendar events are read for the two years before it. */
  today: CalendarDate,
});

const ListedPerson = z.object({ name: z.string(), lines: z.array(z.number().int()) });

export const ImportPreviewSummary = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ready'),
    /** Hand this to `import.commit`; it is valid until the data changes or another preview is made. */
    token: z.string(),
    fileName: z.string(),
    format: z.string(),
    mode: z.enum(['add', 'replace']),
    counts: z.record(z.string(), z.number().int()),
    /** The first 200 of each list; `counts` has the totals. */
    newPeople: z.array(ListedPerson),
    matchedPeople: z.array(ListedPerson.extend({ by: z.string() })),
    likelyDuplicates: z.array(z.object({ name: z.string(), other: z.string(), reason: z.string() })),
    skipped: z.array(z.object({ line: z.number().int(), reason: z.string(), detail: z.string().optional() })),
  }),
  z.object({
    /** The file could not be read: `import:errors.<reason>` with `params` says why and what to do. */
    status: z.literal('error'),
    reason: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
]);

export type ImportPreviewSummary = z.infer<typeof ImportPreviewSummary>;

export const ImportCommitRequest = z.object({
  token: z.string().min(1).max(100),
  mergeDuplicates: z.boolean(),
});

export const ImportCommitResult = z.object({ counts: z.record(z.string(), z.number().int()) });
