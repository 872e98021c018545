/**
 * The first run's offer of the daily reminder: off until the user switches it on, here or in Settings.
 * Saved at once (settings.reminders), so it holds whichever way in the user chooses.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../components/use-action';
import { useClient } from '../../store/context';
import { selectSnapshot } from '../../store/derived';
import { useAppState } from '../../store/hooks';
import './welcome-reminders.css';

export function WelcomeReminders() {
  const client = useClient();
  const reminders = useAppState((s) => selectSnapshot(s)?.settings.reminders);
  const { t } = useTranslation('agenda');
  const { busy, run } = useAction();
  const time = reminders?.time ?? '09:00';
  // Follows a click at once; back if the change could not be saved.
  const [enabled, setEnabled] = useState(reminders?.enabled === true);
  return (
    <div className="welcome-reminders">
      <label className="checkbox">
        <input
          type="checkbox"
          name="welcome-reminders"
          checked={enabled}
          disabled={busy}
          aria-describedby="welcome-reminders-hint"
          onChange={(e) => {
            const on = e.target.checked;
            setEnabled(on);
            void run(
              () => client.settings.update({ reminders: { enabled: on } }),
              () => (on ? t('agenda:settings.remindersOn', { time }) : t('agenda:settings.remindersOff')),
            ).then((saved) => saved === undefined && setEnabled(!on));
          }}
        />
        {t('agenda:welcome.enable')}
      </label>
      <p id="welcome-reminders-hint" className="muted">
        {t('agenda:welcome.hint', { time })}
      </p>
    </div>
  );
}
