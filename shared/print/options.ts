/**
 * What a print is made of: the options (paper, orientation, what to show, anonymised or not) and the
 * data the print page needs. One schema for the app's print preview, the headless CLI and the IPC
 * contract, so all three accept exactly the same options.
 */
import { z } from 'zod';
import type { ModelParams } from '../domain/model-params';
import {
  CalendarDate,
  Channel,
  type ContextKind,
  type EncounterDate,
  MapLayout,
  type MapPins,
  OneLine,
  PersonKind,
  RingNumber,
} from '../domain/schema';

export const PAPER_SIZES = ['A4', 'A3'] as const;
export const PaperSize = z.enum(PAPER_SIZES);
export type PaperSize = z.infer<typeof PaperSize>;

/**
 * `initials`: "AB", "AB-2" for a second AB; `pseudonyms`: stable "P-417" numbers. Either way contexts
 * become "Club A", "Company B", and no name, organisation, tag, note or owner name reaches the page.
 */
export const ANONYMISE_MODES = ['off', 'initials', 'pseudonyms'] as const;
export const AnonymiseMode = z.enum(ANONYMISE_MODES);
export type AnonymiseMode = z.infer<typeof AnonymiseMode>;

const RingKey = z.union([RingNumber, z.literal('known'), z.literal('not-met')]);
const StatusKey = z.enum(['ok', 'due', 'overdue', 'lapsing', 'new', 'none', 'neglected']);

/** The map's filters (renderer/src/scene/types.ts MapFilters); an empty list does not restrict. */
export const PrintFilters = z.object({
  kinds: z.array(PersonKind).default([]),
  tags: z.array(z.string().max(80)).default([]),
  contexts: z.array(z.string().max(64)).default([]),
  channels: z.array(Channel).default([]),
  rings: z.array(RingKey).default([1, 2, 3, 4, 'known']),
  statuses: z.array(StatusKey).default([]),
});
export type PrintFilters = z.infer<typeof PrintFilters>;

export const PrintOptions = z.object({
  paper: PaperSize.default('A4'),
  landscape: z.boolean().default(false),
  /** White space around the page content, in millimetres (printers need about 5). */
  marginMm: z.number().min(0).max(40).default(12),
  /** The title printed on top (and the PDF's title); empty: "My network — as of <date>". */
  title: OneLine().max(200).default(''),
  /** Printed under the title, unless anonymised. */
  ownerName: OneLine().max(200).default(''),
  asOf: CalendarDate,
  layout: MapLayout.default('ego'),
  colourBy: z.enum(['kind', 'context']).default('kind'),
  /** Person–person ties as thin grey lines. */
  showTies: z.boolean().default(false),
  /** The rings without people, for the client to write names into. */
  emptyRings: z.boolean().default(false),
  filters: PrintFilters.default(PrintFilters.parse({})),
  anonymise: AnonymiseMode.default('off'),
  /**
   * The coaching pack: text pages with neglected ties, prospects and depth-versus-breadth figures (as
   * many as they need), ending with boxes for agreed actions and session notes.
   */
  pack: z.boolean().default(false),
  /** In the pack, page 2: the map twelve months ago beside today's, and who moved. */
  drift: z.boolean().default(false),
});
export type PrintOptions = z.infer<typeof PrintOptions>;
export type PrintOptionsInput = z.input<typeof PrintOptions>;

/**
 * The data a print needs: a slim copy of the data file without e-mails, phones, addresses or notes
 * (they are never printed, so they never reach the print page).
 */
export interface PrintPerson {
  id: string;
  displayName: string;
  kind: PersonKind;
  tags: string[];
  contexts: string[];
  archived?: boolean;
  closeness?: number;
  pinnedRing?: z.infer<typeof RingNumber>;
  cadenceDays?: number;
  createdAt?: string;
  /** For the coaching pack's list of next steps (never in an anonymised print: its text may name anyone). */
  nextStep?: { text: string; due?: string };
}

export interface PrintEncounter {
  id: string;
  date: z.infer<typeof EncounterDate>;
  participants: string[];
  channel: z.infer<typeof Channel>;
  durationMinutes?: number;
  /** What the depth engine reads besides (so a print shows the figures the window shows). */
  initiator?: 'me' | 'them';
  attempt?: boolean;
  /** Imported: the export format it came from (the engine reads whether silence is covered by data). */
  imported?: string;
}

