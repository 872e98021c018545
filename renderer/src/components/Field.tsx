/**
 * The one labelled form field: label (with "optional"), the control, a hint and the error message, wired
 * for screen readers (id, aria-invalid, aria-describedby). Errors are translation keys with values
 * (forms/field-errors.ts), checked by the contract's schemas, so they follow a language switch.
 *
 * The control is either one element (it receives the id and aria attributes) or, for a composite such
 * as a date with its buttons, a function that gets those attributes to put on its own input.
 */
import { cloneElement, type ReactElement, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessage } from '../forms/field-errors';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  label: ReactNode;
  optional?: boolean;
  hint?: string;
  error?: FieldMessage | undefined;
  /** Extra class names of the field (layout). */
  className?: string;
  children: ReactElement<Partial<ControlProps>> | ((control: ControlProps) => ReactNode);
  /** The id of the labelled control when it is not the child itself (a combobox's text input). */
  controlId?: string;
}

export function Field({ label, optional, hint, error, className, children, controlId }: Props) {
  const { t } = useTranslation();
  const generated = useId();
  const id = controlId ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const control: ControlProps = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={['field', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="field-optional"> ({t('app:form.optional')})</span>}
      </label>
      {typeof children === 'function'
        ? children(control)
        : cloneElement(
            children,
            controlId
              ? { 'aria-invalid': control['aria-invalid'], 'aria-describedby': describedBy }
              : control,
          )}
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
