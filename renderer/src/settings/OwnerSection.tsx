/** Settings ▸ your name: the map's centre and the name under a print's title (settings.ownerName). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../components/use-action';
import { useClient, useNotify } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';

export function OwnerSection() {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const notify = useNotify();
  const { t } = useTranslation('settings');
  const id = useId();
  const { busy, run } = useAction(notify);
  // Keyed by the saved name, so an undo or a restored backup shows the name in the file again.
  const [name, setName] = useState(snapshot.settings.ownerName);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings:ownerTitle')}</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const ownerName = name.trim();
          void run(
            () => client.settings.update({ ownerName }),
            () => (ownerName ? t('settings:ownerSaved', { name: ownerName }) : t('settings:ownerCleared')),
          );
        }}
      >
        <div className="field owner-field">
          <label className="field-label" htmlFor={`${id}-name`}>
            {t('settings:ownerName')}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="name"
            maxLength={200}
            value={name}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('settings:ownerHint')}
          </p>
        </div>
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
