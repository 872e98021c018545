/**
 * The IPC contract: the single source of truth for every call between renderer and main.
 * Each channel has a zod request and response schema (defined by domain in contracts/); the main-process router validates every request
 * against it, the preload API and the renderer's types are derived from it.
 */
import { z } from 'zod';
import {
  CalendarDate,
  Context,
  Database,
  Encounter,
  Id,
  MapLayout,
  MapPins,
  MapPoint,
  Person,
  Settings,
  Tie,
} from '../domain/schema';
import type { EventChannel, InvokeChannel } from './channels';
import { Snapshot } from './contracts/app';
import { CalendarResult, CalendarState } from './contracts/calendar';
import { ContextDraft, ContextPatch } from './contracts/contexts';
import { BackupEntry, DataLocation, MoveResult, RestoreResult } from './contracts/data';
import { EncounterDraft, EncounterPatch, QuickLogRequest } from './contracts/encounters';
import {
  DisableEncryptionRequest,
  EnableEncryptionRequest,
  EncryptionState,
  EncryptionSwitched,
  RememberKeyRequest,
  UnlockRequest,
  UnlockResult,
} from './contracts/encryption';
import { HistoryResult, HistoryState } from './contracts/history';
import {
  ImportCancelRequest,
  ImportCancelResult,
  ImportChooseResult,
  ImportCommitRequest,
  ImportCommitResult,
  ImportPreviewRequest,
  ImportPreviewSummary,
  ImportProgressEvent,
} from './contracts/import';
import {
  DuplicatePair,
  MergePreview,
  MergeRequest,
  NextStepDone,
  PersonDraft,
  PersonPatch,
  SnoozeRequest,
} from './contracts/people';
import { ExportJob, PdfJob, Printed, PrintJob, Saved } from './contracts/print';
import { PlanRequest, SettingsPatch } from './contracts/settings';
import { TieDraft } from './contracts/ties';
import { SampleRequest, SampleResult } from './contracts/welcome';
import { MENU_COMMANDS } from './menu-commands';

// The schemas live by domain in contracts/; they are re-exported here, so callers import the whole
// contract from one place.
export * from './contracts/app';
export * from './contracts/calendar';
export * from './contracts/contexts';
export * from './contracts/data';
export * from './contracts/encounters';
export * from './contracts/encryption';
export * from './contracts/history';
export * from './contracts/import';
export * from './contracts/people';
export * from './contracts/print';
export * from './contracts/settings';
export * from './contracts/ties';
export * from './contracts/welcome';

const ById = z.object({ id: Id });
const Deleted = z.object({ id: Id, deleted: z.literal(true) });

