/**
 * The model parameters the Settings view edits (channel weights, half-life, ring rhythms, touch goal),
 * as text fields and back, checked by the model's own schema (`ModelParams`). Pure; the rest of the
 * model is kept as it is.
 */

import { type ModelParams, ModelParams as ModelSchema } from '../../../shared/domain/model-params';
import { CHANNELS, type Channel } from '../../../shared/domain/schema';
import { readNumber } from '../forms/schema-field';

export interface ModelValues {
  weights: Record<Channel, string>;
  halfLifeDays: string;
  familyHalfLifeDays: string;
  ringCadenceDays: [string, string, string, string];
  touchGoal: string;
  touchWindowMonths: string;
}
export type ModelField =
  | `weights.${Channel}`
  | 'halfLifeDays'
  | 'familyHalfLifeDays'
  | `ringCadenceDays.${0 | 1 | 2 | 3}`
  | 'touchGoal'
  | 'touchWindowMonths';

export { readNumber };

/** `locale` writes decimals its way (0,7 in German); `readNumber` reads both. */
export function modelValues(model: ModelParams, locale = 'en'): ModelValues {
  const format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 });
  const text = (n: number) => format.format(n);
  return {
    weights: Object.fromEntries(CHANNELS.map((c) => [c, text(model.channelWeights[c])])) as Record<
      Channel,
      string
    >,
    halfLifeDays: text(model.halfLifeDays),
    familyHalfLifeDays: text(model.familyHalfLifeDays),
    ringCadenceDays: model.ringCadenceDays.map(text) as ModelValues['ringCadenceDays'],
    touchGoal: text(model.touchGoal),
    touchWindowMonths: text(model.touchWindowMonths),
  };
}

/** The form field of an issue's path in the model. */
function fieldOf(path: readonly PropertyKey[]): ModelField | undefined {
  const [head, index] = path;
  if (head === 'channelWeights' && typeof index === 'string') return `weights.${index as Channel}`;
  if (head === 'ringCadenceDays' && typeof index === 'number')
    return `ringCadenceDays.${index as 0 | 1 | 2 | 3}`;
  if (
    head === 'halfLifeDays' ||
    head === 'familyHalfLifeDays' ||
    head === 'touchGoal' ||
    head === 'touchWindowMonths'
  )
    return head;
  return undefined;
}

/** The new model, or the fields that are not valid (by the model's schema). */
export function toModel(
  values: ModelValues,
  current: ModelParams,
): { ok: true; model: ModelParams } | { ok: false; fields: ModelField[] } {
  const candidate = {
    ...current,
    channelWeights: Object.fromEntries(CHANNELS.map((c) => [c, readNumber(values.weights[c])])),
    halfLifeDays: readNumber(values.halfLifeDays),
    familyHalfLifeDays: readNumber(values.familyHalfLifeDays),
    ringCadenceDays: values.ringCadenceDays.map(readNumber),
    touchGoal: readNumber(values.touchGoal),
    touchWindowMonths: readNumber(values.touchWindowMonths),
  };
  const parsed = ModelSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, model: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((i) => fieldOf(i.path) ?? 'halfLifeDays'))];
  return { ok: false, fields };
}
