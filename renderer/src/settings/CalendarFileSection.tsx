/**
 * Settings ▸ calendar file: an .ics file beside the data file, kept up to date after each change, for the
 * user's calendar app to subscribe to or import (birthdays and dates every year, next steps and people
 * due as all-day events). Nothing is sent anywhere; nothing is written beside an encrypted data file.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarState } from '../../../shared/ipc/contract';
import { useAction } from '../components/use-action';
import { useClient } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';

export function CalendarFileSection() {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const { t } = useTranslation('agenda');
  const id = useId();
  const { busy, run } = useAction();
  const [state, setState] = useState<CalendarState | undefined>();
  // Keyed by the saved value (SettingsView): the switch follows a click at once, and goes back if the
  // change could not be saved.
  const [enabled, setEnabled] = useState(snapshot.settings.calendarFile?.enabled === true);
  // Read again after every change of the data (a write follows it) and every write.
  useEffect(() => {
    let live = true;
    const load = () =>
      client.calendar
        .state({})
        .then((s) => live && setState(s))
        .catch(() => {});
    void load();
    const stopWritten = client.on.calendarWritten(() => void load());
    const stopChanged = client.on.dbChanged(() => void load());
    return () => {
      live = false;
      stopWritten();
      stopChanged();
    };
  }, [client]);
  const last = state?.last;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('agenda:settings.calendarTitle')}</h2>
      <p className="muted">{t('agenda:settings.calendarText')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          name="calendar-file"
          checked={enabled}
          disabled={busy}
          aria-describedby={`${id}-state`}
          onChange={(e) => {
            const on = e.target.checked;
            setEnabled(on);
            void run(
              () => client.settings.update({ calendarFile: { enabled: on } }),
              () => t(on ? 'agenda:settings.calendarOn' : 'agenda:settings.calendarOff'),
            ).then((saved) => saved === undefined && setEnabled(!on));
          }}
        />
        {t('agenda:settings.calendarEnabled')}
      </label>
      <p className="file-path" data-testid="calendar-file">
        {state?.path ?? '…'}
      </p>
      <p id={`${id}-state`} className={last && !last.ok ? 'field-error' : 'field-hint'} role="status">
        {state?.encrypted
          ? t('agenda:settings.calendarEncrypted')
          : !enabled
            ? t('agenda:settings.calendarIsOff')
            : last
              ? last.ok
                ? t('agenda:settings.calendarWritten')
                : t(`agenda:calendarFile.failed.${last.problem}`, { file: last.path })
              : t('agenda:settings.calendarPending')}
      </p>
    </section>
  );
}
