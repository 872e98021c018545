/** When the welcome shows. Pure. */
import type { Snapshot } from '../../../../shared/ipc/contract';

/** The welcome shows while nothing was ever recorded: no people, no encounters, no contexts, and it was never answered. */
export function showWelcome(
  snapshot: Pick<Snapshot, 'people' | 'encounters' | 'contexts' | 'settings'>,
): boolean {
  return (
    snapshot.settings.onboarded !== true &&
    snapshot.people.length === 0 &&
    snapshot.encounters.length === 0 &&
    snapshot.contexts.length === 0
  );
}
