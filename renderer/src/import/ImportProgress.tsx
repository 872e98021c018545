/**
 * How far the import worker is with a preview: a determinate progress bar fed by `import.progress`
 * events for this job, the stage in words, and Cancel (which terminates the worker; nothing is written).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../api/client';

interface Props {
  client: Client;
  jobId: string;
  fileName: string;
}

export function ImportProgress({ client, jobId, fileName }: Props) {
  const { t } = useTranslation('import');
  const [progress, setProgress] = useState<{ fraction: number; stage: 'read' | 'parse' | 'plan' }>({
    fraction: 0,
    stage: 'read',
  });
  const [cancelling, setCancelling] = useState(false);
  useEffect(
    () =>
      client.on.importProgress((event) => {
        if (event.jobId === jobId) setProgress({ fraction: event.fraction, stage: event.stage });
      }),
    [client, jobId],
  );
  const percent = Math.round(progress.fraction * 100);
  const stage = t(`progress.${progress.stage}`, { file: fileName });
  return (
    <div className="import-progress" role="status">
      <progress max={100} value={percent} aria-label={stage}>
        {percent} %
      </progress>
      <span className="muted">{t('logPanel.percent', { stage, percent })}</span>
      <button
        type="button"
        disabled={cancelling}
        onClick={() => {
          setCancelling(true);
          void client.import.cancel({ jobId });
        }}
      >
        {t('logPanel.cancel')}
      </button>
    </div>
  );
}
