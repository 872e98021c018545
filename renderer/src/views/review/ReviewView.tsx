/**
 * "Who should I meet?": the weekly review in four sections — overdue, stalled prospects, drifted outward,
 * due this week — each person with the reason in words, why they are where they are on request, and what
 * to do about it: log an encounter now, snooze for a week or a month, change the rhythm or the ring, or
 * archive the person.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Person, RING_NUMBERS, type RingNumber } from '../../../../shared/domain/schema';
import { reviewReasonText } from '../../../../shared/engine/explain';
import type { ReviewItem as EngineReviewItem, PersonResult } from '../../../../shared/engine/types';
import { PersonPatch } from '../../../../shared/ipc/contract';
import { Field } from '../../components/Field';
import { PersonWhy } from '../../components/PersonWhy';
import { useAction } from '../../components/use-action';
import type { FieldMessage } from '../../forms/field-errors';
import { optionalNumber } from '../../forms/schema-field';
import { ringKey } from '../../i18n/figures';
import { formatEncounterDate } from '../../i18n/format';
import { NextStepPanel } from '../../next-step/NextStepPanel';
import { useClient, useLocale } from '../../store/context';
import { selectNetwork, selectSnapshot } from '../../store/derived';
import { useActions, useAppState } from '../../store/hooks';
import { reviewQueue, type SectionKey, snoozeUntil } from './queue';

/** The engine's name of each section, for its title (engine:review.section.*). */
const SECTION_NAME: Record<SectionKey, EngineReviewItem['section']> = {
  overdue: 'overdue',
  stalledProspects: 'stalled-prospect',
  drifted: 'drifted',
  dueSoon: 'due-soon',
};

