/**
 * The navigation between the views (Map, People, Review, Agenda, Plan, Dashboard, Settings; Ctrl/Cmd+1…7),
 * with undo and redo beside it, each saying what it would take back.
 */
import { useTranslation } from 'react-i18next';
import { useActions, useAppState } from '../store/hooks';
import { VIEWS } from './nav';
import { IS_MAC } from './use-shortcuts';
import '../styles/views.css';

export function ViewNav() {
  const { t } = useTranslation('history');
  const view = useAppState((s) => s.view);
  const history = useAppState((s) => s.history);
  const actions = useActions();
  const mod = IS_MAC ? '⌘' : t('app:keys.ctrl');
  const undoLabel = history?.undo ? t(history.undo.key, history.undo.values ?? {}) : undefined;
  const redoLabel = history?.redo ? t(history.redo.key, history.redo.values ?? {}) : undefined;
  return (
    <div className="view-bar">
      <nav className="view-nav" aria-label={t('app:nav.label')}>
        <ul>
          {VIEWS.map((id, index) => (
            <li key={id}>
              <a
                href={`#${id}`}
                className={id === view ? 'view-tab is-current' : 'view-tab'}
                aria-current={id === view ? 'page' : undefined}
                aria-keyshortcuts={`${IS_MAC ? 'Meta' : 'Control'}+${index + 1}`}
                title={t('app:nav.shortcut', { key: `${mod}+${index + 1}` })}
                onClick={(event) => {
                  event.preventDefault();
                  actions.setView(id);
                }}
              >
                {t(`app:nav.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <fieldset className="undo-buttons">
        <legend className="visually-hidden">{t('group')}</legend>
        <button
          type="button"
          className="button is-small"
          disabled={!undoLabel}
          aria-keyshortcuts={IS_MAC ? 'Meta+Z' : 'Control+Z'}
          title={undoLabel ? t('undoTitle', { what: undoLabel, key: `${mod}+Z` }) : t('nothing')}
          onClick={actions.undo}
        >
          {t('undo')}
        </button>
        <button
          type="button"
          className="button is-small"
          disabled={!redoLabel}
          aria-keyshortcuts={IS_MAC ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
          title={redoLabel ? t('redoTitle', { what: redoLabel, key: `${mod}+⇧+Z` }) : t('nothingRedo')}
          onClick={actions.redo}
        >
          {t('redo')}
        </button>
      </fieldset>
    </div>
  );
}
