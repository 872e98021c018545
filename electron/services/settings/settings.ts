/** Settings: draft operation and store glue. */
import type { Database, Settings } from '../../../shared/domain/schema';
import type { SettingsPatch } from '../../../shared/ipc/contract';
import { patchSettings } from '../records/settings';

export function changeSettings(db: Database, patch: SettingsPatch): Settings {
  db.settings = patchSettings(db.settings, patch);
  return db.settings;
}
