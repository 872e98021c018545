/**
 * Form errors as translation keys (not text), so a message follows a language switch while the
 * dialog is open. Client checks run the same zod schemas as the router; errors the router still
 * reports (`fields` of an invalid-request error) are mapped onto the form's fields.
 */
import type { z } from 'zod';

export interface FieldMessage {
  key: string;
  values?: Record<string, string>;
}

export type FieldErrors<F extends string> = Partial<Record<F, FieldMessage>>;

export type FormResult<D, F extends string> = { ok: true; draft: D } | { ok: false; errors: FieldErrors<F> };

/** Maps zod issues to form fields; the first issue of a field wins. */
export function issuesToErrors<F extends string>(
  issues: readonly z.core.$ZodIssue[],
  messageFor: (path: readonly PropertyKey[], issue: z.core.$ZodIssue) => [F, FieldMessage] | undefined,
  fallbackField: F,
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of issues) {
    const [field, message] = messageFor(issue.path, issue) ?? [
      fallbackField,
      { key: 'form.fieldInvalid', values: { message: issue.message } },
    ];
    errors[field] ??= message;
  }
  return errors;
}

/**
 * Field errors reported by main (dotted request path → English message) as form errors. A path the
 * form does not know lands on `fallbackField`, so no error is ever silently dropped.
 */
export function serverErrorsToForm<F extends string>(
  fields: Readonly<Record<string, string>>,
  fieldFor: (path: string) => F | undefined,
  fallbackField: F,
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = fieldFor(path) ?? fallbackField;
    errors[field] ??= { key: 'form.fieldInvalid', values: { message } };
  }
  return errors;
}
