/** How planned records are shaped: in the schema's key order. */
import { Person, Tie } from '../../../shared/domain/schema';

/**
 * Records in the schema's key order: the same bytes the store writes after loading them again, so an
 * import followed by its undo, or a reload, does not reorder a file.
 */
export function inSchemaOrder<T extends object>(record: T, keys: readonly string[]): T {
  const source = record as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) ordered[key] = source[key];
  return ordered as T;
}
export const PERSON_KEYS = Object.keys(Person.shape);
export const TIE_KEYS = Object.keys(Tie.shape);

export const lower = (value: string) => value.trim().toLowerCase();
