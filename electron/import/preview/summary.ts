/**
 * A preview in short: the counts, the first entries of each list, every notice. It is what the app shows
 * before the user confirms, and what crosses from the import worker at once; the whole preview (every
 * record to write) crosses only when the user commits.
 */
import type { ContactLogSummary } from '../../../shared/ipc/contracts/import';
import { type ContactLogPreview, isContactLogPreview } from '../contact-log/plan';
import type { ImportPreview } from '../types';

/** How many entries of each list the summary holds (the counts have the totals). */
export const SUMMARY_LIST_LIMIT = 200;

export interface PreviewSummary {
  fileName: string;
  format: ImportPreview['format'];
  mode: ImportPreview['mode'];
  counts: Record<string, number>;
  newPeople: { name: string; lines: number[] }[];
  matchedPeople: { name: string; lines: number[]; by: string }[];
  likelyDuplicates: { name: string; other: string; reason: string }[];
  skipped: { line: number; reason: string; detail?: string }[];
  shortened: { line: number; field: string; length: number; kept: number }[];
  notices: { code: string; values: Record<string, number> }[];
  /** Only for chat, call and mail exports. */
  log?: ContactLogSummary;
}

export function summarisePreview(preview: ImportPreview, limit = SUMMARY_LIST_LIMIT): PreviewSummary {
  return {
    fileName: preview.fileName,
    format: preview.format,
    mode: preview.mode,
    counts: { ...preview.counts },
    newPeople: preview.newPeople.slice(0, limit).map((p) => ({ name: p.person.displayName, lines: p.lines })),
    matchedPeople: preview.matchedPeople
      .slice(0, limit)
      .map((m) => ({ name: m.existingName, lines: m.lines, by: m.by })),
    likelyDuplicates: preview.likelyDuplicates
      .slice(0, limit)
      .map((d) => ({ name: d.newPersonName, other: d.otherName, reason: d.reason })),
    skipped: preview.skipped
      .slice(0, limit)
      .map((s) =>
        s.detail === undefined
          ? { line: s.line, reason: s.reason }
          : { line: s.line, reason: s.reason, detail: s.detail },
      ),
    shortened: preview.shortened.slice(0, limit).map((s) => ({ ...s })),
    notices: preview.notices.map((n) => ({ code: n.code, values: { ...n.values } })),
    ...(isContactLogPreview(preview) ? { log: summariseLog(preview, limit) } : {}),
  };
}

function summariseLog(preview: ContactLogPreview, limit: number): ContactLogSummary {
  return {
    seen: { ...preview.seen },
    ...(preview.ownerQuestion
      ? { ownerQuestion: { candidates: preview.ownerQuestion.candidates.map((c) => ({ ...c })) } }
      : {}),
    ambiguous: preview.ambiguous
      .slice(0, limit)
      .map((a) => ({ ...a, candidates: a.candidates.map((c) => ({ ...c })) })),
    people: preview.report
      .slice(0, limit)
      .map((r) => ({ name: r.name, status: r.status, added: { ...r.added }, attempts: r.attempts })),
    skipped: preview.logSkipped.map((s) => ({ ...s, lines: [...s.lines] })),
    coverage: preview.coverage.length,
    updatedEncounters: preview.updatedEncounters.length,
  };
}
