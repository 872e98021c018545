/**
 * The map screen: the welcome (an empty first run) or the map, the people list below it and the
 * selected person's details beside it.
 */
import { useMemo } from 'react';
import { useLocale } from '../../store/context';
import { selectSnapshot, summariesOf } from '../../store/derived';
import { useActions, useAppState } from '../../store/hooks';
import { Welcome } from '../welcome/Welcome';
import { showWelcome } from '../welcome/welcome-state';
import { MapView } from './MapView';
import { PeopleList } from './PeopleList';
import { SidePanel } from './SidePanel';

export function MapScreen() {
  const snapshot = useAppState(selectSnapshot)!;
  const selectedId = useAppState((s) => s.selectedId);
  const actions = useActions();
  const locale = useLocale();
  const summaries = summariesOf(snapshot, locale);
  const peopleById = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p])), [snapshot]);
  const selected = summaries.find((s) => s.person.id === selectedId);
  return (
    <>
      <main className="workspace">
        {showWelcome(snapshot) ? <Welcome /> : <MapView />}
        <PeopleList people={summaries} selectedId={selectedId} onSelect={actions.select} locale={locale} />
      </main>
      <SidePanel
        summary={selected}
        encounters={snapshot.encounters}
        peopleById={peopleById}
        locale={locale}
        onLogWith={(id) => actions.logWith([id])}
      />
    </>
  );
}