/** What an imported export covers (see `Coverage` in the schema), as the engine reads it. */
export interface PrintCoverage {
  channel: z.infer<typeof Channel>;
  personIds?: string[];
  from: string;
  to: string;
  /** The export format that covered it (a chat export covers its chat, not the phone's messages). */
  source?: string;
}

export interface PrintContext {
  id: string;
  name: string;
  kind: z.infer<typeof ContextKind>;
  createdAt?: string;
}

export interface PrintTie {
  a: string;
  b: string;
  strength?: number;
}

export interface PrintData {
  people: PrintPerson[];
  encounters: PrintEncounter[];
  contexts: PrintContext[];
  ties: PrintTie[];
  coverage?: PrintCoverage[];
  settings: { ownerName: string; model: ModelParams };
  mapPins: MapPins;
}

/** What the print page is given: the data, the options and the language. */
export interface PrintInput {
  data: PrintData;
  options: PrintOptions;
  locale: 'en' | 'de';
  /** The data were anonymised before they were handed over (the page must not do it again). */
  anonymised?: boolean;
}

/** Anything with the data file's shape (a Database or an IPC Snapshot) → the slim print data. */
export function printDataFrom(db: {
  people: readonly {
    id: string;
    displayName: string;
    kind: PersonKind;
    tags: readonly string[];
    contexts: readonly string[];
    archived?: boolean;
    closeness?: number;
    pinnedRing?: z.infer<typeof RingNumber>;
    cadenceDays?: number;
    createdAt?: string;
    nextStep?: { text: string; due?: string };
  }[];
  encounters: readonly {
    id: string;
    date: string;
    participants: readonly string[];
    channel: z.infer<typeof Channel>;
    durationMinutes?: number;
    initiator?: 'me' | 'them';
    attempt?: boolean;
    source?: { format: string };
  }[];
  contexts: readonly { id: string; name: string; kind: z.infer<typeof ContextKind>; createdAt?: string }[];
  ties: readonly { a: string; b: string; strength?: number }[];
  coverage?: readonly {
    channel: z.infer<typeof Channel>;
    personIds?: readonly string[];
    from: string;
    to: string;
    source?: string;
  }[];
  settings: { ownerName: string; model: ModelParams };
  mapPins?: MapPins;
}): PrintData {
  return {
    people: db.people.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      kind: p.kind,
      tags: [...p.tags],
      contexts: [...p.contexts],
      ...(p.archived ? { archived: true } : {}),
      ...(p.closeness !== undefined ? { closeness: p.closeness } : {}),
      ...(p.pinnedRing !== undefined ? { pinnedRing: p.pinnedRing } : {}),
      ...(p.cadenceDays !== undefined ? { cadenceDays: p.cadenceDays } : {}),
      ...(p.createdAt !== undefined ? { createdAt: p.createdAt } : {}),
      ...(p.nextStep !== undefined ? { nextStep: { ...p.nextStep } } : {}),
    })),
    encounters: db.encounters.map((e) => ({
      id: e.id,
      date: e.date,
      participants: [...e.participants],
      channel: e.channel,
      ...(e.durationMinutes !== undefined ? { durationMinutes: e.durationMinutes } : {}),
      ...(e.initiator !== undefined ? { initiator: e.initiator } : {}),
      ...(e.attempt ? { attempt: true } : {}),
      ...(e.source !== undefined ? { imported: e.source.format } : {}),
    })),
    contexts: db.contexts.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      ...(c.createdAt !== undefined ? { createdAt: c.createdAt } : {}),
    })),
    ties: db.ties.map((t) => ({
      a: t.a,
      b: t.b,
      ...(t.strength !== undefined ? { strength: t.strength } : {}),
    })),
    coverage: (db.coverage ?? []).map((c) => ({
      channel: c.channel,
      from: c.from,
      to: c.to,
      ...(c.source !== undefined ? { source: c.source } : {}),
      ...(c.personIds !== undefined ? { personIds: [...c.personIds] } : {}),
    })),
    settings: { ownerName: db.settings.ownerName, model: db.settings.model },
    mapPins: db.mapPins ?? { ego: {}, force: {}, context: {} },
  };
}
