/**
 * Settings → Encryption: turn encryption at rest on (a passphrase typed twice, optionally remembered in
 * the system's keychain) or off (the passphrase again), and keep or drop the key in the keychain. The
 * passphrase is checked here for length and match, and by main for the rest; it is cleared from the
 * form as soon as it was used.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EncryptionState, NEW_PASSPHRASE_MIN } from '../../../shared/ipc/contract';
import { toApiError } from '../api/client';
import { useClient, useNotify } from '../store/context';

export function EncryptionSection() {
  const client = useClient();
  const notify = useNotify();
  const { t } = useTranslation('encryption');
  const id = useId();
  const [state, setState] = useState<EncryptionState | undefined>();
  const [busy, setBusy] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [remember, setRemember] = useState(false);
  const [problem, setProblem] = useState<'tooShort' | 'mismatch' | 'wrong' | 'empty' | undefined>();

  useEffect(() => {
    client.encryption
      .state({})
      .then(setState)
      .catch(() => {});
  }, [client]);

  const clear = () => {
    setPassphrase('');
    setRepeat('');
  };

  /** Runs a change; a wrong passphrase is shown at the field, other failures in the status line. */
  const change = async (work: () => Promise<{ keptAs: string; state: EncryptionState }>, done: string) => {
    setBusy(true);
    try {
      const result = await work();
      setState(result.state);
      setProblem(undefined);
      clear();
      notify(t(done, { keptAs: result.keptAs }));
    } catch (error) {
      const e = toApiError(error);
      if (e.fields.passphrase === 'wrong') setProblem('wrong');
      else notify(t('app:failed', { message: t(`errors:${e.code}`, { message: e.message }) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const enable = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < NEW_PASSPHRASE_MIN) return setProblem('tooShort');
    if (passphrase !== repeat) return setProblem('mismatch');
    void change(() => client.encryption.enable({ passphrase, remember }), 'enabled');
  };

  const disable = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '') return setProblem('empty');
    void change(() => client.encryption.disable({ passphrase }), 'disabled');
  };

  const toggleRemember = async (next: boolean) => {
    setBusy(true);
    try {
      setState(await client.encryption.remember({ remember: next }));
      notify(t(next ? 'rememberedOn' : 'rememberedOff'));
    } catch (error) {
      const e = toApiError(error);
      notify(t('app:failed', { message: t(`errors:${e.code}`, { message: e.message }) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const problemId = `${id}-problem`;
  const problemText = problem && (
    <p id={problemId} className="field-error" role="alert">
      {t(problem, { min: NEW_PASSPHRASE_MIN })}
    </p>
  );
  const rememberBox = (checked: boolean, onChange: (value: boolean) => void) =>
    state?.canRemember ? (
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={checked}
            disabled={busy}
            aria-describedby={`${id}-remember-hint`}
            onChange={(e) => onChange(e.target.checked)}
          />
          {t('remember')}
        </label>
        <p id={`${id}-remember-hint`} className="field-hint">
          {t('rememberHint')}
        </p>
      </div>
    ) : (
      <p className="field-hint">{t('rememberUnavailable')}</p>
    );

  return (
    <section className="card encryption-card" aria-labelledby={`${id}-title`} data-testid="encryption">
      <h2 id={`${id}-title`}>{t('title')}</h2>
      {state === undefined ? null : !state.encrypted ? (
        <form noValidate onSubmit={enable}>
          <p className="muted">{t('offText')}</p>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-new`}>
              {t('passphrase')}
            </label>
            <input
              id={`${id}-new`}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              aria-invalid={problem === 'tooShort' || undefined}
              aria-describedby={`${id}-hint${problem ? ` ${problemId}` : ''}`}
              onChange={(e) => setPassphrase(e.target.value)}
            />
            <p id={`${id}-hint`} className="field-hint">
              {t('passphraseHint', { min: NEW_PASSPHRASE_MIN })}
            </p>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-repeat`}>
              {t('repeat')}
            </label>
            <input
              id={`${id}-repeat`}
              type="password"
              autoComplete="new-password"
              value={repeat}
              aria-invalid={problem === 'mismatch' || undefined}
              aria-describedby={problem ? problemId : undefined}
              onChange={(e) => setRepeat(e.target.value)}
            />
          </div>
          {problemText}
          {rememberBox(remember, setRemember)}
          <div className="inline-actions">
            <button type="submit" className="button is-primary" disabled={busy}>
              {busy ? t('enabling') : t('enable')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="muted">{t('onText')}</p>
          {rememberBox(state.remembered, (next) => void toggleRemember(next))}
          <form noValidate onSubmit={disable} aria-labelledby={`${id}-off-title`}>
            <h3 id={`${id}-off-title`}>{t('disableTitle')}</h3>
            <p className="muted">{t('disableText')}</p>
            <div className="field">
              <label className="field-label" htmlFor={`${id}-current`}>
                {t('passphrase')}
              </label>
              <input
                id={`${id}-current`}
                type="password"
                autoComplete="current-password"
                value={passphrase}
                aria-invalid={problem === 'wrong' || problem === 'empty' || undefined}
                aria-describedby={problem ? problemId : undefined}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            </div>
            {problemText}
            <div className="inline-actions">
              <button type="submit" className="button" disabled={busy}>
                {busy ? t('disabling') : t('disable')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
