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
    ...optional('ownerEmails', cleanList(patch.ownerEmails) ?? settings.ownerEmails),
    ...optional('ownerPhones', cleanList(patch.ownerPhones) ?? settings.ownerPhones),
    ...optional('phoneCountryCode', patch.phoneCountryCode ?? settings.phoneCountryCode),
  };
}

/** Blank entries dropped; undefined stays undefined (the field is not patched). */
function cleanList(values: readonly string[] | undefined): string[] | undefined {
  return values?.map((v) => v.trim()).filter((v) => v !== '');
}

/** A key only when it has a value, so files that never set it keep their bytes. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
