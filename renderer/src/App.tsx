/**
 * The window's layout: toolbar on top, the map as the main area with the people list below it, the
 * side panel with the selected person on the right. Holds only UI state (selection, open dialog,
 * status line); the data comes from the snapshot hook, its shaping from pure modules.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n/resources';
import type { Client } from './api/client';
import { useSnapshot } from './api/use-snapshot';
import { AddPersonForm } from './components/AddPersonForm';
import { Dialog } from './components/Dialog';
import { LogEncounterForm } from './components/LogEncounterForm';
import { PeopleList } from './components/PeopleList';
import { SidePanel } from './components/SidePanel';
import { Toolbar } from './components/Toolbar';
import { intlLocale } from './i18n/format';
import { resolveLanguage } from './i18n/setup';
import { MapView } from './map-view/MapView';
import { summarisePeople } from './model/people-view';

type OpenDialog = { kind: 'none' } | { kind: 'person' } | { kind: 'encounter'; participants: string[] };
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

  if (data.status === 'loading') {
    return (
      <p className="notice" role="status">
        {t('loading')}
      </p>
    );
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
    <div className="app">
      <Toolbar
        language={language}
        onLanguage={changeLanguage}
        onAddPerson={() => setDialog({ kind: 'person' })}
        onLogEncounter={() => setDialog({ kind: 'encounter', participants: [] })}
      />
      <main className="workspace">
        <MapView
          client={client}
          snapshot={data.snapshot}
          locale={locale}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onLogWith={(id) => setDialog({ kind: 'encounter', participants: [id] })}
        />
        <PeopleList people={summaries} selectedId={selectedId} onSelect={setSelectedId} locale={locale} />
      </main>
      <SidePanel
        summary={selected}
        encounters={data.snapshot.encounters}
        peopleById={peopleById}
        locale={locale}
        onLogWith={(id) => setDialog({ kind: 'encounter', participants: [id] })}
      />
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
      <Dialog open={dialog.kind === 'encounter'} title={t('encounterForm.title')} onClose={closeDialog}>
        <LogEncounterForm
          client={client}
          people={data.snapshot.people}
          initialParticipants={dialog.kind === 'encounter' ? dialog.participants : []}
          onCancel={closeDialog}
          onDone={(encounter) => {
            closeDialog();
            setStatus({ key: 'status.encounterLogged', values: { count: encounter.participants.length } });
          }}
        />
      </Dialog>
    </div>
  );
}
