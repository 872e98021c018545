/** Small pure helpers for turning user input into stored values. */

/** Trimmed text; an empty or missing value becomes undefined (the field is left out). */
export function optionalText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Trimmed, non-empty, without duplicates, in the order given. */
export function cleanList(values: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values ?? []) {
    const value = raw.trim();
    if (value && !seen.has(value)) {
      seen.add(value);
      out.push(value);
    }
  }
  return out;
}

/** E-mail addresses compare case-insensitively in practice: stored lower-case, without duplicates. */
export function cleanEmails(values: readonly string[] | undefined): string[] {
  return cleanList(values?.map((v) => v.trim().toLowerCase()));
}

/** Drops keys whose value is undefined, so records never carry `"key": undefined`. */
export function defined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}

/**
 * Applies one field of a patch: a missing key keeps the current value, `null` clears it, anything else
 * replaces it.
 */
export function patched<T>(current: T | undefined, next: T | null | undefined): T | undefined {
  if (next === undefined) return current;
  if (next === null) return undefined;
  return next;
}
