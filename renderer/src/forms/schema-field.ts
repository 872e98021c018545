/**
 * Form values checked by the contract's own zod schemas (never by a second set of rules in the form):
 * numbers as typed ("0,7" and "0.7"), one field against its schema, and a schema's issues mapped onto
 * the form's fields.
 */
import type { z } from 'zod';
import type { FieldErrors, FieldMessage } from './field-errors';

/** A number as typed: "0,7" (German) and "0.7" both read 0.7; anything else (or nothing) is NaN. */
export function readNumber(value: string): number {
  const trimmed = value.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * An optional number field: empty is `null` (cleared), else the number if `schema` accepts it; the
 * error `invalid` when it does not.
 */
export function optionalNumber(
  schema: z.ZodType<number | null | undefined>,
  text: string,
  invalid: FieldMessage,
): { ok: true; value: number | null } | { ok: false; error: FieldMessage } {
  if (text.trim() === '') return { ok: true, value: null };
  const n = readNumber(text);
  return schema.safeParse(n).success && !Number.isNaN(n)
    ? { ok: true, value: n }
    : { ok: false, error: invalid };
}

/** A required number field checked by `schema`. */
export function requiredNumber(
  schema: z.ZodType<number>,
  text: string,
  invalid: FieldMessage,
): { ok: true; value: number } | { ok: false; error: FieldMessage } {
  const n = readNumber(text);
  return schema.safeParse(n).success ? { ok: true, value: n } : { ok: false, error: invalid };
}

/** The fields of a parse's issues: `fieldOf(path)` names the form field of an issue's path. */
export function issueFields<F extends string>(
  issues: readonly z.core.$ZodIssue[],
  fieldOf: (path: readonly PropertyKey[]) => F | undefined,
  message: (field: F) => FieldMessage,
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field) errors[field] ??= message(field);
  }
  return errors;
}
