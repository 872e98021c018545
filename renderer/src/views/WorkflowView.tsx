/**
 * The views besides the map (People, Review, Plan, Dashboard, Settings), each in its own component; this
 * only picks one and computes the engine's figures they share.
 */
import type { Encounter } from '../../../shared/domain/schema';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { Client } from '../api/client';
import { SettingsView } from '../settings/SettingsView';
import type { Notify } from './common/use-action';
import { useNetwork } from './common/use-network';
import { DashboardView } from './dashboard/DashboardView';
import type { ViewId } from './nav';
import { PeopleView } from './people/PeopleView';
import { PlanView } from './plan/PlanView';
import { ReviewView } from './review/ReviewView';

interface Props {
  view: Exclude<ViewId, 'map'>;
  client: Client;
  snapshot: Snapshot;
  locale: string;
  today: string;
  notify: Notify;
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  onLog: (participants: string[]) => void;
  onEditEncounter: (encounter: Encounter) => void;
  onOpenPerson: (id: string) => void;
}

export function WorkflowView(props: Props) {
  const { view, client, snapshot, locale, today, notify } = props;
  const network = useNetwork(snapshot, today);
  return (
    <main className="workspace view-area" id="main">
      {view === 'people' && (
        <PeopleView
          client={client}
          snapshot={snapshot}
          network={network}
          locale={locale}
          notify={notify}
          selectedId={props.selectedId}
          onSelect={props.onSelect}
          onLog={props.onLog}
          onEditEncounter={props.onEditEncounter}
        />
      )}
      {view === 'review' && (
        <ReviewView
          client={client}
          snapshot={snapshot}
          network={network}
          today={today}
          locale={locale}
          notify={notify}
          onLog={props.onLog}
          onOpenPerson={props.onOpenPerson}
        />
      )}
      {view === 'plan' && (
        <PlanView
          client={client}
          snapshot={snapshot}
          network={network}
          today={today}
          locale={locale}
          notify={notify}
          onOpenPerson={props.onOpenPerson}
        />
      )}
      {view === 'dashboard' && <DashboardView snapshot={snapshot} network={network} locale={locale} />}
      {view === 'settings' && (
        <SettingsView client={client} snapshot={snapshot} locale={locale} notify={notify} />
      )}
    </main>
  );
}
