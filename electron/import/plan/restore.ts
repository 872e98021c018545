import type { Database } from '../../../shared/domain/schema';
import { ImportError } from '../errors';
import type { ImportPreview, MatchedPerson, ParsedImport, PlannedPerson, PlanOptions } from '../types';
import { fingerprint } from './fingerprint';

/**
 * Restoring a backup. `replace` swaps the data for the backup. `merge` (the default) keeps everything and
 * adds the backup's records by id; where both hold a record, the more recently updated one wins. The
 * owner's settings are kept in a merge (unless the data is still empty) and taken from the backup in a
 * replace; map pins are merged
 * (the current position wins).
 */
export function planRestore(
  parsed: ParsedImport,
  db: Readonly<Database>,
  options: PlanOptions,
): ImportPreview {
  const backup = parsed.backup;
  if (!backup) throw new ImportError('bad-backup', { file: parsed.fileName, detail: 'no data' });
  const mode = options.jsonMode ?? 'merge';
  const current = new Map(db.people.map((p) => [p.id, p]));
  const inBackup = new Set(backup.people.map((p) => p.id));
  const replacement: Database =
    mode === 'replace'
      ? backup
      : {
          schemaVersion: db.schemaVersion,
          people: mergeById(db.people, backup.people),
          encounters: mergeById(db.encounters, backup.encounters),
          contexts: mergeById(db.contexts, backup.contexts),
          ties: mergeById(db.ties, backup.ties),
          // Merging into data that holds nothing yet is a restore: the backup's settings come along.
          settings: isEmpty(db) ? backup.settings : db.settings,
          mapPins: {
            ego: { ...backup.mapPins.ego, ...db.mapPins.ego },
            force: { ...backup.mapPins.force, ...db.mapPins.force },
            context: { ...backup.mapPins.context, ...db.mapPins.context },
          },
          coverage: mergeById(db.coverage, backup.coverage),
        };
  const chosenById = new Map(replacement.people.map((p) => [p.id, p]));
  const newPeople: PlannedPerson[] = backup.people
    .filter((p) => !current.has(p.id))
    .map((person) => ({ lines: [], person }));
  const matchedPeople: MatchedPerson[] = backup.people
    .filter((p) => current.has(p.id))
    .map((p) => {
      const existing = current.get(p.id)!;
      const chosen = chosenById.get(p.id) ?? p;
      return {
        lines: [],
        existingId: p.id,
        existingName: existing.displayName,
        by: 'id' as const,
        updated: chosen === existing ? null : chosen,
        original: chosen === existing ? null : existing,
        added: chosen === existing ? [] : ['record'],
      };
    });
  const knownEncounters = new Set(db.encounters.map((e) => e.id));
  const encounters = backup.encounters
    .filter((e) => !knownEncounters.has(e.id))
    .map((encounter) => ({ line: 0, encounter }));
  const knownTies = new Set(db.ties.map((t) => t.id));
  const ties = backup.ties.filter((t) => !knownTies.has(t.id)).map((tie) => ({ line: 0, tie }));
  const knownContexts = new Set(db.contexts.map((c) => c.id));
  const newContexts = backup.contexts.filter((c) => !knownContexts.has(c.id));
  const backupEncounters = new Set(backup.encounters.map((e) => e.id));
  const removedPeople = mode === 'replace' ? db.people.filter((p) => !inBackup.has(p.id)).length : 0;
  const removedEncounters =
    mode === 'replace' ? db.encounters.filter((e) => !backupEncounters.has(e.id)).length : 0;
  return {
    format: 'json',
    fileName: parsed.fileName,
    mode: 'replace',
    base: fingerprint(db),
    newContexts,
    newPeople,
    matchedPeople,
    likelyDuplicates: [],
    encounters,
    ties,
    skipped: [],
    shortened: [],
    notices: [],
    counts: {
      newPeople: newPeople.length,
      matchedPeople: matchedPeople.length,
      likelyDuplicates: 0,
      newContexts: newContexts.length,
      encounters: encounters.length,
      ties: ties.length,
      skipped: 0,
      shortened: 0,
      removedPeople,
      removedEncounters,
    },
    replacement,
  };
}

function isEmpty(db: Readonly<Database>): boolean {
  return db.people.length + db.encounters.length + db.contexts.length + db.ties.length === 0;
}

function mergeById<T extends { id: string; updatedAt: string }>(
  current: readonly T[],
  incoming: readonly T[],
): T[] {
  const byId = new Map(incoming.map((r) => [r.id, r]));
  const result = current.map((record) => {
    const other = byId.get(record.id);
    return other && Date.parse(other.updatedAt) > Date.parse(record.updatedAt) ? other : record;
  });
  const known = new Set(current.map((r) => r.id));
  for (const record of incoming) if (!known.has(record.id)) result.push(record);
  return result;
}
