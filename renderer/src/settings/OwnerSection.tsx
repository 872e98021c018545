/** Settings ▸ your name: the map's centre and the name under a print's title (settings.ownerName). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsPatch } from '../../../shared/ipc/contract';
import { Field } from '../components/Field';
import { useAction } from '../components/use-action';
import type { FieldMessage } from '../forms/field-errors';
import { useClient } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';

export function OwnerSection() {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const { t } = useTranslation('settings');
  const id = useId();
  const { busy, run } = useAction();
  // Keyed by the saved name, so an undo or a restored backup shows the name in the file again.
  const [name, setName] = useState(snapshot.settings.ownerName);
  const [error, setError] = useState<FieldMessage | undefined>();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings:ownerTitle')}</h2>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const ownerName = name.trim();
          const checked = SettingsPatch.shape.ownerName.safeParse(ownerName);
          setError(checked.success ? undefined : { key: 'settings:ownerTooLong' });
          if (!checked.success) return;
          void run(
            () => client.settings.update({ ownerName }),
            () => (ownerName ? t('settings:ownerSaved', { name: ownerName }) : t('settings:ownerCleared')),
          );
        }}
      >
        <Field
          label={t('settings:ownerName')}
          hint={t('settings:ownerHint')}
          error={error}
          className="owner-field"
        >
          <input type="text" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <div className="inline-actions">
          <button
            type="submit"
            className="button"
            disabled={busy || name.trim() === snapshot.settings.ownerName}
          >
            {t('settings:ownerSave')}
          </button>
        </div>
      </form>
    </section>
  );
}
