/**
 * One person in the People view: their facts and the engine's figures, the actions (log, edit,
 * archive, merge, delete), their ties to other people, and their encounters with edit and delete.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Encounter, type Person, TIE_KINDS, type TieKind } from '../../../../shared/domain/schema';
import type { PersonResult } from '../../../../shared/engine/types';
import type { Snapshot } from '../../../../shared/ipc/contract';
import { Field } from '../../components/Field';
import { PeoplePicker } from '../../components/PeoplePicker';
import { PersonWhy } from '../../components/PersonWhy';
import { useAction } from '../../components/use-action';
import { daysText, ringKey } from '../../i18n/figures';
import { formatEncounterDate, formatList } from '../../i18n/format';
import { encountersOf, isPlanned } from '../../model/people-view';
import { PersonAgenda } from '../../next-step/PersonAgenda';
import type { Participant } from '../../quick-log/quick-log-form';
import { useClient, useLocale } from '../../store/context';
import { selectSnapshot } from '../../store/derived';
import { useActions, useAppState } from '../../store/hooks';

interface Props {
  person: Person;
  result: PersonResult | undefined;
  onEdit: () => void;
  onMerge: () => void;
  onDelete: () => void;
}

export function PersonDetail(props: Props) {
  const { person, result, onEdit, onMerge, onDelete } = props;
  const client = useClient();
  const locale = useLocale();
  const snapshot = useAppState(selectSnapshot)!;
  const { logWith: onLog, editEncounter: onEditEncounter } = useActions();
  const { t } = useTranslation('people');
  const { busy, run } = useAction();
  const peopleById = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p])), [snapshot.people]);
  const contextsById = useMemo(() => new Map(snapshot.contexts.map((c) => [c.id, c])), [snapshot.contexts]);
  const timeline = useMemo(
    () => encountersOf(person.id, snapshot.encounters),
    [person.id, snapshot.encounters],
  );
  const today = useAppState((s) => s.today);
  const planned = useMemo(() => timeline.filter((e) => isPlanned(e, today)).length, [timeline, today]);
  const ties = useMemo(
    () => snapshot.ties.filter((tie) => tie.a === person.id || tie.b === person.id),
    [snapshot.ties, person.id],
  );
  const headingId = useId();

  const archive = () =>
    run(
      () => client.people.update({ id: person.id, patch: { archived: !person.archived } }),
      (p) => t(p.archived ? 'detail.archived' : 'detail.unarchived', { name: p.displayName }),
    );
  const deleteEncounter = (encounter: Encounter) =>
    run(
      () => client.encounters.delete({ id: encounter.id }),
      () => t('people:detail.encounterDeleted', { date: formatEncounterDate(encounter.date, locale) }),
    );

  return (
    <section className="person-detail" aria-labelledby={headingId}>
      <h2 id={headingId} className="person-name">
        {person.displayName}
        {person.archived && <span className="tag-muted"> {t('people:people.archivedMark')}</span>}
      </h2>
      {(person.role || person.organisation) && (
        <p className="muted">{[person.role, person.organisation].filter(Boolean).join(' · ')}</p>
      )}
      <div className="detail-actions">
        <button
          type="button"
          className="button is-primary"
          onClick={() => onLog([person.id])}
          disabled={person.archived}
        >
          {t('people:detail.log')}
        </button>
        <button type="button" className="button" onClick={onEdit}>
          {t('people:detail.edit')}
        </button>
        <button type="button" className="button" onClick={archive} disabled={busy}>
          {person.archived ? t('people:detail.unarchive') : t('people:detail.archive')}
        </button>
        <button type="button" className="button" onClick={onMerge}>
          {t('people:detail.merge')}
        </button>
        <button type="button" className="button is-danger-quiet" onClick={onDelete}>
          {t('people:detail.delete')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('people:person.kind')}</dt>
        <dd>{t(`common:personKind.${person.kind}`)}</dd>
        <dt>{t('people:detail.ring')}</dt>
        <dd>
          {t(ringKey(result?.ring ?? 'not-met'))}
          {person.pinnedRing !== undefined && (
            <span className="muted">
              {' '}
              · {t('people:detail.pinned', { ring: t(ringKey(person.pinnedRing)) })}
            </span>
          )}
        </dd>
        <dt>{t('people:detail.status')}</dt>
        <dd>{t(`engine:status.${result?.status ?? 'none'}`)}</dd>
        <dt>{t('people:detail.rhythm')}</dt>
        <dd>
          {result?.cadenceDays
            ? t('people:detail.rhythmValue', {
                days: daysText(result.cadenceDays),
                source: t(`engine:cadenceSource.${result.cadenceSource ?? 'ring'}`),
              })
            : person.cadenceDays
              ? t('people:detail.rhythmValue', {
                  days: person.cadenceDays,
                  source: t('engine:cadenceSource.user'),
                })
              : t('people:detail.notSet')}
        </dd>
        <dt>{t('people:person.closeness')}</dt>
        <dd>
          {person.closeness
            ? t(`people:person.closenessValue.${person.closeness}`)
            : t('people:detail.notSet')}
        </dd>
        {person.snoozedUntil && (
          <>
            <dt>{t('people:detail.snoozed')}</dt>
            <dd>{formatEncounterDate(person.snoozedUntil, locale)}</dd>
          </>
        )}
        {person.emails.length > 0 && (
          <>
            <dt>{t('people:person.emails')}</dt>
            <dd>{person.emails.join(', ')}</dd>
          </>
        )}
        {person.phones.length > 0 && (
          <>
            <dt>{t('people:person.phones')}</dt>
            <dd>{person.phones.join(', ')}</dd>
          </>
        )}
        {person.tags.length > 0 && (
          <>
            <dt>{t('people:person.tags')}</dt>
            <dd>{person.tags.join(', ')}</dd>
          </>
        )}
        {person.contexts.length > 0 && (
          <>
            <dt>{t('people:person.contexts')}</dt>
            <dd>
              {formatList(
                person.contexts.map((id) => contextsById.get(id)?.name ?? id),
                locale,
              )}
            </dd>
          </>
        )}
      </dl>
      {person.notes && <p className="detail-notes">{person.notes}</p>}
      <PersonAgenda personId={person.id} />
      {result && (
        <PersonWhy
          result={result}
          closeness={person.closeness}
          closenessBlend={snapshot.settings.model.closenessBlend}
        />
      )}

      <TiesSection person={person} ties={ties} peopleById={peopleById} />

      <h3>
        {t('people:detail.timeline', { count: timeline.length - planned })}
        {planned > 0 && <span className="muted"> · {t('people:detail.planned', { count: planned })}</span>}
      </h3>
      {timeline.length === 0 ? (
        <p className="empty">{t('people:detail.noEncounters')}</p>
      ) : (
        <ol className="timeline">
          {timeline.map((e) => {
            const others = e.participants
              .filter((id) => id !== person.id)
              .map((id) => peopleById.get(id)?.displayName ?? id);
            const date = formatEncounterDate(e.date, locale);
            return (
              <li key={e.id} data-encounter-id={e.id}>
                <div className="timeline-head">
                  <span className="timeline-date">{date}</span>
                  <span className="timeline-channel">{t(`common:channel.${e.channel}`)}</span>
                  {isPlanned(e, today) && <span className="tag-planned">{t('app:panel.plannedMark')}</span>}
                  {e.attempt && <span className="muted">{t('people:detail.attempt')}</span>}
                  {e.durationMinutes !== undefined && (
                    <span className="muted">{t('people:detail.minutes', { count: e.durationMinutes })}</span>
                  )}
                  <span className="timeline-actions">
                    <button
                      type="button"
                      className="link-button is-small"
                      aria-label={t('people:detail.editEncounter', { date })}
                      onClick={() => onEditEncounter(e)}
                    >
                      {t('people:detail.editShort')}
                    </button>
                    <button
                      type="button"
                      className="link-button is-small is-danger"
                      aria-label={t('people:detail.deleteEncounter', { date })}
                      onClick={() => void deleteEncounter(e)}
                    >
                      {t('people:detail.deleteShort')}
                    </button>
                  </span>
                </div>
                {others.length > 0 && (
                  <div className="muted">
                    {t('people:detail.withOthers', { names: formatList(others, locale) })}
                  </div>
                )}
                {e.contextId && <div className="muted">{contextsById.get(e.contextId)?.name}</div>}
                {e.notes && <p className="timeline-notes">{e.notes}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function TiesSection({
  person,
  ties,
  peopleById,
}: {
  person: Person;
  ties: Snapshot['ties'];
  peopleById: ReadonlyMap<string, Person>;
}) {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const { t } = useTranslation('people');
  const { busy, run } = useAction();
  const pickerId = useId();
  const [other, setOther] = useState<Participant[]>([]);
  const [kind, setKind] = useState<TieKind>('knows');
  const tied = ties.map((tie) => (tie.a === person.id ? tie.b : tie.a));
  const offered = useMemo(() => snapshot.people.filter((p) => !p.archived), [snapshot.people]);

  const add = async () => {
    const chosen = other[0];
    if (!chosen || !('id' in chosen)) return;
    const done = await run(
      () => client.ties.create({ a: person.id, b: chosen.id, kind }),
      () =>
        t('people:ties.added', { a: person.displayName, b: peopleById.get(chosen.id)?.displayName ?? '' }),
    );
    if (done) setOther([]);
  };

  return (
    <>
      <h3>{t('people:ties.title')}</h3>
      {ties.length === 0 ? (
        <p className="empty">{t('people:ties.none')}</p>
      ) : (
        <ul className="tie-list">
          {ties.map((tie) => {
            const otherId = tie.a === person.id ? tie.b : tie.a;
            const name = peopleById.get(otherId)?.displayName ?? otherId;
            return (
              <li key={tie.id}>
                <span>
                  {name} <span className="muted">({t(`common:tieKind.${tie.kind}`)})</span>
                </span>
                <button
                  type="button"
                  className="link-button is-small is-danger"
                  aria-label={t('people:ties.remove', { name })}
                  disabled={busy}
                  onClick={() =>
                    void run(
                      () => client.ties.delete({ id: tie.id }),
                      () => t('people:ties.removed', { a: person.displayName, b: name }),
                    )
                  }
                >
                  {t('people:ties.removeShort')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="tie-add">
        <Field label={t('people:ties.addLabel')} controlId={pickerId}>
          <PeoplePicker
            inputId={pickerId}
            people={offered}
            value={other}
            single
            exclude={[person.id, ...tied]}
            onChange={setOther}
          />
        </Field>
        <Field label={t('people:ties.kind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as TieKind)}>
            {TIE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`common:tieKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <button
          type="button"
          className="button"
          disabled={busy || other.length === 0}
          onClick={() => void add()}
        >
          {t('people:ties.add')}
        </button>
      </div>
    </>
  );
}
