/** Importing a file: the preview (in a worker, with progress and cancel) and the commit. Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';
import { CalendarDate } from '../../domain/schema';

/**
 * Names one import preview while it runs: chosen by the renderer and passed to `import.preview`, it comes
 * back on every `import.progress` event of that preview and names it to `import.cancel`.
 */
export const ImportJobId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, - and _');

/** The largest file the window sends as bytes; a larger one is read from disk (`import.choose`). */
export const MAX_IMPORT_BYTES_IN_REQUEST = 50 * 1024 * 1024;

/** Names a file the user chose in the system's dialog (`import.choose`); main keeps its path. */
export const ImportFileRef = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, - and _');

/**
 * A file the user picked: its name and either its bytes (base64, so any bridge carries it; 50 MB at
 * most) or, for a file chosen in the system's dialog, its reference (read from disk, of any size).
 */
export const ImportPreviewRequest = z
  .object({
    fileName: z.string().min(1).max(500),
    base64: z
      .string()
      .max(Math.ceil((MAX_IMPORT_BYTES_IN_REQUEST * 4) / 3) + 4, 'the file is larger than 50 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64')
      .optional(),
    fileRef: ImportFileRef.optional(),
    /** Today in the user's zone, `YYYY-MM-DD`: recurring calendar events are read for the two years before it. */
    today: CalendarDate,
    /** For progress events and cancelling; without it the preview can still be cancelled by a newer one. */
    jobId: ImportJobId.optional(),
    /** Chat, call and mail exports: who the user is (a name, address or number the export shows). */
    me: z.array(z.string().trim().min(1).max(320)).max(20).optional(),
    /** Chat, call and mail exports: for a name that fits several people, the person chosen (id) or `new`. */
    choices: z.record(z.string().max(400), z.string().min(1).max(64)).optional(),
    /** LinkedIn connections: the day you connected counts as a first touch (a message encounter). */
    linkedinConnectedAsTouch: z.boolean().optional(),
  })
  .refine((request) => (request.base64 === undefined) !== (request.fileRef === undefined), {
    message: 'give either the bytes (base64) or a chosen file (fileRef)',
    path: ['fileRef'],
  });

/**
 * The system's open dialog, from main: the file chosen (name, size and a reference for `import.preview`),
 * or nothing. `unavailable` where there is no such dialog (the browser harness): the window's own file
 * input is used then.
 */
export const ImportChooseResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('chosen'),
    file: z.object({ ref: ImportFileRef, fileName: z.string(), bytes: z.number().int().min(0) }),
  }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('unavailable') }),
]);
export type ImportChooseResult = z.infer<typeof ImportChooseResult>;

/** What a chat, call or mail export adds, beyond the general preview (counts, dates, directions: no text). */
export const ContactLogSummary = z.object({
  seen: z.object({ messages: z.number().int(), calls: z.number().int() }),
  /** The export does not say which sender is the user: nothing is counted until they choose. */
  ownerQuestion: z
    .object({
      candidates: z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() })),
    })
    .optional(),
  /** Names that fit several people, each to be chosen (`choices` of the next preview). */
  ambiguous: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      line: z.number().int(),
      candidates: z.array(z.object({ id: z.string(), name: z.string(), detail: z.string() })),
    }),
  ),
  /** Per person: encounters added by channel (`message`, `email`, `call`), attempts (missed calls). */
  people: z.array(
    z.object({
      name: z.string(),
      status: z.enum(['new', 'matched', 'ambiguous']),
      added: z.record(z.string(), z.number().int()),
      attempts: z.number().int(),
    }),
  ),
  /** Skipped per reason (`import:skip.<reason>`), with the first lines. */
  skipped: z.array(
    z.object({
      reason: z.string(),
      count: z.number().int(),
      lines: z.array(z.number().int()),
      detail: z.string().optional(),
    }),
  ),
  coverage: z.number().int(),
  updatedEncounters: z.number().int(),
});
export type ContactLogSummary = z.infer<typeof ContactLogSummary>;

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
    /** Values cut to the data file's limits: `import:preview.shortenedLine` / `leftOutLine` (kept 0). */
    shortened: z.array(
      z.object({
        line: z.number().int(),
        /** `import:field.<field>` names it. */
        field: z.string(),
        length: z.number().int(),
        kept: z.number().int(),
      }),
    ),
    /** Limits the file reached, each a sentence: `import:notice.<code>` with `values`. */
    notices: z.array(z.object({ code: z.string(), values: z.record(z.string(), z.number()) })),
    /** Only for chat, call and mail exports. */
    log: ContactLogSummary.optional(),
  }),
  z.object({
    /** The file could not be read: `import:errors.<reason>` with `params` says why and what to do. */
    status: z.literal('error'),
    reason: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
  z.object({
    /** Cancelled by `import.cancel` or by a newer preview; nothing was read into the data. */
    status: z.literal('cancelled'),
    fileName: z.string(),
  }),
]);
export type ImportPreviewSummary = z.infer<typeof ImportPreviewSummary>;

export const ImportCancelRequest = z.object({ jobId: ImportJobId });
/** `cancelled: false` when no preview with that id is running (it had finished, or never began). */
export const ImportCancelResult = z.object({ cancelled: z.boolean() });

/** The stages of a preview, in order: decoding the bytes, reading the records, planning them. */
export const IMPORT_STAGES = ['read', 'parse', 'plan'] as const;

/**
 * Progress of a running preview, about a hundred events per stage. `fraction` (0 to 1) is the whole
 * preview's share done, for a determinate progress bar; `done` of `total` `unit` describe the stage.
 */
export const ImportProgressEvent = z.object({
  jobId: ImportJobId,
  fileName: z.string(),
  stage: z.enum(IMPORT_STAGES),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  unit: z.enum(['bytes', 'items']),
  fraction: z.number().min(0).max(1),
});
export type ImportProgressEvent = z.infer<typeof ImportProgressEvent>;

export const ImportCommitRequest = z.object({
  token: z.string().min(1).max(100),
  mergeDuplicates: z.boolean(),
});
export const ImportCommitResult = z.object({ counts: z.record(z.string(), z.number().int()) });
