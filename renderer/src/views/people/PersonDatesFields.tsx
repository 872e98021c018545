/**
 * The person editor's dates: the birthday (day and month chosen, the year typed if known) and any number
 * of named dates (anniversary, name day, contract renewal), each a row with its name, the same three
 * fields and a remove button. Each goes through the one Field (label, hint, error for screen readers).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ControlProps, Field } from '../../components/Field';
import type { FieldMessage } from '../../forms/field-errors';
import { monthNames } from '../../i18n/person-dates';
import { useLocale } from '../../store/context';
import { type DateParts, emptyNamedDate, type NamedDateValues } from './person-dates-form';
import '../../person-dates/person-dates.css';

const DAYS = Array.from({ length: 31 }, (_, i) => String(i + 1));

/** Day, month and year of one date; the Field's label and messages go to the day. */
function DateInputs({
  control,
  value,
  onChange,
  name,
}: {
  control: ControlProps;
  value: DateParts;
  onChange: (value: DateParts) => void;
  name: string;
}) {
  const { t } = useTranslation('people');
  const locale = useLocale();
  const months = monthNames(locale);
  const set = (key: keyof DateParts, v: string) => onChange({ ...value, [key]: v });
  return (
    <div className="date-parts">
      <select
        {...control}
        name={`${name}-day`}
        value={value.day}
        onChange={(e) => set('day', e.target.value)}
      >
        <option value="">{t('people:dates.day')}</option>
        {DAYS.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <select
        name={`${name}-month`}
        aria-label={t('people:dates.month')}
        aria-invalid={control['aria-invalid']}
        aria-describedby={control['aria-describedby']}
        value={value.month}
        onChange={(e) => set('month', e.target.value)}
      >
        <option value="">{t('people:dates.month')}</option>
        {months.map((m, i) => (
          <option key={m} value={String(i + 1)}>
            {m}
          </option>
        ))}
      </select>
      <input
        type="text"
        inputMode="numeric"
        name={`${name}-year`}
        className="is-year"
        maxLength={4}
        placeholder={t('people:dates.yearPlaceholder')}
        aria-label={t('people:dates.year')}
        aria-invalid={control['aria-invalid']}
        aria-describedby={control['aria-describedby']}
        value={value.year}
        onChange={(e) => set('year', e.target.value)}
      />
    </div>
  );
}

export function PersonDatesFields({
  birthday,
  dates,
  errors,
  onBirthday,
  onDates,
}: {
  birthday: DateParts;
  dates: NamedDateValues[];
  errors: { birthday?: FieldMessage | undefined; dates?: FieldMessage | undefined };
  onBirthday: (value: DateParts) => void;
  onDates: (value: NamedDateValues[]) => void;
}) {
  const { t } = useTranslation('people');
  // A row just added gets the keyboard (its name field), one removed gives it to "Add a date".
  const [focus, setFocus] = useState<string | undefined>();
  useEffect(() => {
    if (!focus) return;
    document.querySelector<HTMLElement>(`[data-focus-key="${focus}"]`)?.focus();
    setFocus(undefined);
  }, [focus]);
  const change = (key: string, patch: Partial<NamedDateValues>) =>
    onDates(dates.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  return (
    <>
      <Field
        label={t('people:dates.birthday')}
        optional
        hint={t('people:dates.birthdayHint')}
        error={errors.birthday}
      >
        {(control) => <DateInputs control={control} value={birthday} onChange={onBirthday} name="birthday" />}
      </Field>
      <fieldset
        className="field named-dates"
        aria-describedby={errors.dates ? 'named-dates-error' : undefined}
      >
        <legend className="field-label">
          {t('people:dates.other')} <span className="field-optional">({t('app:form.optional')})</span>
        </legend>
        {dates.length === 0 && <p className="field-hint">{t('people:dates.otherHint')}</p>}
        {dates.map((row, i) => {
          // The row's own error goes to the field it is about (so a failed save focuses it).
          const own = errors.dates?.values?.row === String(i + 1) ? errors.dates : undefined;
          const onLabel = own?.key.endsWith('labelRow') ? own : undefined;
          return (
            <div key={row.key} className="named-date">
              <Field label={t('people:dates.label', { row: i + 1 })} error={onLabel}>
                <input
                  type="text"
                  name={`date-${i + 1}-label`}
                  data-focus-key={row.key}
                  placeholder={t('people:dates.labelPlaceholder')}
                  value={row.label}
                  onChange={(e) => change(row.key, { label: e.target.value })}
                />
              </Field>
              <Field label={t('people:dates.date', { row: i + 1 })} error={onLabel ? undefined : own}>
                {(control) => (
                  <DateInputs
                    control={control}
                    value={row}
                    onChange={(value) => change(row.key, value)}
                    name={`date-${i + 1}`}
                  />
                )}
              </Field>
              <button
                type="button"
                className="link-button is-small is-danger"
                aria-label={t('people:dates.removeOne', {
                  name: row.label || t('people:dates.date', { row: i + 1 }),
                })}
                onClick={() => {
                  onDates(dates.filter((d) => d.key !== row.key));
                  setFocus('add-date');
                }}
              >
                {t('people:dates.remove')}
              </button>
            </div>
          );
        })}
        {errors.dates && errors.dates.values?.row === undefined && (
          <p id="named-dates-error" className="field-error">
            {t(errors.dates.key, errors.dates.values ?? {})}
          </p>
        )}
        <button
          type="button"
          className="button is-small"
          data-focus-key="add-date"
          onClick={() => {
            const row = emptyNamedDate();
            onDates([...dates, row]);
            setFocus(row.key);
          }}
        >
          {t('people:dates.add')}
        </button>
      </fieldset>
    </>
  );
}
