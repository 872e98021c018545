/**
 * A plausible database of any size for benchmarks: a tenth as many people as encounters (with e-mails,
 * some tags, closeness and notes), encounters over five years — most one-to-one, some groups, some in
 * a context, half with a time of day. Deterministic apart from the ids.
 */
import { randomUUID } from 'node:crypto';
import {
  CHANNELS,
  type Database,
  type Encounter,
  emptyDatabase,
  type Person,
} from '../../shared/domain/schema';

export function syntheticDatabase(encounters: number, seed = 1): Database {
  let state = seed;
  const rand = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const stamp = '2026-01-15T09:30:00.000Z';
  const db = emptyDatabase();
  const contexts = Math.max(3, Math.round(encounters / 1000));
  for (let i = 0; i < contexts; i++) {
    db.contexts.push({
      id: randomUUID(),
      name: `Context ${i}`,
      kind: 'club',
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  const peopleCount = Math.max(1, Math.round(encounters / 10));
  for (let i = 0; i < peopleCount; i++) {
    const person: Person = {
      id: randomUUID(),
      displayName: `Person ${i} Example`,
      givenName: `Person ${i}`,
      familyName: 'Example',
      emails: [`person${i}@example.org`],
      phones: rand() < 0.5 ? ['+49 30 1234567'] : [],
      urls: [],
      tags: rand() < 0.3 ? ['client'] : [],
      contexts: rand() < 0.2 ? [pick(db.contexts).id] : [],
      kind: pick(['client', 'prospect', 'partner', 'colleague', 'friend', 'family', 'other'] as const),
      notes: rand() < 0.2 ? 'Met at the spring fair; interested in the new product line.' : '',
      createdAt: stamp,
      updatedAt: stamp,
      archived: false,
    };
    if (rand() < 0.3) person.closeness = 1 + Math.floor(rand() * 5);
    db.people.push(person);
  }
  const start = Date.UTC(2021, 0, 1);
  for (let i = 0; i < encounters; i++) {
    const size = rand() < 0.85 ? 1 : 2 + Math.floor(rand() * 4);
    const participants = [...new Set(Array.from({ length: size }, () => pick(db.people).id))];
    const day = new Date(start + Math.floor(rand() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const encounter: Encounter = {
      id: randomUUID(),
      date: rand() < 0.5 ? day : `${day}T${String(8 + Math.floor(rand() * 10)).padStart(2, '0')}:30+01:00`,
      participants,
      channel: pick(CHANNELS),
      notes: rand() < 0.3 ? 'Talked about the project and next steps.' : '',
      createdAt: stamp,
      updatedAt: stamp,
    };
    if (rand() < 0.4) encounter.durationMinutes = 15 + Math.floor(rand() * 120);
    if (rand() < 0.2) encounter.contextId = pick(db.contexts).id;
    db.encounters.push(encounter);
  }
  return db;
}
