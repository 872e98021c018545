/**
 * Settings ▸ reminders: a desktop notification once a day at the time chosen, while Tiefgang runs (and at
 * start when the day's was missed), quiet on weekends if asked, and the number due on the dock or taskbar
 * icon. Off until switched on here or on the welcome screen. Each change is saved at once (and undoable).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsPatch } from '../../../shared/ipc/contract';
import { Field } from '../components/Field';
import { useAction } from '../components/use-action';
import type { FieldMessage } from '../forms/field-errors';
import { useClient } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';

export function RemindersSection() {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const { t } = useTranslation('agenda');
  const id = useId();
  const { busy, run } = useAction();
  const reminders = snapshot.settings.reminders ?? { enabled: false, time: '09:00', quietWeekends: false };
  // Keyed by the saved settings (SettingsView), so an undo shows what is in the file again; the
  // switches follow a click at once and go back if the change could not be saved.
  const [time, setTime] = useState(reminders.time);
  const [enabled, setEnabled] = useState(reminders.enabled);
  const [quiet, setQuiet] = useState(reminders.quietWeekends);
  const [error, setError] = useState<FieldMessage | undefined>();
  const save = async (
    patch: NonNullable<SettingsPatch['reminders']>,
    done: string,
    undoLocal: () => void = () => {},
  ) => {
    const saved = await run(
      () => client.settings.update({ reminders: patch }),
      () => done,
    );
    if (saved === undefined) undoLocal();
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('agenda:settings.remindersTitle')}</h2>
      <p className="muted">{t('agenda:settings.remindersText')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          name="reminders-enabled"
          checked={enabled}
          disabled={busy}
          onChange={(e) => {
            const on = e.target.checked;
            setEnabled(on);
            void save(
              { enabled: on },
              on
                ? t('agenda:settings.remindersOn', { time: reminders.time })
                : t('agenda:settings.remindersOff'),
              () => setEnabled(!on),
            );
          }}
        />
        {t('agenda:settings.remindersEnabled')}
      </label>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // The contract's rule for a time of day.
          const checked = SettingsPatch.shape.reminders.safeParse({ time });
          setError(checked.success ? undefined : { key: 'agenda:settings.timeInvalid' });
          if (checked.success) void save({ time }, t('agenda:settings.timeSaved', { time }));
        }}
      >
        <Field label={t('agenda:settings.time')} hint={t('agenda:settings.timeHint')} error={error}>
          <input
            type="time"
            name="reminders-time"
            className="is-short"
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        </Field>
        <div className="inline-actions">
          <button type="submit" className="button" disabled={busy || time === reminders.time}>
            {t('agenda:settings.timeSave')}
          </button>
        </div>
      </form>
      <label className="checkbox">
        <input
          type="checkbox"
          name="reminders-quiet-weekends"
          checked={quiet}
          disabled={busy}
          onChange={(e) => {
            const on = e.target.checked;
            setQuiet(on);
            void save(
              { quietWeekends: on },
              t(on ? 'agenda:settings.quietOn' : 'agenda:settings.quietOff'),
              () => setQuiet(!on),
            );
          }}
        />
        {t('agenda:settings.quietWeekends')}
      </label>
    </section>
  );
}
