/**
 * planImport: what an import would do to the current data, computed without changing anything. A backup
 * is restored (restore.ts); every other format adds people, encounters and ties (additions.ts).
 */
import type { Database } from '../../../shared/domain/schema';
import type { ImportPreview, ParsedImport, PlanOptions } from '../types';
import { planAdditions } from './additions';
import { planRestore } from './restore';

export { fingerprint } from './fingerprint';

export function planImport(
  parsed: ParsedImport,
  db: Readonly<Database>,
  options: PlanOptions,
): ImportPreview {
  if (parsed.format === 'json') return planRestore(parsed, db, options);
  return planAdditions(parsed, db, options);
}
