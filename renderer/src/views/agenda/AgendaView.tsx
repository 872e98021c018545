/**
 * The agenda: one list of what is coming in the next days — people due or overdue by their rhythm (the
 * engine's review), birthdays and named dates, next steps — late things first, then day by day, next
 * steps without a day last. Each line says what it is and offers what to do: log an encounter, or mark
 * a next step done (which then offers the quick log, filled in).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgendaItem, agendaOf } from '../../../../shared/agenda/agenda';
import type { NextStep } from '../../../../shared/domain/schema';
import { neglectReasonText } from '../../../../shared/engine/interval';
import { Field } from '../../components/Field';
import { useAction } from '../../components/use-action';
import { formatAgendaDay } from '../../i18n/person-dates';
import { useClient, useLocale } from '../../store/context';
import { selectNetwork, selectSnapshot } from '../../store/derived';
import { useActions, useAppState } from '../../store/hooks';
import { type AgendaGroup, groupAgenda } from './agenda-groups';
import './agenda.css';

export const AGENDA_SPANS = [7, 14, 30, 90] as const;
/** A long list of late things is shortened, so today's and tomorrow's stay in sight. */
export const LATE_SHOWN = 5;

export function AgendaView() {
  const snapshot = useAppState(selectSnapshot)!;
  const network = useAppState(selectNetwork)!;
  const today = useAppState((s) => s.today);
  const locale = useLocale();
  const actions = useActions();
  const { t } = useTranslation('agenda');
  const [days, setDays] = useState<number>(14);
  const [offer, setOffer] = useState<{ id: string; name: string; step: NextStep } | undefined>();
  const agenda = useMemo(
    () =>
      agendaOf({
        people: snapshot.people,
        review: network.result.review,
        asOf: today,
        days,
        dueRatio: snapshot.settings.model.dueRatio,
      }),
    [snapshot, network, today, days],
  );
  const groups = useMemo(() => groupAgenda(agenda.items, today), [agenda, today]);
  const reminders = snapshot.settings.reminders;

  return (
    <div className="view agenda-view">
      <div className="view-head">
        <h1 className="view-title">{t('agenda:view.title')}</h1>
        <span className="muted">{t('agenda:view.count', { count: agenda.items.length })}</span>
      </div>
      <p className="view-intro">{t('agenda:view.intro')}</p>
      <div className="agenda-controls">
        <Field label={t('agenda:view.span')}>
          <select name="agenda-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {AGENDA_SPANS.map((n) => (
              <option key={n} value={n}>
                {t('agenda:view.days', { count: n })}
              </option>
            ))}
          </select>
        </Field>
        <p className="muted agenda-reminder">
          {reminders?.enabled
            ? t('agenda:view.reminderOn', { time: reminders.time })
            : t('agenda:view.reminderOff')}{' '}
          <button type="button" className="link-button" onClick={() => actions.setView('settings')}>
            {t('agenda:view.toSettings')}
          </button>
        </p>
      </div>
      {offer && (
        <LogOffer
          name={offer.name}
          step={offer.step}
          onLog={() => {
            setOffer(undefined);
            actions.logWith([offer.id], { notes: offer.step.text });
          }}
          onClose={() => setOffer(undefined)}
        />
      )}
      {groups.length === 0 ? (
        <div className="empty-state">
          <p>
            {snapshot.people.length === 0
              ? t('agenda:view.emptyNoPeople')
              : t('agenda:view.empty', { count: days })}
          </p>
        </div>
      ) : (
        groups.map((group) => (
          <Group
            key={group.kind === 'day' ? group.date : group.kind}
            group={group}
            today={today}
            locale={locale}
            onDone={(id, name, step) => setOffer({ id, name, step })}
          />
        ))
      )}
    </div>
  );
}

