/** Pure patch of the settings. */
import type { Settings } from '../../../shared/domain/schema';
import type { SettingsPatch } from '../../../shared/ipc/contract';

/** New settings with the given fields replaced; `model` is replaced as a whole. */
export function patchSettings(settings: Settings, patch: SettingsPatch): Settings {
  return {
    ...settings,
    ownerName: patch.ownerName?.trim() ?? settings.ownerName,
    language: patch.language ?? settings.language,
    model: patch.model ?? settings.model,
    backups: patch.backups ? { ...settings.backups, ...patch.backups } : settings.backups,
  };
}
