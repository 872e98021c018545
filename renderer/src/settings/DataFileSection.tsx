/** Settings ▸ data file: where it is; show its folder and move it (where the desktop app can). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../api/client';
import { useAction } from '../components/use-action';
import { useClient } from '../store/context';

export function DataFileSection() {
  const client = useClient();
  const { t } = useTranslation('settings');
  const { busy, run } = useAction();
  const [location, setLocation] = useState<Awaited<ReturnType<Client['data']['location']>> | undefined>();
  useEffect(() => {
    client.data
      .location({})
      .then(setLocation)
      .catch(() => {});
  }, [client]);
  const desktopOnly = location && (!location.canOpenFolder || !location.canMove);
  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('settings:dataTitle')}</h2>
      <p className="muted">{t('settings:dataText')}</p>
      <p className="file-path" data-testid="data-file">
        {location?.path ?? '…'}
      </p>
      <div className="detail-actions">
        <button
          type="button"
          className="button"
          disabled={!location?.canOpenFolder || busy}
          aria-describedby={desktopOnly ? 'desktop-only' : undefined}
          onClick={() => void run(() => client.data.openFolder({}))}
        >
          {t('settings:openFolder')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!location?.canMove || busy}
          aria-describedby={desktopOnly ? 'desktop-only' : undefined}
          onClick={() =>
            void run(
              () => client.data.move({}),
              (r) => {
                if (!r.moved) return t('settings:moveCancelled');
                return r.keptAs
                  ? t('dataMove:movedKept', { path: r.path, keptAs: r.keptAs })
                  : t('dataMove:movedOldStays', { path: r.path, previous: location?.path });
              },
            ).then(() =>
              // Show where the file is now (a failed move leaves it where it was).
              client.data
                .location({})
                .then(setLocation)
                .catch(() => {}),
            )
          }
        >
          {t('settings:move')}
        </button>
      </div>
      {desktopOnly && (
        <p id="desktop-only" className="field-hint">
          {t('settings:desktopOnly')}
        </p>
      )}
    </section>
  );
}
