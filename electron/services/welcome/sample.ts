/** Loading the sample network from the welcome screen: only into empty data, in one write. */
import type { Database } from '../../../shared/domain/schema';
import { generateSampleNetwork, type SampleOptions } from '../../../shared/sample/sample-network';
import { AppError } from '../../errors';

export function loadSample(db: Database, options: SampleOptions): { people: number; encounters: number } {
  if (db.people.length > 0 || db.encounters.length > 0 || db.contexts.length > 0 || db.ties.length > 0) {
    throw new AppError(
      'conflict',
      'the sample network can only be loaded into empty data; your records were left as they are',
    );
  }
  const sample = generateSampleNetwork(options);
  db.people = sample.people;
  db.encounters = sample.encounters;
  db.contexts = sample.contexts;
  db.ties = sample.ties;
  db.settings = {
    ...db.settings,
    ownerName: db.settings.ownerName || sample.settings.ownerName,
    onboarded: true,
  };
  return { people: sample.people.length, encounters: sample.encounters.length };
}
