/**
 * The map screen: the welcome (an empty first run) or the map, the people list below it and the
 * selected person's details beside it.
 */
import { useMemo } from 'react';
import { useLocale } from '../../store/context';
import { selectNetwork, selectSnapshot, summariesOf } from '../../store/derived';
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
  const today = useAppState((s) => s.today);
  const network = useAppState(selectNetwork);
  const summaries = summariesOf(snapshot, locale, today);
  const peopleById = useMemo(() => new Map(snapshot.people.map((p) => [p.id, p])), [snapshot]);
  const selected = summaries.find((s) => s.person.id === selectedId);
  const welcome = showWelcome(snapshot);
  // Beside the welcome there is no network to sum up yet: no empty panel, the welcome takes the width.
  const panel = !welcome || selected !== undefined;
  return (
    <>
      <main className={panel ? 'workspace' : 'workspace is-wide'}>
        {welcome ? <Welcome /> : <MapView />}
        <PeopleList people={summaries} selectedId={selectedId} onSelect={actions.select} locale={locale} />
      </main>
      {panel && (
        <SidePanel
          summary={selected}
          result={selectedId ? network?.byId.get(selectedId) : undefined}
          closenessBlend={snapshot.settings.model.closenessBlend}
          today={today}
          encounters={snapshot.encounters}
          peopleById={peopleById}
          locale={locale}
          onLogWith={(id) => actions.logWith([id])}
          onClose={() => actions.select(undefined)}
        />
      )}
    </>
  );
}
