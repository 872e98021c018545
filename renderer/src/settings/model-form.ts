/**
 * The model parameters the Settings view edits (channel weights, half-life, ring rhythms, touch goal),
 * as text fields and back. Pure; the rest of the model is kept as it is.
 */

import { type ModelParams, ModelParams as ModelSchema } from '../../../shared/domain/model-params';
import { CHANNELS, type Channel } from '../../../shared/domain/schema';

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

/** A number as typed: "0,7" (German) and "0.7" both read 0.7. */
export function readNumber(value: string): number | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The new model, or the fields that are not valid (each checked against the model's own schema). */
export function toModel(
  values: ModelValues,
  current: ModelParams,
): { ok: true; model: ModelParams } | { ok: false; fields: ModelField[] } {
  const bad: ModelField[] = [];
  const num = (field: ModelField, value: string, check: (n: number) => boolean) => {
    const n = readNumber(value);
    if (n === undefined || !check(n)) {
      bad.push(field);
      return 0;
    }
    return n;
  };
  const channelWeights = Object.fromEntries(
    CHANNELS.map((c) => [c, num(`weights.${c}`, values.weights[c], (n) => n <= 10)]),
  ) as Record<Channel, number>;
  const halfLifeDays = num('halfLifeDays', values.halfLifeDays, (n) => n >= 1 && n <= 3650);
  const familyHalfLifeDays = num('familyHalfLifeDays', values.familyHalfLifeDays, (n) => n >= 1 && n <= 3650);
  const ringCadenceDays = values.ringCadenceDays.map((v, i) =>
    num(`ringCadenceDays.${i as 0 | 1 | 2 | 3}`, v, (n) => n >= 1 && n <= 3650),
  ) as [number, number, number, number];
  const touchGoal = num('touchGoal', values.touchGoal, (n) => Number.isInteger(n) && n >= 1 && n <= 100);
  const touchWindowMonths = num(
    'touchWindowMonths',
    values.touchWindowMonths,
    (n) => Number.isInteger(n) && n >= 1 && n <= 120,
  );
  if (bad.length > 0) return { ok: false, fields: bad };
  const model = {
    ...current,
    channelWeights,
    halfLifeDays,
    familyHalfLifeDays,
    ringCadenceDays,
    touchGoal,
    touchWindowMonths,
  };
  return ModelSchema.safeParse(model).success ? { ok: true, model } : { ok: false, fields: ['halfLifeDays'] };
}
