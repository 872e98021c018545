/**
 * The side panel while nobody is selected: a short summary of the network on the map (how many people
 * in each ring, the closest five by name, neglected ties) and, with the drift view on, who moved in and
 * who drifted out. A name selects the person.
 */
import { useTranslation } from 'react-i18next';
import { formatEncounterDate, formatNumber } from '../../i18n/format';
import { RING_KEYS, type Scene, type SceneNode } from '../../scene/types';
import { useLocale } from '../../store/context';
import { useActions, useAppState } from '../../store/hooks';
import { DriftList } from './DriftList';
import { ringName } from './format-figures';
import { useMapScene } from './use-map-scene';

export function NetworkSummary() {
  const { t } = useTranslation();
  const locale = useLocale();
  const actions = useActions();
  const scene = useMapScene();
  const today = useAppState((s) => s.today);
  if (!scene) return null;
  const stats = scene.stats;
  const folded = new Map(scene.rings.filter((r) => r.folded).map((r) => [r.ring, r.count]));
  const closest = closestOf(scene);
  return (
    <section className="network-summary" aria-labelledby="network-summary-title">
      <h2 id="network-summary-title">{t('map:summary.title')}</h2>
      <p className="muted">
        {scene.asOf === today
          ? t('map:summary.today')
          : t('map:summary.asOf', { date: formatEncounterDate(scene.asOf, locale) })}
      </p>
      <dl className="facts summary-rings">
        {RING_KEYS.map((ring) => {
          const count = stats.byRing[String(ring)] ?? folded.get(ring);
          if (count === undefined) return null;
          return (
            <div key={String(ring)} className="summary-ring" data-ring={ring}>
              <dt>{ringName(t, ring)}</dt>
              <dd>
                {formatNumber(count, locale)}
                {folded.has(ring) && <span className="muted"> · {t('map:summary.folded')}</span>}
              </dd>
            </div>
          );
        })}
        {stats.neglected > 0 && (
          <div className="summary-ring">
            <dt>{t('map:status.neglected')}</dt>
            <dd>{formatNumber(stats.neglected, locale)}</dd>
          </div>
        )}
      </dl>
      {closest.length > 0 && (
        <>
          <h3>{t('map:summary.closest', { count: closest.length })}</h3>
          <ul className="summary-people">
            {closest.map((n) => (
              <li key={n.id}>
                <button type="button" className="link-button" onClick={() => actions.select(n.id)}>
                  {n.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <DriftList />
      <p className="empty">{t('app:panel.empty')}</p>
    </section>
  );
}

const closestCache = new WeakMap<Scene, SceneNode[]>();
/**
 * The closest five, deepest first: found by one pass over the people, not through an index of all of
 * them (a 5,000-entry map made again at every step of the time slider, for five names).
 */
function closestOf(scene: Scene): SceneNode[] {
  let closest = closestCache.get(scene);
  if (!closest) {
    const found = new Map<string, SceneNode>();
    const ids = new Set(scene.closest);
    for (const n of scene.nodes) if (ids.has(n.id)) found.set(n.id, n);
    // In the scene's order of the five (equal depths keep it), then deepest first.
    closest = scene.closest.flatMap((id) => found.get(id) ?? []).sort((a, b) => b.depth - a.depth);
    closestCache.set(scene, closest);
  }
  return closest;
}
