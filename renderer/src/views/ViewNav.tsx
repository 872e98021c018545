/**
 * The navigation between the views (Map, People, Review, Plan, Dashboard, Settings; Ctrl/Cmd+1…6),
 * with undo and redo beside it, each saying what it would take back.
 */
import { useTranslation } from 'react-i18next';
import type { HistoryControls } from '../undo/use-history';
import { VIEWS, type ViewId } from './nav';
import { IS_MAC } from './use-shortcuts';
import './workflow.css';

interface Props {
  view: ViewId;
  onView: (view: ViewId) => void;
  history: HistoryControls;
}

export function ViewNav({ view, onView, history }: Props) {
  const { t } = useTranslation('workflow');
  const mod = IS_MAC ? '⌘' : t('keys.ctrl');
  const undoLabel = history.state?.undo
    ? t(history.state.undo.key, history.state.undo.values ?? {})
    : undefined;
  const redoLabel = history.state?.redo
    ? t(history.state.redo.key, history.state.redo.values ?? {})
    : undefined;
  return (
    <div className="view-bar">
      <nav className="view-nav" aria-label={t('nav.label')}>
        <ul>
          {VIEWS.map((id, index) => (
            <li key={id}>
              <a
                href={`#${id}`}
                className={id === view ? 'view-tab is-current' : 'view-tab'}
                aria-current={id === view ? 'page' : undefined}
                aria-keyshortcuts={`${IS_MAC ? 'Meta' : 'Control'}+${index + 1}`}
                title={t('nav.shortcut', { key: `${mod}+${index + 1}` })}
                onClick={(event) => {
                  event.preventDefault();
                  onView(id);
                }}
              >
                {t(`nav.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <fieldset className="undo-buttons">
        <legend className="visually-hidden">{t('undo.group')}</legend>
        <button
          type="button"
          className="button is-small"
          disabled={!undoLabel}
          aria-keyshortcuts={IS_MAC ? 'Meta+Z' : 'Control+Z'}
          title={undoLabel ? t('undo.undoTitle', { what: undoLabel, key: `${mod}+Z` }) : t('undo.nothing')}
          onClick={history.undo}
        >
          {t('undo.undo')}
        </button>
        <button
          type="button"
          className="button is-small"
          disabled={!redoLabel}
          aria-keyshortcuts={IS_MAC ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
          title={
            redoLabel ? t('undo.redoTitle', { what: redoLabel, key: `${mod}+⇧+Z` }) : t('undo.nothingRedo')
          }
          onClick={history.redo}
        >
          {t('undo.redo')}
        </button>
      </fieldset>
    </div>
  );
}
