/**
 * One person in the People view: their facts and the engine's figures, the actions (log, edit,
 * archive, merge, delete), their ties to other people, and their encounters with edit and delete.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Encounter, type Person, TIE_KINDS, type TieKind } from '../../../../shared/domain/schema';
import type { PersonResult } from '../../../../shared/engine/types';
import type { Snapshot } from '../../../../shared/ipc/contract';
import type { Client } from '../../api/client';
import { formatEncounterDate, formatList } from '../../i18n/format';
import { encountersOf } from '../../model/people-view';
import { PeoplePicker } from '../../quick-log/PeoplePicker';
import type { Participant } from '../../quick-log/quick-log-form';
import { daysText, ringKey } from '../common/format';
import { type Notify, useAction } from '../common/use-action';

interface Props {
  client: Client;
  person: Person;
  result: PersonResult | undefined;
  snapshot: Snapshot;
  locale: string;
  notify: Notify;
  onLog: (participants: string[]) => void;
  onEditEncounter: (encounter: Encounter) => void;
  onEdit: () => void;
  onMerge: () => void;
  onDelete: () => void;
}

export function PersonDetail(props: Props) {
  const {
    client,
    person,
    result,
    snapshot,
    locale,
    notify,
    onLog,
    onEditEncounter,
    onEdit,
    onMerge,
    onDelete,
  } = props;
  const { t } = useTranslation('workflow');
  const { busy, run } = useAction(notify);
  const peopleById = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p])), [snapshot.people]);
  const contextsById = useMemo(() => new Map(snapshot.contexts.map((c) => [c.id, c])), [snapshot.contexts]);
  const timeline = useMemo(
    () => encountersOf(person.id, snapshot.encounters),
    [person.id, snapshot.encounters],
  );
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
      () => t('detail.encounterDeleted', { date: formatEncounterDate(encounter.date, locale) }),
    );

  return (
    <section className="person-detail" aria-labelledby={headingId}>
      <h2 id={headingId} className="person-name">
        {person.displayName}
        {person.archived && <span className="tag-muted"> {t('people.archivedMark')}</span>}
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
          {t('detail.log')}
        </button>
        <button type="button" className="button" onClick={onEdit}>
          {t('detail.edit')}
        </button>
        <button type="button" className="button" onClick={archive} disabled={busy}>
          {person.archived ? t('detail.unarchive') : t('detail.archive')}
        </button>
        <button type="button" className="button" onClick={onMerge}>
          {t('detail.merge')}
        </button>
        <button type="button" className="button is-danger-quiet" onClick={onDelete}>
          {t('detail.delete')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('person.kind')}</dt>
        <dd>{t(`common:personKind.${person.kind}`)}</dd>
        <dt>{t('detail.ring')}</dt>
        <dd>
          {t(ringKey(result?.ring ?? 'not-met'))}
          {person.pinnedRing !== undefined && (
            <span className="muted"> · {t('detail.pinned', { ring: t(ringKey(person.pinnedRing)) })}</span>
          )}
        </dd>
        <dt>{t('detail.status')}</dt>
        <dd>{t(`engine:status.${result?.status ?? 'none'}`)}</dd>
        <dt>{t('detail.rhythm')}</dt>
        <dd>
          {result?.cadenceDays
            ? t('detail.rhythmValue', {
                days: daysText(result.cadenceDays),
                source: t(`engine:cadenceSource.${result.cadenceSource ?? 'ring'}`),
              })
            : person.cadenceDays
              ? t('detail.rhythmValue', { days: person.cadenceDays, source: t('engine:cadenceSource.user') })
              : t('detail.notSet')}
        </dd>
        <dt>{t('person.closeness')}</dt>
        <dd>{person.closeness ? t(`person.closenessValue.${person.closeness}`) : t('detail.notSet')}</dd>
        {person.snoozedUntil && (
          <>
            <dt>{t('detail.snoozed')}</dt>
            <dd>{formatEncounterDate(person.snoozedUntil, locale)}</dd>
          </>
        )}
        {person.emails.length > 0 && (
          <>
            <dt>{t('person.emails')}</dt>
            <dd>{person.emails.join(', ')}</dd>
          </>
        )}
        {person.phones.length > 0 && (
          <>
            <dt>{t('person.phones')}</dt>
            <dd>{person.phones.join(', ')}</dd>
          </>
        )}
        {person.tags.length > 0 && (
          <>
            <dt>{t('person.tags')}</dt>
            <dd>{person.tags.join(', ')}</dd>
          </>
        )}
        {person.contexts.length > 0 && (
          <>
            <dt>{t('person.contexts')}</dt>
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

      <TiesSection
        client={client}
        person={person}
        snapshot={snapshot}
        ties={ties}
        peopleById={peopleById}
        notify={notify}
      />

      <h3>{t('detail.timeline', { count: timeline.length })}</h3>
      {timeline.length === 0 ? (
        <p className="empty">{t('detail.noEncounters')}</p>
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
                  {e.durationMinutes !== undefined && (
                    <span className="muted">{t('detail.minutes', { count: e.durationMinutes })}</span>
                  )}
                  <span className="timeline-actions">
                    <button
                      type="button"
                      className="link-button is-small"
                      aria-label={t('detail.editEncounter', { date })}
                      onClick={() => onEditEncounter(e)}
                    >
                      {t('detail.editShort')}
                    </button>
                    <button
                      type="button"
                      className="link-button is-small is-danger"
                      aria-label={t('detail.deleteEncounter', { date })}
                      onClick={() => void deleteEncounter(e)}
                    >
                      {t('detail.deleteShort')}
                    </button>
                  </span>
                </div>
                {others.length > 0 && (
                  <div className="muted">{t('detail.withOthers', { names: formatList(others, locale) })}</div>
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
  client,
  person,
  snapshot,
  ties,
  peopleById,
  notify,
}: {
  client: Client;
  person: Person;
  snapshot: Snapshot;
  ties: Snapshot['ties'];
  peopleById: ReadonlyMap<string, Person>;
  notify: Notify;
}) {
  const { t } = useTranslation('workflow');
  const { busy, run } = useAction(notify);
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
      () => t('ties.added', { a: person.displayName, b: peopleById.get(chosen.id)?.displayName ?? '' }),
    );
    if (done) setOther([]);
  };

  return (
    <>
      <h3>{t('ties.title')}</h3>
      {ties.length === 0 ? (
        <p className="empty">{t('ties.none')}</p>
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
                  aria-label={t('ties.remove', { name })}
                  disabled={busy}
                  onClick={() =>
                    void run(
                      () => client.ties.delete({ id: tie.id }),
                      () => t('ties.removed', { a: person.displayName, b: name }),
                    )
                  }
                >
                  {t('ties.removeShort')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="tie-add">
        <div className="field">
          <label className="field-label" htmlFor={pickerId}>
            {t('ties.addLabel')}
          </label>
          <PeoplePicker
            inputId={pickerId}
            people={offered}
            value={other}
            single
            exclude={[person.id, ...tied]}
            onChange={setOther}
          />
        </div>
        <label className="field">
          <span className="field-label">{t('ties.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as TieKind)}>
            {TIE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`common:tieKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={busy || other.length === 0}
          onClick={() => void add()}
        >
          {t('ties.add')}
        </button>
      </div>
    </>
  );
}
