/**
 * The window's frame: toolbar, view navigation, the current view, the dialogs, the print preview and
 * the status line. It reads its slices of the app store and renders; what changes the state are the
 * store's actions (store/app-store.ts), from buttons, shortcuts and menu commands alike.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AddPersonForm } from '../components/AddPersonForm';
import { Dialog } from '../components/Dialog';
import { resolveLanguage } from '../i18n/setup';
import { PrintHost } from '../print/PrintHost';
import { QuickLogForm } from '../quick-log/QuickLogForm';
import { SettingsView } from '../settings/SettingsView';
import { useClient, useLanguage, useSystemLanguage } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useActions, useAppState } from '../store/hooks';
import { UnlockScreen } from '../unlock/UnlockScreen';
import { AgendaView } from '../views/agenda/AgendaView';
import { DashboardView } from '../views/dashboard/DashboardView';
import { MapScreen } from '../views/map/MapScreen';
import { PeopleView } from '../views/people/PeopleView';
import { PlanView } from '../views/plan/PlanView';
import { ReviewView } from '../views/review/ReviewView';
import { useMenuCommands } from './menu-commands';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './use-shortcuts';
import { ViewNav } from './ViewNav';

export function App() {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const client = useClient();
  const data = useAppState((s) => s.data);
  const view = useAppState((s) => s.view);
  const language = useLanguage();
  const systemLanguage = useSystemLanguage();

  const savedLanguage = data.status === 'ready' ? data.snapshot.settings.language : undefined;
  useEffect(() => {
    if (savedLanguage) void i18n.changeLanguage(resolveLanguage(savedLanguage, systemLanguage));
  }, [savedLanguage, systemLanguage, i18n]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('documentTitle');
  }, [language, t]);

  useShortcuts((action) => {
    if (action.kind === 'quickLog') actions.logWith([]);
    if (action.kind === 'undo') actions.undo();
    if (action.kind === 'redo') actions.redo();
    if (action.kind === 'view') actions.setView(action.view);
  });
  useMenuCommands();

  if (data.status === 'loading') {
    return (
      <p className="notice" role="status">
        {t('loading')}
      </p>
    );
  }
  if (data.status === 'error' && data.error.code === 'locked') {
    return <UnlockScreen client={client} onUnlocked={() => void actions.reload()} />;
  }
  if (data.status === 'error') {
    return (
      <main className="notice">
        <h1>{t('loadFailed.title')}</h1>
        <p role="alert">{t(`errors:${data.error.code}`, { message: data.error.message })}</p>
        <button type="button" className="button" onClick={() => void actions.reload()}>
          {t('loadFailed.retry')}
        </button>
      </main>
    );
  }

  return (
    <div className={view === 'map' ? 'app has-views' : 'app has-views is-wide'}>
      <Toolbar />
      <ViewNav />
      {view === 'map' ? (
        <MapScreen />
      ) : (
        <main className="workspace view-area" id="main">
          {view === 'people' && <PeopleView />}
          {view === 'review' && <ReviewView />}
          {view === 'agenda' && <AgendaView />}
          {view === 'plan' && <PlanView />}
          {view === 'dashboard' && <DashboardView />}
          {view === 'settings' && <SettingsView />}
        </main>
      )}
      <PrintHost />
      <StatusLine />
      <Dialogs />
    </div>
  );
}

function StatusLine() {
  const { t } = useTranslation();
  const status = useAppState((s) => s.status);
  return (
    <p className="status-line" role="status">
      {status ? t(status.key, status.values ?? {}) : ''}
    </p>
  );
}

/** The window's two dialogs: a new person, and the quick log (or an encounter being edited). */
function Dialogs() {
  const { t } = useTranslation();
  const actions = useActions();
  const dialog = useAppState((s) => s.dialog);
  const snapshot = useAppState(selectSnapshot);
  if (!snapshot) return null;
  return (
    <>
      <Dialog open={dialog.kind === 'person'} title={t('personForm.title')} onClose={actions.closeDialog}>
        <AddPersonForm
          onCancel={actions.closeDialog}
          onDone={(person) => {
            actions.closeDialog();
            actions.select(person.id);
            actions.showStatus({ key: 'status.personAdded', values: { name: person.displayName } });
          }}
        />
      </Dialog>
      <Dialog
        open={dialog.kind === 'encounter'}
        title={
          dialog.kind === 'encounter' && dialog.encounter ? t('quickLog:editTitle') : t('encounterForm.title')
        }
        onClose={actions.closeDialog}
      >
        <QuickLogForm
          people={snapshot.people}
          contexts={snapshot.contexts}
          initialParticipants={dialog.kind === 'encounter' ? dialog.participants : []}
          initialNotes={dialog.kind === 'encounter' ? dialog.notes : undefined}
          encounter={dialog.kind === 'encounter' ? dialog.encounter : undefined}
          onCancel={actions.closeDialog}
          onDone={(result) => {
            actions.closeDialog();
            actions.showStatus(
              result.kind === 'updated'
                ? { key: 'quickLog:updated' }
                : { key: 'status.encounterLogged', values: { count: result.encounter.participants.length } },
            );
          }}
        />
      </Dialog>
    </>
  );
}