export const contract = {
  'app.info': {
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), dataFile: z.string(), systemLocale: z.string() }),
  },
  'db.snapshot': { request: z.object({}).strict(), response: Snapshot },
  'people.create': { request: PersonDraft, response: Person },
  'people.update': { request: z.object({ id: Id, patch: PersonPatch }), response: Person },
  'people.delete': { request: ById, response: Deleted },
  'encounters.create': { request: EncounterDraft, response: Encounter },
  'encounters.update': { request: z.object({ id: Id, patch: EncounterPatch }), response: Encounter },
  'encounters.delete': { request: ById, response: Deleted },
  'contexts.create': { request: ContextDraft, response: Context },
  'ties.create': { request: TieDraft, response: Tie },
  'settings.update': { request: SettingsPatch, response: Settings },
  /** Keeps a person where the user dragged them on the map (in that layout); answers all pins. */
  'map.pin': { request: MapPoint.extend({ layout: MapLayout, personId: Id }), response: MapPins },
  /** Gives one person (or, without `personId`, everyone) back to the computed layout. */
  'map.unpin': { request: z.object({ layout: MapLayout, personId: Id.optional() }), response: MapPins },
  /** What undo and redo would do now. */
  'history.state': { request: z.object({}).strict(), response: HistoryState },
  /** Takes back the newest change in one durable write; fails with `conflict` when there is none. */
  'history.undo': { request: z.object({}).strict(), response: HistoryResult },
  'history.redo': { request: z.object({}).strict(), response: HistoryResult },
  /** Leaves a person out of the review queue until a day (`null`: back in now). */
  'people.snooze': { request: SnoozeRequest, response: Person },
  /** Pairs of people who are probably the same: shared e-mail or phone, same or similar name. */
  'people.duplicates': { request: z.object({}).strict(), response: z.array(DuplicatePair) },
  /** What merging `removeId` into `keepId` would do; nothing is written. */
  'people.mergePreview': { request: MergeRequest, response: MergePreview },
  /** Merges in one write: encounters and ties move to the kept person, the other is deleted. */
  'people.merge': { request: MergeRequest, response: Person },
  /** The person's next step is done: cleared (undoable); the answer says what it was. */
  'people.nextStepDone': { request: ById, response: NextStepDone },
  /** Quick log: an encounter, creating the new people it names in the same write. */
  'encounters.log': {
    request: QuickLogRequest,
    response: z.object({
      encounter: Encounter,
      created: z.array(Person),
      createdContext: Context.optional(),
    }),
  },
  'contexts.update': { request: z.object({ id: Id, patch: ContextPatch }), response: Context },
  /** Deletes a context; people leave it and encounters lose it (they stay). */
  'contexts.delete': { request: ById, response: Deleted },
  'ties.delete': { request: ById, response: Deleted },
  /** Replaces the weekly goals. */
  'plan.update': { request: PlanRequest, response: Settings },
  /** The welcome screen was answered with "start empty". */
  'welcome.finish': { request: z.object({}).strict(), response: Settings },
  /** Writes the sample network (only into an empty data file). */
  'sample.load': { request: SampleRequest, response: SampleResult },
  /**
   * Reads a file off the main thread (a worker) and answers what importing it would do; nothing is
   * written. Progress arrives as `import.progress` events for the request's `jobId`.
   */
  'import.preview': { request: ImportPreviewRequest, response: ImportPreviewSummary },
  /** The system's open dialog (any size: the chosen file is read from disk, not sent by the window). */
  'import.choose': { request: z.object({}).strict(), response: ImportChooseResult },
  /** Stops the running preview with that id: it answers `{ status: 'cancelled' }`. */
  'import.cancel': { request: ImportCancelRequest, response: ImportCancelResult },
  'import.commit': { request: ImportCommitRequest, response: ImportCommitResult },
  /** The daily backups beside the data file, newest first. */
  'backups.list': { request: z.object({}).strict(), response: z.array(BackupEntry) },
  /** Puts a backup's content back (one write, undoable); the current data stays in today's backup. */
  'backups.restore': { request: z.object({ day: CalendarDate }), response: RestoreResult },
  'data.location': { request: z.object({}).strict(), response: DataLocation },
  'data.openFolder': { request: z.object({}).strict(), response: z.object({ opened: z.boolean() }) },
  'data.move': { request: z.object({}).strict(), response: MoveResult },
  /** Prints the window's print pages (the print preview's sheets) with the system's print dialog. */
  'print.print': { request: PrintJob, response: Printed },
  /** Asks where to, then saves the print pages as PDF (exact paper size); `saved: false` if cancelled. */
  'print.savePdf': { request: PdfJob, response: Saved },
  /** Asks where to, then writes an SVG or PNG made in the window. */
  'print.export': { request: ExportJob, response: Saved },
  // Encryption at rest: schemas in contracts/encryption.ts.
  'encryption.state': { request: z.object({}).strict(), response: EncryptionState },
  /** Encrypts the data file and its backups with a key from the passphrase (one durable write). */
  'encryption.enable': { request: EnableEncryptionRequest, response: EncryptionSwitched },
  /** Writes the data file and its backups in the clear again; needs the passphrase. */
  'encryption.disable': { request: DisableEncryptionRequest, response: EncryptionSwitched },
  /** Keeps the key in the system's keychain, or removes it from there. */
  'encryption.remember': { request: RememberKeyRequest, response: EncryptionState },
  /** Opens an encrypted data file with its passphrase (the window shows the unlock screen until then). */
  'encryption.unlock': { request: UnlockRequest, response: UnlockResult },
  /** Where the calendar file is, whether it is kept, and how its last write went. */
  'calendar.state': { request: z.object({}).strict(), response: CalendarState },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

export const events = {
  'db.changed': z.object({ revision: z.number().int().min(0) }),
  /** A menu item the window acts on (shared/ipc/menu-commands.ts). */
  'menu.command': z.object({ command: z.enum(MENU_COMMANDS) }),
  'import.progress': ImportProgressEvent,
  /** The calendar file was written (or could not be): the window says so in its status line. */
  'calendar.written': CalendarResult,
} as const satisfies Record<EventChannel, z.ZodType>;

export type Contract = typeof contract;
export type RequestOf<C extends InvokeChannel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends InvokeChannel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<Contract[C]['response']>;
export type EventPayloadOf<E extends EventChannel> = z.output<(typeof events)[E]>;

/** Error codes a call can fail with; the renderer translates them (errors.<code>). */
export const ERROR_CODES = [
  'invalid-request',
  'unknown-channel',
  'not-found',
  'conflict',
  'forbidden',
  'store-locked',
  'store-io',
  /** The data file is encrypted and not unlocked yet: only `encryption.unlock` and `app.info` answer. */
  'locked',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcError {
  code: ErrorCode;
  /** A sentence a person understands (English); the renderer shows its own translation of `code`. */
  message: string;
  /** Which field was wrong, for forms: dotted path → message. */
  fields?: Record<string, string>;
}
export type Result<T> = { ok: true; data: T } | { ok: false; error: IpcError };

export { Database };
