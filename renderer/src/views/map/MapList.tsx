/**
 * The map as a table, for screen readers and keyboard users: the same people, in the same order as the
 * keyboard walks the map (innermost ring first), with every figure the map encodes.
 */
import { useTranslation } from 'react-i18next';
import type { SceneNode } from '../../scene/types';
import { depthText, frequencyText, lastContactText, ringName, statusText } from './format-figures';

interface Props {
  nodes: readonly SceneNode[];
  /** Context names of each person, by id. */
  contextsOf: (id: string) => string;
  selectedId: string | undefined;
  locale: string;
  onSelect: (id: string) => void;
}

export function MapList({ nodes, contextsOf, selectedId, locale, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <div className="map-list">
      <table className="people-table">
        <caption>{t('map:list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('map:list.name')}</th>
            <th scope="col">{t('map:list.ring')}</th>
            <th scope="col" className="is-number">
              {t('map:list.depth')}
            </th>
            <th scope="col">{t('map:list.lastContact')}</th>
            <th scope="col">{t('map:list.frequency')}</th>
            <th scope="col">{t('map:list.status')}</th>
            <th scope="col">{t('map:list.kind')}</th>
            <th scope="col">{t('map:list.contexts')}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr key={n.id} className={n.id === selectedId ? 'is-selected' : undefined} data-person={n.id}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={n.id === selectedId}
                  onClick={() => onSelect(n.id)}
                >
                  {n.name}
                </button>
              </th>
              <td>
                {ringName(t, n.ring)}
                {n.pinnedRing !== undefined && n.pinnedRing !== n.ring && ` → ${ringName(t, n.pinnedRing)}`}
              </td>
              <td className="is-number">{depthText(n, locale)}</td>
              <td>{lastContactText(t, n, locale)}</td>
              <td>{frequencyText(t, n, locale)}</td>
              <td>{statusText(t, n)}</td>
              <td>{t(`common:personKind.${n.kind}`)}</td>
              <td>{contextsOf(n.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
