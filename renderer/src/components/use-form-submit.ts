/**
 * The submit cycle every dialog form shares: client checks first (nothing is sent on error), then the
 * call; an invalid-request answer from main becomes field errors, any other failure a form-level
 * message. After errors appear, focus moves to the first invalid field.
 */
import { type RefObject, useEffect, useState } from 'react';
import { type ApiError, toApiError } from '../api/client';
import type { FieldErrors, FormResult } from '../forms/field-errors';

export interface SubmitState<F extends string> {
  errors: FieldErrors<F>;
  formError: ApiError | undefined;
  busy: boolean;
  submit: () => Promise<void>;
}

export function useFormSubmit<D, F extends string, R>(options: {
  formRef: RefObject<HTMLFormElement | null>;
  validate: () => FormResult<D, F>;
  send: (draft: D) => Promise<R>;
  onDone: (result: R) => void;
  serverErrors: (fields: Readonly<Record<string, string>>) => FieldErrors<F>;
}): SubmitState<F> {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt === 0) return;
    options.formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, options.formRef]);

  const submit = async () => {
    if (busy) return;
    setFormError(undefined);
    const checked = options.validate();
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const result = await options.send(checked.draft);
      options.onDone(result);
    } catch (error) {
      const apiError = toApiError(error);
      const fieldErrors = apiError.code === 'invalid-request' ? options.serverErrors(apiError.fields) : {};
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else setFormError(apiError);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return { errors, formError, busy, submit };
}
