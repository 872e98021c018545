/**
 * Shown instead of the app while the data file is encrypted and its key is not known (the main process
 * answers `locked`): the passphrase, optionally remembered in the system's keychain. A wrong passphrase
 * says so and changes nothing; the right one opens the file and the app loads as usual.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Client, toApiError } from '../api/client';

interface Props {
  client: Client;
  /** The file is open: load the app. */
  onUnlocked: () => void;
}

export function UnlockScreen({ client, onUnlocked }: Props) {
  const { t } = useTranslation('encryption');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState('');
  const [canRemember, setCanRemember] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    input.current?.focus();
    client.app
      .info({})
      .then((info) => setFile(info.dataFile))
      .catch(() => {});
    client.encryption
      .state({})
      .then((state) => setCanRemember(state.canRemember))
      .catch(() => {});
  }, [client]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '') {
      setProblem(t('empty'));
      return;
    }
    setBusy(true);
    try {
      const { unlocked } = await client.encryption.unlock({ passphrase, remember });
      if (unlocked) {
        setPassphrase('');
        onUnlocked();
        return;
      }
      setProblem(t('wrong'));
      input.current?.select();
    } catch (error) {
      const e = toApiError(error);
      setProblem(t(`errors:${e.code}`, { message: e.message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="notice unlock-screen">
      <h1 id={`${id}-title`}>{t('unlockTitle')}</h1>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
        <p>{t('unlockText', { file })}</p>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-passphrase`}>
            {t('passphrase')}
          </label>
          <input
            ref={input}
            id={`${id}-passphrase`}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            aria-invalid={problem !== undefined || undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </div>
        {problem && (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem}
          </p>
        )}
        {canRemember && (
          <label className="checkbox">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
            {t('remember')}
          </label>
        )}
        <div className="inline-actions">
          <button type="submit" className="button is-primary" disabled={busy}>
            {busy ? t('unlocking') : t('unlock')}
          </button>
        </div>
        <p className="field-hint">{t('forgotten')}</p>
      </form>
    </main>
  );
}
