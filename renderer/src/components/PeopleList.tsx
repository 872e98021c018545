/** Everyone as an accessible table: the same information as the map, for keyboard and screen reader. */
import { useTranslation } from 'react-i18next';
import { formatEncounterDate, formatNumber } from '../i18n/format';
import type { PersonSummary } from '../model/people-view';

interface Props {
  people: readonly PersonSummary[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  locale: string;
}

export function PeopleList({ people, selectedId, onSelect, locale }: Props) {
  const { t } = useTranslation();
  return (
    <section className="people" aria-labelledby="people-title">
      <div className="section-head">
        <h2 id="people-title">{t('people.title')}</h2>
        <span className="muted">{t('people.count', { count: people.length })}</span>
      </div>
      {people.length === 0 ? (
        <p className="empty">{t('people.empty')}</p>
      ) : (
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
          <tbody>
            {people.map(({ person, encounterCount, lastContact }) => (
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
        </table>
      )}
    </section>
  );
}
