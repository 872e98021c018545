import type en from '../en/errors';

export default {
  'invalid-request': 'Eine Eingabe ist ungültig: {{message}}',
  'unknown-channel': 'Die App hat etwas Unbekanntes angefragt ({{message}}).',
  'not-found': 'Nicht gefunden: {{message}}',
  conflict: 'Das widerspricht vorhandenen Daten: {{message}}',
  forbidden: 'Diese Anfrage wurde abgelehnt.',
  'store-locked': 'Die Datendatei wird von einem anderen Tiefgang-Prozess verwendet: {{message}}',
  'store-io': 'Die Änderung konnte nicht gespeichert werden; es wurde nichts geändert. {{message}}',
  locked: 'Die Datendatei ist verschlüsselt und noch nicht entsperrt. {{message}}',
  internal: 'In Tiefgang ist ein Fehler aufgetreten; es wurde nichts geändert. {{message}}',
} satisfies Record<keyof typeof en, string>;
