/**
 * In the preview of a LinkedIn connections file: whether the day you connected counts as a first touch
 * (a message encounter on that day), so a prospect's touch count starts where the relationship started.
 * Off by default; changing it makes the preview again with the new choice.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function LinkedInTouchSwitch({
  checked,
  busy,
  onChange,
}: {
  checked: boolean;
  busy: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation('import');
  const hint = useId();
  return (
    <div className="field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          disabled={busy}
          aria-describedby={hint}
          onChange={(e) => onChange(e.target.checked)}
        />
        {t('import:linkedin.touch')}
      </label>
      <p id={hint} className="field-hint">
        {t('import:linkedin.touchHint')}
      </p>
    </div>
  );
}
