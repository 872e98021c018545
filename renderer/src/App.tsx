/**
 * The window's layout: toolbar on top, the map as the main area with the people list below it, the
 * side panel with the selected person on the right. Holds only UI state (selection, open dialog,
 * status line); the data comes from the snapshot hook, its shaping from pure modules.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Encounter } from '../../shared/domain/schema';
import type { Locale } from '../../shared/i18n/resources';
import type { Client } from './api/client';
import { useSnapshot } from './api/use-snapshot';
import { AddPersonForm } from './components/AddPersonForm';
import { Dialog } from './components/Dialog';
import { PeopleList } from './components/PeopleList';
import { SidePanel } from './components/SidePanel';
import { Toolbar } from './components/Toolbar';
import { intlLocale, todayIso } from './i18n/format';
import { resolveLanguage } from './i18n/setup';
import { MapView } from './map-view/MapView';
import { useMenuCommands } from './menu/use-menu-commands';
import { summarisePeople } from './model/people-view';
import { PrintHost } from './print/PrintHost';
import { QuickLogForm } from './quick-log/QuickLogForm';
import { useHistory } from './undo/use-history';
import { UnlockScreen } from './unlock/UnlockScreen';
import { useShortcuts } from './views/use-shortcuts';
import { useViewRoute } from './views/use-view-route';
import { ViewNav } from './views/ViewNav';
import { WorkflowView } from './views/WorkflowView';
import { Welcome } from './welcome/Welcome';
import { showWelcome, workflowStatus } from './welcome/welcome-state';

type OpenDialog =
  | { kind: 'none' }
  | { kind: 'person' }
  | { kind: 'encounter'; participants: string[]; encounter?: Encounter };
interface Status {
  key: string;
  values?: Record<string, string | number>;
}

export function App({ client, systemLanguage }: { client: Client; systemLanguage: string }) {
  const { t, i18n } = useTranslation();
  const data = useSnapshot(client);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [dialog, setDialog] = useState<OpenDialog>({ kind: 'none' });
  const [status, setStatus] = useState<Status | undefined>();
  const language = (i18n.language === 'de' ? 'de' : 'en') satisfies Locale;
  const locale = intlLocale(language, systemLanguage);

  const savedLanguage = data.status === 'ready' ? data.snapshot.settings.language : undefined;
  useEffect(() => {
    if (savedLanguage) void i18n.changeLanguage(resolveLanguage(savedLanguage, systemLanguage));
  }, [savedLanguage, systemLanguage, i18n]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('documentTitle');
  }, [language, t]);

  const changeLanguage = useCallback(
    (next: Locale) => {
      void i18n.changeLanguage(next);
      client.settings.update({ language: next }).catch((error: Error) => {
        setStatus({ key: 'status.languageFailed', values: { message: error.message } });
      });
    },
    [client, i18n],
  );

  const snapshot = data.status === 'ready' ? data.snapshot : undefined;
  const summaries = useMemo(
    () => (snapshot ? summarisePeople(snapshot.people, snapshot.encounters, locale) : []),
    [snapshot, locale],
  );
  const peopleById = useMemo(() => new Map(snapshot?.people.map((p) => [p.id, p])), [snapshot]);
  const selected = summaries.find((s) => s.person.id === selectedId);
  const closeDialog = useCallback(() => setDialog({ kind: 'none' }), []);
  // Everyday workflow (issue 5): views, quick log (Ctrl/Cmd+L), undo/redo (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z).
  const [view, setView] = useViewRoute();
  const notify = useCallback((message: string) => setStatus(workflowStatus(message)), []);
  const history = useHistory(client, snapshot?.revision, (notice) =>
    setStatus(workflowStatus(notice, (key, values) => t(key, values))),
  );
  const logWith = useCallback((participants: string[]) => setDialog({ kind: 'encounter', participants }), []);
  useShortcuts((action) => {
    if (action.kind === 'quickLog' && snapshot) logWith([]);
    if (action.kind === 'undo') history.undo();
    if (action.kind === 'redo') history.redo();
    if (action.kind === 'view') setView(action.view);
  });
  // The application menu (electron/main/menu.ts) runs the same actions as the shortcuts.
  useMenuCommands(client, {
    quickLog: () => {
      if (snapshot) logWith([]);
    },
    undo: history.undo,
    redo: history.redo,
    setView,
  });

  if (data.status === 'loading') {
    return (
      <p className="notice" role="status">
        {t('loading')}
      </p>
    );
  }
  if (data.status === 'error' && data.error.code === 'locked') {
    return <UnlockScreen client={client} onUnlocked={data.reload} />;
  }
  if (data.status === 'error') {
    return (
      <main className="notice">
        <h1>{t('loadFailed.title')}</h1>
        <p role="alert">{t(`errors:${data.error.code}`, { message: data.error.message })}</p>
        <button type="button" className="button" onClick={data.reload}>
          {t('loadFailed.retry')}
        </button>
      </main>
    );
  }

  return (
    <div className={view === 'map' ? 'app has-views' : 'app has-views is-wide'}>
      <Toolbar
        language={language}
        onLanguage={changeLanguage}
        onAddPerson={() => setDialog({ kind: 'person' })}
        onLogEncounter={() => setDialog({ kind: 'encounter', participants: [] })}
      />
      <ViewNav view={view} onView={setView} history={history} />
      {view !== 'map' ? (
        <WorkflowView
          view={view}
          client={client}
          snapshot={data.snapshot}
          locale={locale}
          today={todayIso()}
          notify={notify}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onLog={logWith}
          onEditEncounter={(encounter) => setDialog({ kind: 'encounter', participants: [], encounter })}
          onOpenPerson={(id) => {
            setSelectedId(id);
            setView('people');
          }}
        />
      ) : (
        <main className="workspace">
          {showWelcome(data.snapshot) ? (
            <Welcome
              client={client}
              language={language}
              locale={locale}
              notify={notify}
              onAddPerson={() => setDialog({ kind: 'person' })}
            />
          ) : (
            <MapView
              client={client}
              snapshot={data.snapshot}
              locale={locale}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onLogWith={(id) => setDialog({ kind: 'encounter', participants: [id] })}
            />
          )}
          <PeopleList people={summaries} selectedId={selectedId} onSelect={setSelectedId} locale={locale} />
        </main>
      )}
      {view === 'map' && (
        <SidePanel
          summary={selected}
          encounters={data.snapshot.encounters}
          peopleById={peopleById}
          locale={locale}
          onLogWith={(id) => setDialog({ kind: 'encounter', participants: [id] })}
        />
      )}
      {/* Print preview (issue 7): Ctrl/Cmd+P or requestPrint() from renderer/src/print/print-request.ts. */}
      <PrintHost client={client} snapshot={data.snapshot} language={language} />
      <p className="status-line" role="status">
        {status ? t(status.key, status.values ?? {}) : ''}
      </p>

      <Dialog open={dialog.kind === 'person'} title={t('personForm.title')} onClose={closeDialog}>
        <AddPersonForm
          client={client}
          onCancel={closeDialog}
          onDone={(person) => {
            closeDialog();
            setSelectedId(person.id);
            setStatus({ key: 'status.personAdded', values: { name: person.displayName } });
          }}
        />
      </Dialog>
      <Dialog
        open={dialog.kind === 'encounter'}
        title={
          dialog.kind === 'encounter' && dialog.encounter
            ? t('workflow:quickLog.editTitle')
            : t('encounterForm.title')
        }
        onClose={closeDialog}
      >
        <QuickLogForm
          client={client}
          people={data.snapshot.people}
          contexts={data.snapshot.contexts}
          initialParticipants={dialog.kind === 'encounter' ? dialog.participants : []}
          encounter={dialog.kind === 'encounter' ? dialog.encounter : undefined}
          onCancel={closeDialog}
          onDone={(result) => {
            closeDialog();
            setStatus(
              result.kind === 'updated'
                ? { key: 'workflow:quickLog.updated' }
                : { key: 'status.encounterLogged', values: { count: result.encounter.participants.length } },
            );
          }}
        />
      </Dialog>
    </div>
  );
}
