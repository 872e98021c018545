/**
 * Runs a call to main and reports how it went: a message for the status line on success, a translated
 * error otherwise. Views use it for one-click actions (snooze, archive, delete…).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/client';
import { useNotify } from '../store/context';

export function useAction() {
  const notify = useNotify();
  const { t } = useTranslation('app');
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(work: () => Promise<T>, done?: (result: T) => string): Promise<T | undefined> => {
      setBusy(true);
      try {
        const result = await work();
        if (done) notify(done(result));
        return result;
      } catch (error) {
        const e = toApiError(error);
        notify(t('app:failed', { message: t(`errors:${e.code}`, { message: e.message }) }), 'error');
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [notify, t],
  );
  return { busy, run };
}
