import type en from '../en/dataMove';

// Die Datendatei verschieben (Einstellungen → Datendatei → Verschieben…).
export default {
  dialogTitle: 'Datendatei verschieben nach…',
  filterName: 'Tiefgang-Datendatei',
  failedTitle: 'Die Datendatei wurde nicht verschoben',
  samePath: 'Die Datendatei liegt bereits unter {{target}}. Wählen Sie einen anderen Ort oder Namen.',
  targetExists:
    'Unter {{target}} gibt es bereits eine Datei. Wählen Sie einen neuen Namen: Tiefgang überschreibt nie eine vorhandene Datei.',
  copyFailed: 'Die Datendatei konnte nicht nach {{target}} kopiert werden: {{reason}}',
  openFailed: 'Die Kopie unter {{target}} konnte nicht geöffnet werden: {{reason}}',
  saveLocationFailed: 'Tiefgang konnte sich den neuen Ort nicht merken: {{reason}}',
  changedMeanwhile: 'Die Daten haben sich während des Verschiebens geändert. Bitte versuchen Sie es erneut.',
  unchanged: 'Tiefgang verwendet weiterhin {{file}}; die Datei ist unverändert. Es ging nichts verloren.',
  movedKept:
    'Die Datendatei liegt jetzt unter {{path}}. Die alte Datei wurde aufbewahrt und in {{keptAs}} umbenannt.',
  movedOldStays:
    'Die Datendatei liegt jetzt unter {{path}}. Die alte Datei liegt weiterhin unter {{previous}}.',
} satisfies typeof en;
