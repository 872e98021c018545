import type en from '../en/quickLog';

// Schnellerfassung und Bearbeiten einer Begegnung.
export default {
  editTitle: 'Begegnung bearbeiten',
  participants: 'Personen',
  participantsHint:
    'Namen tippen, dann Eingabe zum Hinzufügen; einen neuen Namen als neue Person anlegen. Rücktaste entfernt die letzte Person.',
  participantsHintEdit: 'Namen tippen, dann Eingabe zum Hinzufügen. Rücktaste entfernt die letzte Person.',
  date: 'Datum',
  dateHint: 'JJJJ-MM-TT oder z. B. 27.11.2026',
  dateShortcuts: 'Schnellwahl Datum',
  futureQuestion:
    'Der {{date}} liegt nach heute. Als geplantes Treffen speichern? Es zählt, sobald sein Tag vorbei ist – oder ändern Sie das Datum, falls es ein Tippfehler ist.',
  futureConfirm: 'Als geplant speichern',
  futureChange: 'Datum ändern',
  today: 'Heute',
  yesterday: 'Gestern',
  calendar: 'Aus dem Kalender wählen',
  channel: 'Kanal',
  context: 'Kontext',
  noContext: 'Keiner',
  contextHint: 'Tippen Sie, um einen Ihrer Kontexte zu wählen, oder einen neuen Namen, um ihn anzulegen.',
  contextNew: '„{{name}}“ wird als neuer Kontext angelegt.',
  contextCreate: '„{{name}}“ als neuen Kontext anlegen',
  duration: 'Dauer in Minuten',
  initiator: 'Wer hat initiiert',
  initiatorUnknown: 'Nicht erfasst',
  notes: 'Notizen',
  submit: 'Begegnung erfassen',
  saveShortcut: 'Strg+Eingabe speichert aus jedem Feld.',
  saveShortcutMac: '⌘+Eingabe speichert aus jedem Feld.',
  save: 'Änderungen speichern',
  updated: 'Die Begegnung wurde geändert.',
  errors: {
    participantsRequired: 'Bitte mindestens eine Person wählen.',
    participantUnknown: 'Eine der gewählten Personen gibt es nicht (mehr). Bitte entfernen und neu wählen.',
    newNameInvalid: 'Eine neue Person braucht einen Namen mit höchstens 200 Zeichen.',
    noNewWhileEditing: 'Beim Bearbeiten können keine neuen Personen angelegt werden; bitte zuerst anlegen.',
    dateRequired: 'Bitte das Datum eingeben, z. B. 2026-11-27.',
    dateInvalid:
      'Das ist kein gültiges Datum. Bitte als JJJJ-MM-TT (z. B. 2026-11-27) oder 27.11.2026 schreiben.',
    durationInvalid: 'Bitte ganze Minuten eingeben (0 oder mehr, höchstens 14 Tage).',
    contextUnknown: 'Diesen Kontext gibt es nicht mehr. Bitte einen anderen wählen.',
    contextTooLong: 'Ein Kontextname hat höchstens 200 Zeichen.',
    contextNewWhileEditing:
      'Beim Bearbeiten können keine neuen Kontexte angelegt werden; wählen Sie einen Ihrer Kontexte oder legen Sie ihn unter Personen ▸ Kontexte an.',
    notesTooLong: 'Die Notizen sind zu lang (höchstens 20.000 Zeichen).',
    invalid: 'Eine Eingabe ist ungültig.',
  },
} satisfies typeof en;
