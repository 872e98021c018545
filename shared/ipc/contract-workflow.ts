/**
 * Request and response schemas of the everyday-workflow channels (issue 5): undo/redo, merging and
 * duplicates, quick log, contexts and ties, review and plan, first run (sample, import), backups and the
 * data file. Kept beside `contract.ts`, which lists them in the one contract object.
 */
import { z } from 'zod';
import {
  CalendarDate,
  Channel,
  ContextKind,
  EncounterDate,
  Id,
  Initiator,
  MultiLine,
  OneLine,
  Person,
  Plan,
} from '../domain/schema';

const Name = OneLine().trim().min(1, 'name must not be empty').max(200);

/** A sentence to show, as an i18n key with its values, so it follows the UI language. */
export const Label = z.object({
  key: z.string().min(1).max(200),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Label = z.infer<typeof Label>;

export const HistoryState = z.object({
  /** The change undo would take back, newest first; absent when there is nothing to undo. */
  undo: Label.optional(),
  redo: Label.optional(),
  /** How many steps can be undone (at most the history's limit). */
  undoSteps: z.number().int().min(0),
  redoSteps: z.number().int().min(0),
});
export type HistoryState = z.infer<typeof HistoryState>;

export const HistoryResult = z.object({ label: Label, state: HistoryState });
export type HistoryResult = z.infer<typeof HistoryResult>;

export const MergeRequest = z
  .object({ keepId: Id, removeId: Id })
  .refine((r) => r.keepId !== r.removeId, { message: 'choose two different people', path: ['removeId'] });
export type MergeRequest = z.infer<typeof MergeRequest>;

export const MergePreview = z.object({
  keep: Person,
  remove: Person,
  /** The person as they will be after the merge. */
  merged: Person,
  /** Encounters of the removed person that move to the kept one. */
  encountersMoved: z.number().int().min(0),
  /** Encounters both took part in (they stay, with the person once). */
  encountersShared: z.number().int().min(0),
  tiesMoved: z.number().int().min(0),
  /** Ties between the two, or to someone both are tied to, that would be doubled. */
  tiesDropped: z.number().int().min(0),
  /** Fields where both had a different value and the kept person's value wins. */
  conflicts: z.array(z.string()),
});
export type MergePreview = z.infer<typeof MergePreview>;

export const DUPLICATE_REASONS = ['same-email', 'shared-phone', 'same-name', 'similar-name'] as const;
export const DuplicatePair = z.object({ a: Id, b: Id, reason: z.enum(DUPLICATE_REASONS) });
export type DuplicatePair = z.infer<typeof DuplicatePair>;

/**
 * The quick log: an encounter whose participants are existing people and/or new people created in the
 * same write (one undo step). `participants` may be empty when `newPeople` names someone.
 */
export const QuickLogRequest = z
  .object({
    date: EncounterDate,
    participants: z.array(Id).max(500),
    newPeople: z.array(Name).max(20).default([]),
    channel: Channel,
    contextId: Id.optional(),
    durationMinutes: z
      .number()
      .int()
      .min(0)
      .max(60 * 24 * 14)
      .optional(),
    initiator: Initiator.optional(),
    notes: MultiLine().max(20000).optional(),
  })
  .refine((r) => r.participants.length + r.newPeople.length > 0, {
    message: 'choose at least one person',
    path: ['participants'],
  });
export type QuickLogRequest = z.input<typeof QuickLogRequest>;

export const ContextPatch = z.object({
  name: Name.optional(),
  kind: ContextKind.optional(),
  notes: MultiLine().max(20000).optional(),
});
export type ContextPatch = z.infer<typeof ContextPatch>;

export const SnoozeRequest = z.object({ id: Id, until: CalendarDate.nullable() });

export const SampleRequest = z.object({ locale: z.enum(['de', 'en']), today: CalendarDate });
export const SampleResult = z.object({ people: z.number().int(), encounters: z.number().int() });

/**
 * Names one import preview while it runs: chosen by the renderer and passed to `import.preview`, it comes
 * back on every `import.progress` event of that preview and names it to `import.cancel`.
 */
export const ImportJobId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, - and _');

/** A file the user picked: its name and bytes (base64, so any bridge carries it). 50 MB at most. */
export const ImportPreviewRequest = z.object({
  fileName: z.string().min(1).max(500),
  base64: z
    .string()
    .max(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4, 'the file is larger than 50 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  /** Today in the user's zone, `YYYY-MM-DD`: recurring calendar events are read for the two years before it. */
  today: CalendarDate,
  /** For progress events and cancelling; without it the preview can still be cancelled by a newer one. */
  jobId: ImportJobId.optional(),
  /** Chat, call and mail exports: who the user is (a name, address or number the export shows). */
  me: z.array(z.string().trim().min(1).max(320)).max(20).optional(),
  /** Chat, call and mail exports: for a name that fits several people, the person chosen (id) or `new`. */
  choices: z.record(z.string().max(400), z.string().min(1).max(64)).optional(),
});

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

export const PlanRequest = Plan;
