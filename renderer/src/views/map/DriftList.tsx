/**
 * "Moved in / drifted out": with the drift view on, the people whose ring changed over the last 6 or 12
 * months, each with the ring then, the ring now and since when — so drift can be read, not only seen
 * as dotted lines. A name selects the person. Not worked out while the time slider plays.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../i18n/format';
import { type DriftMove, driftMoves } from '../../model/drift-moves';
import { useLocale } from '../../store/context';
import { selectEngine } from '../../store/derived';
import { useActions, useAppState } from '../../store/hooks';
import { ringName } from './format-figures';

export function DriftList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const actions = useActions();
  const engine = useAppState(selectEngine);
  const months = useAppState((s) => (s.map.layout === 'ego' ? s.map.drift : 0));
  const today = useAppState((s) => s.today);
  const asOf = useAppState((s) => s.map.asOf) ?? today;
  const playing = useAppState((s) => s.map.playing);
  const moves = useMemo(
    () => (engine && months !== 0 && !playing ? driftMoves(engine, asOf, months) : undefined),
    [engine, months, asOf, playing],
  );
  if (months === 0) return null;
  const section = (key: 'inward' | 'outward', list: readonly DriftMove[]) => (
    <section className="drift-list-part" data-drift={key}>
      <h4>{t(`map:drift.${key}`, { count: list.length })}</h4>
      {list.length === 0 ? (
        <p className="muted">{t('map:drift.nobody')}</p>
      ) : (
        <ul>
          {list.map((m) => (
            <li key={m.id} data-person={m.id}>
              <button type="button" className="link-button" onClick={() => actions.select(m.id)}>
                {m.name}
              </button>
              <span className="drift-move">
                {t('map:drift.move', {
                  from: ringName(t, m.from),
                  to: ringName(t, m.to),
                  since: formatMonth(m.since, locale),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <section className="drift-list" aria-labelledby="drift-list-title">
      <h3 id="drift-list-title">{t('map:drift.title', { months })}</h3>
      {moves ? (
        <>
          {section('inward', moves.inward)}
          {section('outward', moves.outward)}
        </>
      ) : (
        <p className="muted">{t('map:drift.paused')}</p>
      )}
    </section>
  );
}
