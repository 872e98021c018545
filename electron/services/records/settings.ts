/** Pure patch of the settings. */
import { CalendarFileSettings, ReminderSettings, type Settings } from '../../../shared/domain/schema';
import type { SettingsPatch } from '../../../shared/ipc/contract';

/** New settings with the given fields replaced; `model` is replaced as a whole. */
export function patchSettings(settings: Settings, patch: SettingsPatch): Settings {
  return {
    ...settings,
    ownerName: patch.ownerName?.trim() ?? settings.ownerName,
    language: patch.language ?? settings.language,
    model: patch.model ?? settings.model,
    backups: patch.backups ? { ...settings.backups, ...patch.backups } : settings.backups,
    // The fields given change; the others keep their value (or their default, the first time).
    ...(patch.reminders
      ? { reminders: ReminderSettings.parse({ ...settings.reminders, ...patch.reminders }) }
      : {}),
    ...(patch.calendarFile
      ? { calendarFile: CalendarFileSettings.parse({ ...settings.calendarFile, ...patch.calendarFile }) }
      : {}),
  };
}
