/** The people table: sortable columns (aria-sort), one row per person, a name button to open them. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRowWindow } from '../../components/use-row-window';
import { ringKey } from '../../i18n/figures';
import { formatEncounterDate, formatNumber } from '../../i18n/format';
import { formatAgendaDay } from '../../i18n/person-dates';
import { useLocale } from '../../store/context';
import { useAppState } from '../../store/hooks';
import type { PeopleRow, SortDirection, SortKey } from './people-table';

interface Props {
  rows: readonly PeopleRow[];
  sort: { key: SortKey; direction: SortDirection };
  onSort: (key: SortKey) => void;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

const COLUMNS: { key: SortKey; numeric?: boolean }[] = [
  { key: 'name' },
  { key: 'organisation' },
  { key: 'kind' },
  { key: 'ring' },
  { key: 'lastContact' },
  { key: 'encounters', numeric: true },
  { key: 'status' },
  { key: 'nextDate' },
];

export function PeopleTable({ rows, sort, onSort, selectedId, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // Thousands of rows: only those in view are rendered (aria-rowcount and aria-rowindex keep the count).
  const window = useRowWindow(scroller, rows.length);
  const locale = useLocale();
  const today = useAppState((s) => s.today);
  const { t } = useTranslation('people');
  return (
    <div className="table-scroll" ref={scroller}>
      <table className="data-table people-grid" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t('people:people.caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            {COLUMNS.map(({ key, numeric }) => (
              <th
                key={key}
                scope="col"
                className={numeric ? 'is-number' : undefined}
                aria-sort={sort.key === key ? sort.direction : undefined}
              >
                <button type="button" className="sort-button" onClick={() => onSort(key)}>
                  {t(`people:people.column.${key}`)}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {window.before > 0 && <tr className="row-spacer" style={{ height: window.before }} />}
          {rows
            .slice(window.start, window.end)
            .map(({ person, ring, lastContact, encounters, planned, status, nextDate }, i) => (
              <tr
                key={person.id}
                aria-rowindex={window.start + i + 2}
                data-person-id={person.id}
                className={[
                  person.id === selectedId ? 'is-selected' : '',
                  person.archived ? 'is-archived' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                aria-current={person.id === selectedId ? 'true' : undefined}
              >
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(person.id)}>
                    {person.displayName}
                  </button>
                  {person.archived && <span className="tag-muted"> {t('people:people.archivedMark')}</span>}
                </th>
                <td>{person.organisation ?? ''}</td>
                <td>{t(`common:personKind.${person.kind}`)}</td>
                <td>{t(ringKey(ring))}</td>
                <td>
                  {lastContact ? (
                    formatEncounterDate(lastContact, locale)
                  ) : (
                    <span className="muted">{t('people:people.never')}</span>
                  )}
                </td>
                <td className="is-number">
                  {formatNumber(encounters, locale)}
                  {planned > 0 && (
                    <span className="muted"> {t('people:people.plannedSuffix', { count: planned })}</span>
                  )}
                </td>
                <td>
                  <span className={`status-pill is-${status}`}>{t(`engine:status.${status}`)}</span>
                </td>
                <td className="next-date">
                  {nextDate && (
                    <>
                      {formatAgendaDay(nextDate.date, locale, today)}
                      <span className="muted"> · {nextDate.label ?? t('people:dates.birthday')}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          {window.after > 0 && <tr className="row-spacer" style={{ height: window.after }} />}
        </tbody>
      </table>
    </div>
  );
}
