/**
 * A fingerprint of the data: every record's content plus the settings, map pins and coverage. A preview applies
 * only to the data it was computed from (see applyImport). The store freezes its records and replaces
 * them on change, so the text of a frozen record is cached and the second fingerprint (at apply) is cheap.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../../shared/domain/schema';

export function fingerprint(db: Readonly<Database>): string {
  const hash = createHash('sha256');
  hash.update(
    `v${db.schemaVersion}\n${JSON.stringify(db.settings)}\n${JSON.stringify(db.mapPins ?? null)}\n` +
      `${JSON.stringify(db.coverage ?? null)}\n`,
  );
  for (const [name, records] of [
    ['people', db.people],
    ['encounters', db.encounters],
    ['contexts', db.contexts],
    ['ties', db.ties],
  ] as const) {
    hash.update(`${name}:${records.length}\n`);
    for (const r of records) hash.update(recordText(r));
  }
  return hash.digest('hex').slice(0, 32);
}

const recordTexts = new WeakMap<object, string>();

function recordText(record: object): string {
  const cached = recordTexts.get(record);
  if (cached !== undefined) return cached;
  const text = `${JSON.stringify(record)}\n`;
  if (Object.isFrozen(record)) recordTexts.set(record, text);
  return text;
}
