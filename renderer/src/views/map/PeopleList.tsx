/**
 * Everyone as an accessible table: the same information as the map, for keyboard and screen reader.
 *
 * With thousands of people the table would cost more than the map in the window's first frame, so it
 * shows the first FIRST_ROWS (and the selected person, wherever they are) until "Show all" is pressed;
 * the full table is then rendered as a non-urgent update, so the map and the controls stay responsive.
 * (The rows themselves are not deferred: a list that lags behind a just-saved encounter would show
 * stale figures, and a hundred rows cost little.)
 */
import { memo, useState, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEncounterDate, formatNumber } from '../../i18n/format';
import type { PersonSummary } from '../../model/people-view';

interface Props {
  people: readonly PersonSummary[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  locale: string;
}

/** Rows shown before "Show all": a screenful or two, cheap to render at any size of network. */
export const FIRST_ROWS = 100;

/** The rows to render: the first `limit`, plus the selected person when they are further down. */
export function shownRows(
  people: readonly PersonSummary[],
  limit: number,
  selectedId: string | undefined,
): readonly PersonSummary[] {
  if (people.length <= limit) return people;
  const first = people.slice(0, limit);
  if (selectedId === undefined || first.some((p) => p.person.id === selectedId)) return first;
  const selected = people.find((p) => p.person.id === selectedId);
  return selected ? [...first, selected] : first;
}

export function PeopleList({ people, selectedId, onSelect, locale }: Props) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const [pending, startTransition] = useTransition();
  const rows = shownRows(people, showAll ? Number.POSITIVE_INFINITY : FIRST_ROWS, selectedId);
  const hidden = people.length - rows.length;
  const total = formatNumber(people.length, locale);
  return (
    <section className="people" aria-labelledby="people-title">
      <div className="section-head">
        <h2 id="people-title">{t('people.title')}</h2>
        <span className="muted">{t('people.count', { count: people.length })}</span>
      </div>
      {people.length === 0 ? (
        <p className="empty">{t('people.empty')}</p>
      ) : (
        <>
          <table className="people-table" aria-labelledby="people-title">
            <thead>
              <tr>
                <th scope="col">{t('people.columns.name')}</th>
                <th scope="col">{t('people.columns.kind')}</th>
                <th scope="col" className="is-number">
                  {t('people.columns.encounters')}
                </th>
                <th scope="col">{t('people.columns.lastContact')}</th>
              </tr>
            </thead>
            <PeopleRows rows={rows} selectedId={selectedId} onSelect={onSelect} locale={locale} />
          </table>
          {hidden > 0 && (
            <p className="people-more">
              <span className="muted">
                {t('people.shown', { shown: formatNumber(rows.length, locale), total })}
              </span>{' '}
              <button
                type="button"
                className="button"
                disabled={pending}
                onClick={() => startTransition(() => setShowAll(true))}
              >
                {t('people.showAll', { total })}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The table body; memoised so a re-render of the window with the same rows costs nothing. */
const PeopleRows = memo(function PeopleRows({
  rows,
  selectedId,
  onSelect,
  locale,
}: {
  rows: readonly PersonSummary[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  locale: string;
}) {
  const { t } = useTranslation();
  return (
    <tbody>
      {rows.map(({ person, encounterCount, lastContact }) => (
        <tr
          key={person.id}
          data-person-id={person.id}
          className={person.id === selectedId ? 'is-selected' : undefined}
          aria-current={person.id === selectedId ? 'true' : undefined}
        >
          <th scope="row">
            <button type="button" className="link-button" onClick={() => onSelect(person.id)}>
              {person.displayName}
            </button>
          </th>
          <td>{t(`common:personKind.${person.kind}`)}</td>
          <td className="is-number">{formatNumber(encounterCount, locale)}</td>
          <td>{lastContact ? formatEncounterDate(lastContact, locale) : t('people.never')}</td>
        </tr>
      ))}
    </tbody>
  );
});
