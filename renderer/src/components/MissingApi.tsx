import { useTranslation } from 'react-i18next';

/** Shown when the page runs without the app around it (e.g. `npm run dev` in a plain browser). */
export function MissingApi() {
  const { t } = useTranslation();
  return (
    <main className="notice">
      <h1>{t('missingApi.title')}</h1>
      <p>{t('missingApi.body')}</p>
    </main>
  );
}
