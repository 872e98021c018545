/** Likely duplicates (shared e-mail or phone, same or similar name), each pair one click from the merge preview. */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicatePair } from '../../../../shared/ipc/contract';
import { useClient } from '../../store/context';
import { selectSnapshot } from '../../store/derived';
import { useAppState } from '../../store/hooks';

interface Props {
  onMerge: (a: string, b: string) => void;
}

/**
 * Which record the merge keeps by default: the one with more encounters (usually the record the user
 * has been working with).
 */
function mainFirst(pair: DuplicatePair, counts: ReadonlyMap<string, number>): [string, string] {
  return (counts.get(pair.b) ?? 0) > (counts.get(pair.a) ?? 0) ? [pair.b, pair.a] : [pair.a, pair.b];
}

export function DuplicatesPanel({ onMerge }: Props) {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const { t } = useTranslation('people');
  const [pairs, setPairs] = useState<DuplicatePair[] | undefined>();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const byId = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p])), [snapshot.people]);
  const counts = useMemo(() => {
    const n = new Map<string, number>();
    for (const e of snapshot.encounters) for (const id of e.participants) n.set(id, (n.get(id) ?? 0) + 1);
    return n;
  }, [snapshot.encounters]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again whenever the data changed (revision)
  useEffect(() => {
    let current = true;
    client.people
      .duplicates({})
      .then((found) => current && setPairs(found))
      .catch(() => current && setPairs([]));
    return () => {
      current = false;
    };
  }, [client, snapshot.revision]);

  const shown = (pairs ?? []).filter((p) => !hidden.has(`${p.a}|${p.b}`) && byId.has(p.a) && byId.has(p.b));
  return (
    <section aria-labelledby="duplicates-title" className="duplicates-panel">
      <div className="section-head">
        <h2 id="duplicates-title">{t('people:duplicates.title')}</h2>
        {pairs && <span className="muted">{t('people:duplicates.count', { count: shown.length })}</span>}
      </div>
      <p className="muted">{t('people:duplicates.intro')}</p>
      {pairs === undefined ? (
        <p className="muted">{t('app:loadingShort')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('people:duplicates.none')}</p>
      ) : (
        <ul className="duplicate-list">
          {shown.map((pair) => {
            const a = byId.get(pair.a)!;
            const b = byId.get(pair.b)!;
            return (
              <li key={`${pair.a}|${pair.b}`} className="duplicate-item">
                <div>
                  <strong>{a.displayName}</strong>{' '}
                  {a.emails[0] && <span className="muted">{a.emails[0]}</span>}
                  <span aria-hidden="true"> ↔ </span>
                  <span className="visually-hidden"> {t('people:duplicates.and')} </span>
                  <strong>{b.displayName}</strong>{' '}
                  {b.emails[0] && <span className="muted">{b.emails[0]}</span>}
                  <div className="muted">{t(`people:duplicates.reason.${pair.reason}`)}</div>
                </div>
                <div className="row-actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() => onMerge(...mainFirst(pair, counts))}
                  >
                    {t('people:duplicates.review')}
                  </button>
                  <button
                    type="button"
                    className="button is-quiet"
                    onClick={() => setHidden(new Set([...hidden, `${pair.a}|${pair.b}`]))}
                  >
                    {t('people:duplicates.hide')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
