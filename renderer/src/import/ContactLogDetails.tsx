/**
 * What the preview of a chat, call or mail export adds to the general one: that no message text is
 * kept, per person what would be added by channel, what was skipped and why, and the two questions the
 * export may leave open — which sender is the user, and who a name that fits several people is. An
 * answer makes a new preview of the same file (`me`, `choices` of `import.preview`).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactLogSummary } from '../../../shared/ipc/contracts/import';

const LIST = 20;

interface Props {
  log: ContactLogSummary;
  busy: boolean;
  onAnswer: (answer: { me?: string[]; choices?: Record<string, string> }) => void;
}

export function ContactLogDetails({ log, busy, onAnswer }: Props) {
  const { t } = useTranslation('import');
  const id = useId();
  const [me, setMe] = useState<string | undefined>();
  const [choices, setChoices] = useState<Record<string, string>>({});
  return (
    <div className="contact-log">
      <p className="form-note">{t('log.noText')}</p>
      {log.ownerQuestion && (
        <fieldset className="field">
          <legend className="field-label">{t('logPanel.whoAreYou')}</legend>
          <p className="field-hint">{t('logPanel.whoAreYouHint')}</p>
          {log.ownerQuestion.candidates.map((c) => (
            <label key={c.value} className="checkbox">
              <input
                type="radio"
                name={`${id}-me`}
                value={c.value}
                checked={me === c.value}
                onChange={() => setMe(c.value)}
              />
              {t('logPanel.candidate', { label: c.label, count: c.count })}
            </label>
          ))}
          <button
            type="button"
            disabled={busy || me === undefined}
            onClick={() => me && onAnswer({ me: [me] })}
          >
            {t('logPanel.previewAgain')}
          </button>
        </fieldset>
      )}
      {log.ambiguous.length > 0 && (
        <fieldset className="field">
          <legend className="field-label">{t('logPanel.whoIsWho', { count: log.ambiguous.length })}</legend>
          {log.ambiguous.slice(0, LIST).map((a) => (
            <label key={a.key} className="field">
              <span>{a.name}</span>
              <select
                value={choices[a.key] ?? ''}
                onChange={(e) => setChoices((current) => ({ ...current, [a.key]: e.target.value }))}
              >
                <option value="">{t('logPanel.choose')}</option>
                {a.candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.detail ? `${c.name} (${c.detail})` : c.name}
                  </option>
                ))}
                <option value="new">{t('logPanel.newPerson')}</option>
              </select>
            </label>
          ))}
          <button
            type="button"
            disabled={busy || Object.keys(choices).length === 0}
            onClick={() => onAnswer({ choices })}
          >
            {t('logPanel.previewAgain')}
          </button>
        </fieldset>
      )}
      {log.people.length > 0 && (
        <details>
          <summary>{t('logPanel.perPerson', { count: log.people.length })}</summary>
          <ul className="plain-list">
            {log.people.slice(0, 200).map((p) => (
              <li key={`${p.name}-${p.status}`}>
                {t('log.personLine', {
                  name: p.name,
                  status: t(`log.status.${p.status}`),
                  added:
                    Object.entries(p.added)
                      .map(([channel, count]) => t(`log.channel.${channel}`, { count }))
                      .concat(p.attempts ? [t('log.attempts', { count: p.attempts })] : [])
                      .join(', ') || t('log.nothingNew'),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {log.skipped.length > 0 && (
        <details>
          <summary>
            {t('logPanel.skippedReasons', { count: log.skipped.reduce((n, s) => n + s.count, 0) })}
          </summary>
          <ul className="plain-list">
            {log.skipped.map((s) => (
              <li key={s.reason}>
                {t('logPanel.skippedLine', { count: s.count, reason: t(`skip.${s.reason}`) })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
