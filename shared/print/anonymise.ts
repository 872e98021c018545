/**
 * Anonymised prints: the data are rewritten before the print page sees them, so no real name can reach
 * the PDF — not its drawing, its text layer, its outline or its metadata.
 *
 * - People get initials ("AB"; a second "AB" becomes "AB-2") or stable pseudonyms ("P-417": a hash of
 *   the person's id, so the same person keeps the same number from one session to the next).
 * - Contexts become their kind and a letter ("Club A", "Company B"), lettered in the order they were
 *   created, so the letters do not change when a context is added.
 * - Tags (which may be names: "Anna's friends") become "#1", "#2"…; filters are translated with them.
 * - The owner's name is dropped.
 * Pure: the same data give the same aliases.
 */
import type { ContextKind } from '../domain/schema';
import type { AnonymiseMode, PrintData, PrintFilters } from './options';

/** "Club A": the translated label of a context kind with its letter(s). */
export type ContextLabel = (kind: ContextKind, letter: string) => string;

export interface AnonymisedData {
  data: PrintData;
  /** Real tag → alias, for translating filters. */
  tags: ReadonlyMap<string, string>;
}

export function anonymiseData(
  data: PrintData,
  mode: Exclude<AnonymiseMode, 'off'>,
  contextLabel: ContextLabel,
): AnonymisedData {
  const aliases = mode === 'initials' ? initialAliases(data.people) : pseudonymAliases(data.people);
  const tags = new Map<string, string>();
  for (const tag of [...new Set(data.people.flatMap((p) => p.tags))].sort())
    tags.set(tag, `#${tags.size + 1}`);
  const contextNames = contextAliases(data.contexts, contextLabel);
  return {
    tags,
    data: {
      people: data.people.map((p) => ({
        id: p.id,
        displayName: aliases.get(p.id)!,
        kind: p.kind,
        tags: p.tags.map((t) => tags.get(t)!),
        contexts: [...p.contexts],
        ...(p.archived ? { archived: true } : {}),
        ...(p.closeness !== undefined ? { closeness: p.closeness } : {}),
        ...(p.pinnedRing !== undefined ? { pinnedRing: p.pinnedRing } : {}),
        ...(p.cadenceDays !== undefined ? { cadenceDays: p.cadenceDays } : {}),
        ...(p.createdAt !== undefined ? { createdAt: p.createdAt } : {}),
      })),
      encounters: data.encounters,
      contexts: data.contexts.map((c) => ({
        id: c.id,
        name: contextNames.get(c.id)!,
        kind: c.kind,
        ...(c.createdAt !== undefined ? { createdAt: c.createdAt } : {}),
      })),
      ties: data.ties,
      ...(data.coverage ? { coverage: data.coverage } : {}),
      settings: { ownerName: '', model: data.settings.model },
      mapPins: data.mapPins,
    },
  };
}

/** The filters with tags replaced by their aliases (contexts are filtered by id, which stays). */
export function anonymiseFilters(filters: PrintFilters, tags: ReadonlyMap<string, string>): PrintFilters {
  return { ...filters, tags: filters.tags.map((t) => tags.get(t) ?? '#?') };
}

/** Creation order (then id): people and contexts added later never change the aliases of earlier ones. */
function byCreation<T extends { id: string; createdAt?: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

const HONORIFIC = /\.$/;

/**
 * Initials of a display name: the first letters of the first and the last word ("Anna Maria Bergmann"
 * → "AB"), titles with a full stop left out ("Dr. Hans Meier" → "HM"), "Family, Given" turned round,
 * words without letters skipped. "?" when there is no letter at all.
 */
export function initialsOf(name: string): string {
  let text = name.trim();
  const comma = text.indexOf(',');
  if (comma > 0) text = `${text.slice(comma + 1)} ${text.slice(0, comma)}`;
  const words = text
    .split(/\s+/)
    .filter((w) => w !== '' && !HONORIFIC.test(w))
    .map((w) => /\p{L}/u.exec(w)?.[0])
    .filter((c): c is string => c !== undefined);
  if (words.length === 0) return '?';
  const first = words[0]!;
  const last = words.length > 1 ? words[words.length - 1]! : '';
  return (first + last).toLocaleUpperCase('en');
}

function initialAliases(people: PrintData['people']): Map<string, string> {
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  for (const p of byCreation(people)) {
    const base = initialsOf(p.displayName);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(p.id, n === 1 ? base : `${base}-${n}`);
  }
  return out;
}

/** FNV-1a, 32 bit: a fast, well-spread hash of a short string (not a secret; the ids are random). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The number range for n people: three digits up to 300 people, four up to 3,000, five beyond, so
 * that hash collisions stay rare and numbers short. Within a range a person's number never changes.
 */
export function pseudonymRange(n: number): { from: number; size: number } {
  if (n <= 300) return { from: 100, size: 900 };
  if (n <= 3000) return { from: 1000, size: 9000 };
  return { from: 10000, size: Math.max(90000, n * 3) };
}

function pseudonymAliases(people: PrintData['people']): Map<string, string> {
  const { from, size } = pseudonymRange(people.length);
  const taken = new Set<number>();
  const out = new Map<string, string>();
  for (const p of byCreation(people)) {
    let slot = fnv1a(p.id) % size;
    while (taken.has(slot)) slot = (slot + 1) % size;
    taken.add(slot);
    out.set(p.id, `P-${from + slot}`);
  }
  return out;
}

/** 0 → A, 25 → Z, 26 → AA, 27 → AB… */
export function letters(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

function contextAliases(contexts: PrintData['contexts'], label: ContextLabel): Map<string, string> {
  const perKind = new Map<ContextKind, number>();
  const out = new Map<string, string>();
  for (const c of byCreation(contexts)) {
    const i = perKind.get(c.kind) ?? 0;
    perKind.set(c.kind, i + 1);
    out.set(c.id, label(c.kind, letters(i)));
  }
  return out;
}
