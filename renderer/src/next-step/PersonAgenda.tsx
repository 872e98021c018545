/**
 * What is coming with one person, for the cards that show them (the side panel beside the map, the People
 * view's detail): their birthday and named dates, and their next step. Found by id in the snapshot, so a
 * card mounts it with one line.
 */

import { PersonDateFacts } from '../person-dates/PersonDateFacts';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';
import { NextStepPanel } from './NextStepPanel';

export function PersonAgenda({ personId, compact = false }: { personId: string; compact?: boolean }) {
  const person = useAppState((s) => selectSnapshot(s)?.people.find((p) => p.id === personId));
  if (!person) return null;
  const hasDates = person.birthday !== undefined || (person.dates?.length ?? 0) > 0;
  return (
    <div className="person-agenda">
      {hasDates && (
        <dl className="facts person-dates">
          <PersonDateFacts person={person} />
        </dl>
      )}
      {!person.archived && <NextStepPanel person={person} compact={compact} />}
    </div>
  );
}
