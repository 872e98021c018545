/** Settings ▸ import: a file into the data (previewed first, then written in one undoable step). */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { ImportPanel } from '../import/ImportPanel';
import { useLocale, useNotify } from '../store/context';

export function ImportSection() {
  const { t } = useTranslation('settings');
  const locale = useLocale();
  const notify = useNotify();
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('settings:importTitle')}</h2>
      <p className="muted">{t('settings:importText')}</p>
      <ImportPanel
        onImported={(counts, file) =>
          notify(
            t('import:panel.done', {
              file,
              people: formatNumber(counts.newPeople ?? 0, locale),
              encounters: formatNumber(counts.encounters ?? 0, locale),
            }),
          )
        }
      />
    </section>
  );
}
