/**
 * The network master plan: a target rhythm per ring (and who has their own), weekly goals with this
 * week's progress, and the prospects' touches toward the touch goal.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModelParams } from '../../../../shared/domain/model-params';
import {
  GOAL_CHANNELS,
  type GoalChannels,
  RING_NUMBERS,
  type RingNumber,
  WeeklyGoal,
} from '../../../../shared/domain/schema';
import { Field } from '../../components/Field';
import { useAction } from '../../components/use-action';
import type { FieldMessage } from '../../forms/field-errors';
import { readNumber, requiredNumber } from '../../forms/schema-field';
import { percent } from '../../i18n/figures';
import { formatEncounterDate, formatList } from '../../i18n/format';
import { useClient, useLocale } from '../../store/context';
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
  const { t } = useTranslation('plan');
  const { busy, run } = useAction();
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
  const [count, setCount] = useState('3');
  const [maxRing, setMaxRing] = useState<RingNumber>(2);
  const [channels, setChannels] = useState<GoalChannels>('in_person');
  const [error, setError] = useState<FieldMessage | undefined>();
  return (
    <form
      className="inline-form goal-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // The contract's rule for a weekly goal's count.
        const checked = requiredNumber(WeeklyGoal.shape.count, count, { key: 'plan:goalCountInvalid' });
        setError(checked.ok ? undefined : checked.error);
        if (checked.ok) onAdd({ count: checked.value, maxRing, channels });
      }}
    >
      <Field label={t('plan:goalCount')} error={error}>
        <input
          type="text"
          inputMode="numeric"
          className="is-tiny"
          value={count}
          onChange={(e) => setCount(e.target.value)}
        />
      </Field>
      <Field label={t('plan:goalRings')}>
        <select value={maxRing} onChange={(e) => setMaxRing(Number(e.target.value) as RingNumber)}>
          {RING_NUMBERS.map((n) => (
            <option key={n} value={n}>
              {t('plan:ringsUpTo', { ring: n })}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('plan:goalChannels')}>
        <select value={channels} onChange={(e) => setChannels(e.target.value as GoalChannels)}>
          {GOAL_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`plan:channels.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="inline-actions">
        <button type="submit" className="button" disabled={busy || full}>
          {t('plan:addGoal')}
        </button>
      </div>
    </form>
  );
}

function RingCadences({ onOpenPerson }: { onOpenPerson: (id: string) => void }) {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const { t } = useTranslation('plan');
  const { busy, run } = useAction();
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
          // Checked by the model's own schema (ring rhythms in days).
          const days = values.map(readNumber) as [number, number, number, number];
          const parsed = ModelParams.safeParse({ ...model, ringCadenceDays: days });
          const bad = parsed.success
            ? undefined
            : (parsed.error.issues.find((i) => i.path[0] === 'ringCadenceDays')?.path[1] as
                | number
                | undefined);
          setError(parsed.success ? undefined : (bad ?? 0));
          if (!parsed.success) return;
          void run(
            () => client.settings.update({ model: parsed.data }),
            () => t('plan:cadenceSaved'),
          );
        }}
      >
        {RING_NUMBERS.map((ring, i) => (
          <Field
            key={ring}
            label={t('plan:ringCadence', { ring })}
            className="cadence-field"
            hint={error === i ? undefined : t('plan:days')}
            error={error === i ? { key: 'people:person.errors.cadenceInvalid' } : undefined}
          >
            <input
              type="text"
              inputMode="numeric"
              className="is-tiny"
              value={values[i]}
              onChange={(e) => setValues(values.map((v, j) => (j === i ? e.target.value : v)))}
            />
          </Field>
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
  const { t } = useTranslation('plan');
  const { busy, run } = useAction();
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
