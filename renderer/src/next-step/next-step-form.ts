/**
 * The next step as typed — its text and, if it matters, the day it is due (`2026-12-03`, `3.12.2026`,
 * `3/12/2026`) — and the value it becomes, checked by the contract's schema (PersonPatch.nextStep). Pure.
 */
import { PersonPatch } from '../../../shared/ipc/contract';
import type { FieldMessage } from '../forms/field-errors';
import { parseDateInput } from '../quick-log/quick-log-form';

export interface NextStepValues {
  text: string;
  due: string;
}

export type NextStepField = keyof NextStepValues;

const msg = (key: string): FieldMessage => ({ key: `agenda:nextStep.errors.${key}` });

export function toNextStep(
  values: NextStepValues,
):
  | { ok: true; step: { text: string; due?: string } }
  | { ok: false; errors: Partial<Record<NextStepField, FieldMessage>> } {
  const errors: Partial<Record<NextStepField, FieldMessage>> = {};
  const dueText = values.due.trim();
  // A day, not a moment: a date-time typed here is no due day.
  const due = dueText ? parseDateInput(dueText) : undefined;
  if (dueText && (due === undefined || due.length !== 10)) errors.due = msg('due');
  const step = { text: values.text.trim(), ...(due && due.length === 10 ? { due } : {}) };
  const parsed = PersonPatch.shape.nextStep.safeParse(step);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'text') errors.text ??= msg(step.text ? 'tooLong' : 'text');
      else errors.due ??= msg('due');
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, step };
}
