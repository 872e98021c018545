/**
 * The network master plan: a target rhythm per ring (and who has their own), weekly goals with this
 * week's progress, and the prospects' touches toward the touch goal.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GOAL_CHANNELS,
  type GoalChannels,
  RING_NUMBERS,
  type RingNumber,
  type WeeklyGoal,
} from '../../../../shared/domain/schema';
import { useAction } from '../../components/use-action';
import { percent } from '../../i18n/figures';
import { formatEncounterDate, formatList } from '../../i18n/format';
import { useClient, useLocale, useNotify } from '../../store/context';
import { selectNetwork, selectSnapshot } from '../../store/derived';
import { useActions, useAppState } from '../../store/hooks';
import { goalProgress, newGoalId, touchBoard, weekOf } from './goals';

export function PlanView() {
  const { openPerson: onOpenPerson } = useActions();
  const snapshot = useAppState(selectSnapshot)!;
  const { t } = useTranslation('plan');
  return (
    <div className="view plan-view">
      <div className="view-head">
        <h1 className="view-title">{t('plan:title')}</h1>
      </div>
      <p className="view-intro">{t('plan:intro')}</p>
      <div className="plan-grid">
        <WeeklyGoals />
        <RingCadences key={snapshot.settings.model.ringCadenceDays.join()} onOpenPerson={onOpenPerson} />
        <TouchGoal onOpenPerson={onOpenPerson} />
      </div>
    </div>
  );
}

function WeeklyGoals() {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const network = useAppState(selectNetwork)!;
  const today = useAppState((s) => s.today);
  const locale = useLocale();
  const notify = useNotify();
  const { t } = useTranslation('plan');
  const { busy, run } = useAction(notify);
  const goals = snapshot.settings.plan?.weeklyGoals ?? [];
  const week = weekOf(today);
  const people = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p])), [snapshot.people]);
  const progress = useMemo(
    () =>
      goals.map((goal) =>
        goalProgress(
          goal,
          snapshot.encounters,
          people,
          (id) => network.byId.get(id)?.ring ?? 'not-met',
          week,
        ),
      ),
    [goals, snapshot.encounters, people, network.byId, week],
  );
  const save = (next: WeeklyGoal[], message: string) =>
    run(
      () => client.plan.update({ weeklyGoals: next }),
      () => message,
    );

  return (
    <section className="card" aria-labelledby="goals-title">
      <h2 id="goals-title">{t('plan:goalsTitle')}</h2>
      <p className="muted">
        {t('plan:week', {
          start: formatEncounterDate(week.start, locale),
          end: formatEncounterDate(week.end, locale),
        })}
      </p>
      {goals.length === 0 ? (
        <p className="empty">{t('plan:noGoals')}</p>
      ) : (
        <ul className="goal-list">
          {progress.map(({ goal, met, done }) => {
            const label = t('plan:goalText', {
              count: goal.count,
              ring: goal.maxRing,
              channels: t(`plan:channels.${goal.channels}`),
            });
            return (
              <li key={goal.id} className={done ? 'goal is-done' : 'goal'} data-goal-id={goal.id}>
                <div className="goal-head">
                  <span>{label}</span>
                  <button
                    type="button"
                    className="link-button is-small is-danger"
                    aria-label={t('plan:removeGoal', { goal: label })}
                    disabled={busy}
                    onClick={() =>
                      void save(
                        goals.filter((g) => g.id !== goal.id),
                        t('plan:goalRemoved'),
                      )
                    }
                  >
                    {t('plan:remove')}
                  </button>
                </div>
                <progress max={goal.count} value={Math.min(met.length, goal.count)} aria-label={label} />
                <p className="muted">
                  {done
                    ? t('plan:goalDone', { met: met.length, count: goal.count })
                    : t('plan:goalProgress', { met: met.length, count: goal.count })}
                  {met.length > 0 &&
                    ` — ${formatList(
                      met.map((id) => people.get(id)?.displayName ?? id),
                      locale,
                    )}`}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <GoalForm
        busy={busy}
        onAdd={(goal) => void save([...goals, { ...goal, id: newGoalId(goals) }], t('plan:goalAdded'))}
        full={goals.length >= 20}
      />
    </section>
  );
}

function GoalForm({
  busy,
  full,
  onAdd,
}: {
  busy: boolean;
  full: boolean;
  onAdd: (goal: Omit<WeeklyGoal, 'id'>) => void;
}) {
  const { t } = useTranslation('plan');
  const id = useId();
  const [count, setCount] = useState('3');
  const [maxRing, setMaxRing] = useState<RingNumber>(2);
  const [channels, setChannels] = useState<GoalChannels>('in_person');
  const [error, setError] = useState(false);
  return (
    <form
      className="inline-form goal-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(count.trim());
        const valid = /^\d+$/.test(count.trim()) && n >= 1 && n <= 100;
        setError(!valid);
        if (valid) onAdd({ count: n, maxRing, channels });
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={`${id}-count`}>
          {t('plan:goalCount')}
        </label>
        <input
          id={`${id}-count`}
          type="text"
          inputMode="numeric"
          className="is-tiny"
          value={count}
          aria-invalid={error || undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setCount(e.target.value)}
        />
      </div>
      <label className="field">
        <span className="field-label">{t('plan:goalRings')}</span>
        <select value={maxRing} onChange={(e) => setMaxRing(Number(e.target.value) as RingNumber)}>
          {RING_NUMBERS.map((n) => (
            <option key={n} value={n}>
              {t('plan:ringsUpTo', { ring: n })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('plan:goalChannels')}</span>
        <select value={channels} onChange={(e) => setChannels(e.target.value as GoalChannels)}>
          {GOAL_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`plan:channels.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="inline-actions">
        <button type="submit" className="button" disabled={busy || full}>
          {t('plan:addGoal')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error form-wide">
          {t('plan:goalCountInvalid')}
        </p>
      )}
    </form>
  );
}

function RingCadences({ onOpenPerson }: { onOpenPerson: (id: string) => void }) {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const notify = useNotify();
  const { t } = useTranslation('plan');
  const id = useId();
  const { busy, run } = useAction(notify);
  const model = snapshot.settings.model;
  const [values, setValues] = useState(() => model.ringCadenceDays.map(String));
  const [error, setError] = useState<number | undefined>();
  const own = useMemo(
    () => snapshot.people.filter((p) => p.cadenceDays !== undefined && !p.archived),
    [snapshot.people],
  );
  return (
    <section className="card" aria-labelledby="cadence-title">
      <h2 id="cadence-title">{t('plan:cadenceTitle')}</h2>
      <p className="muted">{t('plan:cadenceIntro')}</p>
      <form
        className="cadence-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const days = values.map((v) => Number(v.trim()));
          const bad = days.findIndex((d, i) => !/^\d+$/.test(values[i]!.trim()) || d < 1 || d > 3650);
          setError(bad === -1 ? undefined : bad);
          if (bad !== -1) return;
          void run(
            () =>
              client.settings.update({
                model: { ...model, ringCadenceDays: days as [number, number, number, number] },
              }),
            () => t('plan:cadenceSaved'),
          );
        }}
      >
        {RING_NUMBERS.map((ring, i) => (
          <div className="field cadence-field" key={ring}>
            <label className="field-label" htmlFor={`${id}-${ring}`}>
              {t('plan:ringCadence', { ring })}
            </label>
            <input
              id={`${id}-${ring}`}
              type="text"
              inputMode="numeric"
              className="is-tiny"
              value={values[i]}
              aria-invalid={error === i || undefined}
              aria-describedby={`${id}-${ring}-hint`}
              onChange={(e) => setValues(values.map((v, j) => (j === i ? e.target.value : v)))}
            />
            <span id={`${id}-${ring}-hint`} className={error === i ? 'field-error' : 'field-hint'}>
              {error === i ? t('people:person.errors.cadenceInvalid') : t('plan:days')}
            </span>
          </div>
        ))}
        <div className="inline-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('plan:saveCadences')}
          </button>
        </div>
      </form>
      <h3>{t('plan:ownTitle', { count: own.length })}</h3>
      {own.length === 0 ? (
        <p className="empty">{t('plan:ownNone')}</p>
      ) : (
        <ul className="plain-list">
          {own.map((p) => (
            <li key={p.id}>
              <button type="button" className="link-button" onClick={() => onOpenPerson(p.id)}>
                {p.displayName}
              </button>{' '}
              <span className="muted">{t('plan:ownValue', { count: p.cadenceDays })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TouchGoal({ onOpenPerson }: { onOpenPerson: (id: string) => void }) {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const network = useAppState(selectNetwork)!;
  const locale = useLocale();
  const notify = useNotify();
  const { t } = useTranslation('plan');
  const { busy, run } = useAction(notify);
  const rows = useMemo(
    () => touchBoard(snapshot.people, network.byId, locale),
    [snapshot.people, network.byId, locale],
  );
  const goal = snapshot.settings.model.touchGoal;
  const months = snapshot.settings.model.touchWindowMonths;
  return (
    <section className="card touch-card" aria-labelledby="touch-title">
      <h2 id="touch-title">{t('plan:touchTitle')}</h2>
      <p className="muted">{t('plan:touchIntro', { goal, months })}</p>
      {rows.length === 0 ? (
        <p className="empty">{t('plan:touchNone')}</p>
      ) : (
        <table className="data-table touch-table">
          <thead>
            <tr>
              <th scope="col">{t('plan:prospect')}</th>
              <th scope="col">{t('plan:touches')}</th>
              <th scope="col">{t('plan:lastContact')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('plan:actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ person, touches, progress, lastContact }) => (
              <tr key={person.id} data-person-id={person.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpenPerson(person.id)}>
                    {person.displayName}
                  </button>
                </th>
                <td>
                  <div className="touch-progress">
                    <progress max={1} value={progress} aria-label={t('plan:touchesOf', { touches, goal })} />
                    <span>
                      {t('plan:touchesOf', { touches, goal })} ({percent(progress, locale)})
                    </span>
                  </div>
                </td>
                <td>{lastContact ? formatEncounterDate(lastContact, locale) : t('people:people.never')}</td>
                <td>
                  <button
                    type="button"
                    className="link-button is-small"
                    disabled={busy}
                    onClick={() =>
                      void run(
                        () => client.people.update({ id: person.id, patch: { kind: 'client' } }),
                        () => t('plan:madeClient', { name: person.displayName }),
                      )
                    }
                  >
                    {t('plan:makeClient')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
