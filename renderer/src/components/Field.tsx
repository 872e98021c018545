/** A labelled form field with its error message beside it, wired for screen readers. */
import { cloneElement, type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessage } from '../forms/field-errors';

interface Props {
  label: string;
  optional?: boolean;
  hint?: string;
  error: FieldMessage | undefined;
  /** The control; it receives id, aria-invalid and aria-describedby. */
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
  /** Use a different id for the label target (e.g. the text input inside a composite control). */
  controlId?: string;
}

export function Field({ label, optional, hint, error, children, controlId }: Props) {
  const { t } = useTranslation();
  const generated = useId();
  const id = controlId ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="field-optional"> ({t('form.optional')})</span>}
      </label>
      {cloneElement(children, {
        ...(controlId ? {} : { id }),
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {t(error.key, error.values ?? {})}
        </p>
      )}
    </div>
  );
}
