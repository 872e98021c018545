/**
 * Beside the map: the selected person — their facts, how the map shows them (SelectedOnMap), why they
 * are there (PersonWhy) and their encounters, newest first — or, with nobody selected, a short summary
 * of the network and who moved between rings (NetworkSummary).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Encounter, Person } from '../../../../shared/domain/schema';
import type { PersonResult } from '../../../../shared/engine/types';
import { PersonWhy } from '../../components/PersonWhy';
import { formatEncounterDate, formatList, formatNumber } from '../../i18n/format';
import { encountersOf, isPlanned, type PersonSummary } from '../../model/people-view';
import { PersonAgenda } from '../../next-step/PersonAgenda';
import { NetworkSummary } from './NetworkSummary';
import { SelectedOnMap } from './SelectedOnMap';

interface Props {
  summary: PersonSummary | undefined;
  /** The engine's figures for the person today (the "why here"). */
  result: PersonResult | undefined;
  closenessBlend: number;
  today: string;
  encounters: readonly Encounter[];
  peopleById: ReadonlyMap<string, Person>;
  locale: string;
  onLogWith: (personId: string) => void;
  onClose: () => void;
}

export function SidePanel({
  summary,
  result,
  closenessBlend,
  today,
  encounters,
  peopleById,
  locale,
  onLogWith,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | undefined>();
  const timeline = useMemo(
    () => (summary ? encountersOf(summary.person.id, encounters) : []),
    [summary, encounters],
  );

  return (
    <aside
      className="side-panel"
      aria-labelledby={summary ? 'panel-title' : 'network-summary-title'}
      data-selected={summary?.person.id}
    >
      {!summary ? (
        <NetworkSummary />
      ) : (
        <>
          <div className="panel-head">
            <h2 id="panel-title" className="person-name">
              {summary.person.displayName}
            </h2>
            <button type="button" className="link-button panel-close" onClick={onClose}>
              {t('map:panel.back')}
            </button>
          </div>
          <dl className="facts">
            <dt>{t('panel.kind')}</dt>
            <dd>{t(`common:personKind.${summary.person.kind}`)}</dd>
            <dt>{t('panel.organisation')}</dt>
            <dd>{summary.person.organisation || <span className="muted">{t('panel.notSet')}</span>}</dd>
            {summary.person.emails.length > 0 && (
              <>
                <dt>{t('panel.email')}</dt>
                <dd>{summary.person.emails.join(', ')}</dd>
              </>
            )}
            <dt>{t('panel.encounters')}</dt>
            <dd data-testid="panel-encounter-count">{formatNumber(summary.encounterCount, locale)}</dd>
            {summary.plannedCount > 0 && (
              <>
                <dt>{t('panel.planned')}</dt>
                <dd data-testid="panel-planned-count">{formatNumber(summary.plannedCount, locale)}</dd>
              </>
            )}
            <dt>{t('panel.lastContact')}</dt>
            <dd>
              {summary.lastContact ? formatEncounterDate(summary.lastContact, locale) : t('panel.never')}
            </dd>
          </dl>
          <button type="button" className="button is-primary" onClick={() => onLogWith(summary.person.id)}>
            {t('panel.logWith', { name: summary.person.displayName })}
          </button>
          <PersonAgenda personId={summary.person.id} compact />
          <SelectedOnMap personId={summary.person.id} encounters={encounters} onProblem={setProblem} />
          {problem && (
            <p className="map-problem" role="alert">
              {problem}
            </p>
          )}
          {result && (
            <PersonWhy result={result} closeness={summary.person.closeness} closenessBlend={closenessBlend} />
          )}
          <h3>{t('panel.timeline')}</h3>
          {timeline.length === 0 ? (
            <p className="empty">{t('panel.noEncounters')}</p>
          ) : (
            <ol className="timeline">
              {timeline.map((e) => {
                const others = e.participants
                  .filter((id) => id !== summary.person.id)
                  .map((id) => peopleById.get(id)?.displayName ?? id);
                return (
                  <li key={e.id} data-encounter-id={e.id}>
                    <div className="timeline-head">
                      <span className="timeline-date">{formatEncounterDate(e.date, locale)}</span>
                      <span className="timeline-channel">{t(`common:channel.${e.channel}`)}</span>
                      {isPlanned(e, today) && <span className="tag-planned">{t('panel.plannedMark')}</span>}
                      {e.durationMinutes !== undefined && (
                        <span className="muted">{t('panel.minutes', { count: e.durationMinutes })}</span>
                      )}
                    </div>
                    {others.length > 0 && (
                      <div className="muted">
                        {t('panel.withOthers', { names: formatList(others, locale) })}
                      </div>
                    )}
                    {e.notes && <p className="timeline-notes">{e.notes}</p>}
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}
