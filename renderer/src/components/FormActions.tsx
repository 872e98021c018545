import { useTranslation } from 'react-i18next';

/**
 * The buttons under a form: Cancel, and the submit button that says "Saving…" and is disabled while the
 * form is being saved (no second submit of the same data).
 */
export function FormActions({
  busy,
  submitLabel,
  onCancel,
}: {
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        {t('app:form.cancel')}
      </button>
      <button type="submit" className="button is-primary" disabled={busy}>
        {busy ? t('app:form.saving') : submitLabel}
      </button>
    </div>
  );
}
