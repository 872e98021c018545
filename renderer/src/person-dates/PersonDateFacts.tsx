/**
 * A person's birthday and named dates as facts (`<dt>`/`<dd>` pairs for a `<dl>`): "10 December 1980 ·
 * 45 years old", "Anniversary · 5 June 2005 · 21 years". Used by the People view's detail and the side
 * panel beside the map.
 */
import { useTranslation } from 'react-i18next';
import { dayInYear, yearlyDate } from '../../../shared/agenda/yearly';
import type { Person, PersonDate } from '../../../shared/domain/schema';
import { dayOf } from '../../../shared/engine/dates';
import { formatPersonDate } from '../i18n/person-dates';
import { useLocale } from '../store/context';
import { useAppState } from '../store/hooks';
import './person-dates.css';

/** Whole years from the date to `today` (its day this year counts once it has come); null without a year. */
export function yearsSince(date: PersonDate, today: string): number | null {
  const yearly = yearlyDate(date);
  if (yearly.year === null) return null;
  const year = Number(today.slice(0, 4));
  const come = dayInYear(yearly, year) <= dayOf(today);
  return Math.max(0, year - yearly.year - (come ? 0 : 1));
}

export function PersonDateFacts({ person }: { person: Pick<Person, 'birthday' | 'dates'> }) {
  const { t } = useTranslation('people');
  const locale = useLocale();
  const today = useAppState((s) => s.today);
  const years = (date: PersonDate, key: 'age' | 'years') => {
    const n = yearsSince(date, today);
    return n === null || n === 0 ? '' : ` · ${t(`people:dates.${key}`, { count: n })}`;
  };
  return (
    <>
      {person.birthday && (
        <>
          <dt>{t('people:dates.birthday')}</dt>
          <dd data-testid="birthday">
            {formatPersonDate(person.birthday, locale)}
            <span className="muted">{years(person.birthday, 'age')}</span>
          </dd>
        </>
      )}
      {(person.dates ?? []).map((d) => (
        <div key={`${d.label}|${d.date}`} className="facts-pair">
          <dt>{d.label}</dt>
          <dd>
            {formatPersonDate(d.date, locale)}
            <span className="muted">{years(d.date, 'years')}</span>
          </dd>
        </div>
      ))}
    </>
  );
}
