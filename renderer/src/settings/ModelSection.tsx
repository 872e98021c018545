/** Settings ▸ the depth model: channel weights, half-lives, ring rhythms, the touch goal; reset to the defaults. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultModelParams } from '../../../shared/domain/model-params';
import { CHANNELS } from '../../../shared/domain/schema';
import { Field } from '../components/Field';
import { useAction } from '../components/use-action';
import { useClient, useLocale } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';
import { type ModelField, type ModelValues, modelValues, toModel } from './model-form';

export function ModelSection() {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const locale = useLocale();
  const { t } = useTranslation('settings');
  const id = useId();
  const { busy, run } = useAction();
  const model = snapshot.settings.model;
  const [values, setValues] = useState<ModelValues>(() => modelValues(model, locale));
  const [bad, setBad] = useState<ReadonlySet<ModelField>>(new Set());
  const isDefault = JSON.stringify(model) === JSON.stringify(defaultModelParams);

  const input = (
    field: ModelField,
    label: string,
    value: string,
    onChange: (v: string) => void,
    hint?: string,
  ) => (
    <Field
      key={field}
      label={label}
      className="model-field"
      // The hint gives way to the error (the fields sit in a tight grid).
      hint={bad.has(field) ? undefined : hint}
      error={bad.has(field) ? { key: `settings:invalid.${field.split('.')[0]}` } : undefined}
    >
      <input
        type="text"
        inputMode="decimal"
        className="is-tiny"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );

  return (
    <section className="card model-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings:modelTitle')}</h2>
      <p className="muted">{t('settings:modelText')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const result = toModel(values, model);
          if (!result.ok) {
            setBad(new Set(result.fields));
            return;
          }
          setBad(new Set());
          void run(
            () => client.settings.update({ model: result.model }),
            () => t('settings:modelSaved'),
          );
        }}
      >
        <fieldset className="model-group">
          <legend>{t('settings:weights')}</legend>
          {CHANNELS.map((c) =>
            input(`weights.${c}`, t(`common:channel.${c}`), values.weights[c], (v) =>
              setValues({ ...values, weights: { ...values.weights, [c]: v } }),
            ),
          )}
        </fieldset>
        <fieldset className="model-group">
          <legend>{t('settings:decay')}</legend>
          {input(
            'halfLifeDays',
            t('settings:halfLife'),
            values.halfLifeDays,
            (v) => setValues({ ...values, halfLifeDays: v }),
            t('plan:days'),
          )}
          {input(
            'familyHalfLifeDays',
            t('settings:familyHalfLife'),
            values.familyHalfLifeDays,
            (v) => setValues({ ...values, familyHalfLifeDays: v }),
            t('plan:days'),
          )}
        </fieldset>
        <fieldset className="model-group">
          <legend>{t('settings:cadences')}</legend>
          {([0, 1, 2, 3] as const).map((i) =>
            input(
              `ringCadenceDays.${i}`,
              t('plan:ringCadence', { ring: i + 1 }),
              values.ringCadenceDays[i],
              (v) => {
                const next = [...values.ringCadenceDays] as ModelValues['ringCadenceDays'];
                next[i] = v;
                setValues({ ...values, ringCadenceDays: next });
              },
              t('plan:days'),
            ),
          )}
        </fieldset>
        <fieldset className="model-group">
          <legend>{t('settings:touch')}</legend>
          {input('touchGoal', t('settings:touchGoal'), values.touchGoal, (v) =>
            setValues({ ...values, touchGoal: v }),
          )}
          {input(
            'touchWindowMonths',
            t('settings:touchWindow'),
            values.touchWindowMonths,
            (v) => setValues({ ...values, touchWindowMonths: v }),
            t('settings:months'),
          )}
        </fieldset>
        {bad.size > 0 && (
          <p className="form-error" role="alert">
            {t('settings:modelInvalid', { count: bad.size })}
          </p>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={busy || isDefault}
            onClick={() =>
              void run(
                () => client.settings.update({ model: defaultModelParams }),
                () => t('settings:modelReset'),
              )
            }
          >
            {t('settings:reset')}
          </button>
          <button type="submit" className="button is-primary" disabled={busy}>
            {t('settings:saveModel')}
          </button>
        </div>
      </form>
    </section>
  );
}
