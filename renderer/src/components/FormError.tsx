import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

/** A failure that belongs to no single field, e.g. the data file could not be written. */
export function FormError({ error }: { error: ApiError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {t('form.notSaved', { message: t(`errors:${error.code}`, { message: error.message }) })}
    </p>
  );
}