function Group({
  group,
  today,
  locale,
  onDone,
}: {
  group: AgendaGroup;
  today: string;
  locale: string;
  onDone: (id: string, name: string, step: NextStep) => void;
}) {
  const { t } = useTranslation('agenda');
  const id = useId();
  const [all, setAll] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  // "Show all" goes away: the keyboard goes on to the first line it showed.
  useEffect(() => {
    if (all) listRef.current?.children[LATE_SHOWN]?.querySelector<HTMLElement>('button')?.focus();
  }, [all]);
  const shorten = group.kind === 'late' && !all && group.items.length > LATE_SHOWN + 1;
  const items = shorten ? group.items.slice(0, LATE_SHOWN) : group.items;
  const heading =
    group.kind === 'day'
      ? formatAgendaDay(group.date, locale, today)
      : group.kind === 'today' || group.kind === 'tomorrow'
        ? t(`agenda:view.group.${group.kind}`, {
            date: formatAgendaDay(group.kind === 'today' ? today : group.items[0]!.date!, locale, today),
          })
        : t(`agenda:view.group.${group.kind}`);
  return (
    <section className={`agenda-group is-${group.kind}`} aria-labelledby={id}>
      <h2 id={id}>
        {heading} <span className="muted agenda-count">({group.items.length})</span>
      </h2>
      <ul className="agenda-list" ref={listRef}>
        {items.map((item) => (
          <Row
            key={item.key}
            item={item}
            late={group.kind === 'late'}
            today={today}
            locale={locale}
            onDone={onDone}
          />
        ))}
      </ul>
      {shorten && (
        <button type="button" className="link-button agenda-more" onClick={() => setAll(true)}>
          {t('agenda:view.showAll', { count: group.items.length })}
        </button>
      )}
    </section>
  );
}

function Row({
  item,
  late,
  today,
  locale,
  onDone,
}: {
  item: AgendaItem;
  late: boolean;
  today: string;
  locale: string;
  onDone: (id: string, name: string, step: NextStep) => void;
}) {
  const client = useClient();
  const actions = useActions();
  const { t } = useTranslation('agenda');
  const { busy, run } = useAction();
  const name = item.name;
  const detail = (() => {
    switch (item.kind) {
      case 'overdue':
      case 'due':
        return neglectReasonText((key, options) => t(key, options) as string, item.reason);
      case 'birthday':
        return item.age === null ? '' : t('agenda:view.turns', { count: item.age });
      case 'date':
        return item.years ? `${item.label} · ${t('agenda:view.years', { count: item.years })}` : item.label;
      case 'next-step':
        return item.text;
    }
  })();
  return (
    <li className={`agenda-item kind-${item.kind}`} data-kind={item.kind} data-person-id={item.personId}>
      <span className={`agenda-kind kind-${item.kind}`}>{t(`agenda:view.kind.${item.kind}`)}</span>
      <div className="agenda-main">
        <button
          type="button"
          className="link-button agenda-name"
          onClick={() => actions.openPerson(item.personId)}
        >
          {name}
        </button>
        {detail && <span className="agenda-detail">{detail}</span>}
        {late && item.date && (
          <span className="agenda-when muted">
            {t(item.kind === 'next-step' ? 'agenda:view.wasDue' : 'agenda:view.dueSince', {
              date: formatAgendaDay(item.date, locale, today),
            })}
          </span>
        )}
      </div>
      <div className="agenda-actions">
        {item.kind === 'next-step' ? (
          <button
            type="button"
            className="button is-small"
            disabled={busy}
            aria-label={t('agenda:nextStep.doneFor', { name })}
            onClick={async () => {
              const result = await run(
                () => client.people.nextStepDone({ id: item.personId }),
                () => t('agenda:nextStep.doneStatus', { name }),
              );
              if (result) onDone(item.personId, name, result.step);
            }}
          >
            {t('agenda:nextStep.done')}
          </button>
        ) : (
          <button
            type="button"
            className="button is-small"
            aria-label={t('agenda:view.logWith', { name })}
            onClick={() => actions.logWith([item.personId])}
          >
            {t('agenda:view.log')}
          </button>
        )}
      </div>
    </li>
  );
}

/** After a next step is done: log the encounter now? The quick log opens with the person and the step. */
function LogOffer({
  name,
  step,
  onLog,
  onClose,
}: {
  name: string;
  step: NextStep;
  onLog: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('agenda');
  const logRef = useRef<HTMLButtonElement>(null);
  useEffect(() => logRef.current?.focus(), []);
  return (
    <fieldset className="agenda-offer">
      <legend className="visually-hidden">{t('agenda:nextStep.offerLabel', { name })}</legend>
      <p>{t('agenda:view.offer', { name, text: step.text })}</p>
      <button ref={logRef} type="button" className="button is-primary is-small" onClick={onLog}>
        {t('agenda:nextStep.logIt')}
      </button>
      <button type="button" className="button is-small" onClick={onClose}>
        {t('agenda:nextStep.notNow')}
      </button>
    </fieldset>
  );
}