export function ReviewView() {
  const { logWith: onLog, openPerson: onOpenPerson } = useActions();
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const network = useAppState(selectNetwork)!;
  const today = useAppState((s) => s.today);
  const locale = useLocale();
  const { t } = useTranslation('review');
  const queue = useMemo(
    () => reviewQueue(network.result.review, snapshot.people, today),
    [network.result.review, snapshot.people, today],
  );
  const { run } = useAction();
  const model = snapshot.settings.model;

  return (
    <div className="view review-view">
      <div className="view-head">
        <h1 className="view-title">{t('review:title')}</h1>
        <span className="muted">{t('review:count', { count: queue.total })}</span>
      </div>
      <p className="view-intro">
        {t('review:intro', {
          ratio: model.neglectRatio,
          days: model.stalledProspectDays,
          months: model.driftMonths,
        })}
      </p>
      {queue.total === 0 ? (
        <div className="empty-state">
          <p>{snapshot.encounters.length === 0 ? t('review:emptyNoData') : t('review:empty')}</p>
        </div>
      ) : (
        queue.sections
          .filter((section) => section.items.length > 0)
          .map((section) => (
            <section
              key={section.key}
              className="review-section"
              data-section={SECTION_NAME[section.key]}
              aria-labelledby={`review-section-${section.key}`}
            >
              <h2 id={`review-section-${section.key}`} className="review-section-title">
                {t(`engine:review.section.${SECTION_NAME[section.key]}`)}{' '}
                <span className="muted">({section.items.length})</span>
              </h2>
              <ol className="review-list">
                {section.items.map(({ item, person }) => (
                  <ReviewItem
                    key={person.id}
                    item={item}
                    person={person}
                    result={network.byId.get(person.id)}
                    closenessBlend={model.closenessBlend}
                    onLog={onLog}
                    onOpenPerson={onOpenPerson}
                  />
                ))}
              </ol>
            </section>
          ))
      )}
      {queue.snoozed.length > 0 && (
        <section aria-labelledby="snoozed-title" className="snoozed">
          <h2 id="snoozed-title">{t('review:snoozedTitle', { count: queue.snoozed.length })}</h2>
          <ul className="plain-list">
            {queue.snoozed.map(({ person, until }) => (
              <li key={person.id} data-person-id={person.id}>
                <span>
                  {t('review:snoozedUntil', {
                    name: person.displayName,
                    date: formatEncounterDate(until, locale),
                  })}
                </span>
                <button
                  type="button"
                  className="link-button is-small"
                  onClick={() =>
                    void run(
                      () => client.people.snooze({ id: person.id, until: null }),
                      () => t('review:unsnoozed', { name: person.displayName }),
                    )
                  }
                >
                  {t('review:unsnooze')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ReviewItem({
  item,
  person,
  result,
  closenessBlend,
  onLog,
  onOpenPerson,
}: {
  item: EngineReviewItem;
  person: Person;
  result: PersonResult | undefined;
  closenessBlend: number;
  onLog: (participants: string[]) => void;
  onOpenPerson: (id: string) => void;
}) {
  const client = useClient();
  const today = useAppState((s) => s.today);
  const locale = useLocale();
  const { t } = useTranslation('review');
  const { busy, run } = useAction();
  const [adjusting, setAdjusting] = useState(false);
  const [why, setWhy] = useState(false);
  const headingId = useId();
  const whyId = useId();
  const reason = reviewReasonText((key, options) => t(key, options) as string, item);
  const snooze = (length: 'week' | 'month') => {
    const until = snoozeUntil(today, length);
    return run(
      () => client.people.snooze({ id: person.id, until }),
      () => t('review:snoozed', { name: person.displayName, date: formatEncounterDate(until, locale) }),
    );
  };

  return (
    <li className="review-item" data-person-id={person.id} aria-labelledby={headingId}>
      <div className="review-main">
        <h3 id={headingId} className="review-name">
          <button type="button" className="link-button" onClick={() => onOpenPerson(person.id)}>
            {person.displayName}
          </button>
          <span className="muted review-ring"> · {t(ringKey(item.ring))}</span>
        </h3>
        <p className="review-reason">{reason}</p>
        <p className="muted">
          {item.lastContact
            ? t('review:lastContact', { date: formatEncounterDate(item.lastContact, locale) })
            : t('review:noContactYet')}
          {person.organisation ? ` · ${person.organisation}` : ''}
        </p>
        {result && (
          <button
            type="button"
            className="link-button is-small"
            aria-expanded={why}
            aria-controls={whyId}
            onClick={() => setWhy(!why)}
          >
            {why ? t('people:why.hide') : t('people:why.show')}
          </button>
        )}
        {why && result && (
          <div id={whyId}>
            <PersonWhy
              result={result}
              closeness={person.closeness}
              closenessBlend={closenessBlend}
              title={false}
            />
          </div>
        )}
        <NextStepPanel person={person} compact />
      </div>
      <fieldset className="review-actions">
        <legend className="visually-hidden">{t('review:actionsFor', { name: person.displayName })}</legend>
        <button type="button" className="button is-primary" onClick={() => onLog([person.id])}>
          {t('review:logNow')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void snooze('week')}>
          {t('review:snoozeWeek')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void snooze('month')}>
          {t('review:snoozeMonth')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={adjusting}
          onClick={() => setAdjusting(!adjusting)}
        >
          {t('review:adjust')}
        </button>
        <button
          type="button"
          className="button is-quiet"
          disabled={busy}
          onClick={() =>
            void run(
              () => client.people.update({ id: person.id, patch: { archived: true } }),
              () => t('review:archived', { name: person.displayName }),
            )
          }
        >
          {t('review:archive')}
        </button>
      </fieldset>
      {adjusting && (
        <RhythmForm
          person={person}
          cadenceDays={result?.cadenceDays ?? 30}
          busy={busy}
          onSave={async (patch) => {
            const done = await run(
              () => client.people.update({ id: person.id, patch }),
              () => t('review:adjusted', { name: person.displayName }),
            );
            if (done) setAdjusting(false);
          }}
        />
      )}
    </li>
  );
}

function RhythmForm({
  person,
  cadenceDays,
  busy,
  onSave,
}: {
  person: Person;
  cadenceDays: number;
  busy: boolean;
  onSave: (patch: { cadenceDays: number | null; pinnedRing: RingNumber | null }) => void;
}) {
  const { t } = useTranslation('review');
  const [days, setDays] = useState(person.cadenceDays === undefined ? '' : String(person.cadenceDays));
  const [ring, setRing] = useState(person.pinnedRing === undefined ? '' : String(person.pinnedRing));
  const [error, setError] = useState<FieldMessage | undefined>();
  return (
    <form
      className="inline-form rhythm-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // The contract's rule for a person's own rhythm (empty clears it).
        const checked = optionalNumber(PersonPatch.shape.cadenceDays, days, {
          key: 'people:person.errors.cadenceInvalid',
        });
        setError(checked.ok ? undefined : checked.error);
        if (!checked.ok) return;
        onSave({ cadenceDays: checked.value, pinnedRing: ring === '' ? null : (Number(ring) as RingNumber) });
      }}
    >
      <Field label={t('review:ownRhythm')} hint={error ? undefined : t('review:ownRhythmHint')} error={error}>
        <input
          type="text"
          inputMode="numeric"
          className="is-short"
          value={days}
          placeholder={String(Math.round(cadenceDays))}
          onChange={(e) => setDays(e.target.value)}
        />
      </Field>
      <Field label={t('people:person.pinnedRing')}>
        <select value={ring} onChange={(e) => setRing(e.target.value)}>
          <option value="">{t('people:person.noPin')}</option>
          {RING_NUMBERS.map((n) => (
            <option key={n} value={String(n)}>
              {t(`engine:ring.${n}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="inline-actions">
        <button type="submit" className="button is-primary" disabled={busy}>
          {t('review:saveRhythm')}
        </button>
      </div>
    </form>
  );
}
