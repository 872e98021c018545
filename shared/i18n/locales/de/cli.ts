import type en from '../en/cli';

export default {
  placeholder: {
    file: '<Datei>',
    name: '<Name>',
    email: '<Adresse>',
    kind: '<Art>',
    names: '"<Name oder E-Mail>[; …]"',
    channel: '<Kanal>',
    date: '<JJJJ-MM-TT[THH:MM]>',
    minutes: '<Minuten>',
    text: '"<Text>"',
    format: '<Format>',
    countryCode: '<+43>',
    choice: '"<Name>=<ID|new>"',
  },
  common: {
    db: 'Die Datendatei (Standard: $TIEFGANG_DB, sonst die Datendatei der App).',
    help: 'Diese Hilfe zeigen.',
    passphraseFile:
      'Eine Datei mit der Passphrase einer verschlüsselten Datendatei (Standard: $TIEFGANG_PASSPHRASE_FILE).',
  },
  help: {
    usage: 'Aufruf: {{usage}}',
    commandAndOptions: '<Befehl> [Optionen]',
    intro: 'Tiefgang führt eine private Liste der Menschen, die Sie kennen, und jeder Begegnung mit ihnen.',
    commands: 'Befehle:',
    options: 'Optionen:',
    dataFile: 'Aktuelle Datendatei: {{file}}',
    exitCodes: 'Exit-Codes: 0 erledigt, 1 fehlgeschlagen (nichts geändert), 2 falscher Aufruf.',
    more: '„{{program}} <Befehl> --help“ zeigt die Optionen eines Befehls.',
  },
  usage: {
    noCommand:
      'Welcher Befehl? {{program}} braucht einen Befehl, z. B. „{{program}} log --with "Anna" --channel call“.',
    unknownCommand: '„{{command}}“ ist kein Befehl von {{program}}.',
    incompleteCommand: '„{{command}}“ ist unvollständig; die Befehle stehen unten.',
    seeHelp: '„{{program}} {{command}} --help“ zeigt die Optionen.',
    unknownOption: '{{command}}: Die Option {{option}} gibt es nicht.',
    unexpectedArgument:
      '{{command}}: „{{argument}}“ ist keine Option. Werte stehen hinter einer Option, z. B. --name "{{argument}}"; Werte mit Leerzeichen in Anführungszeichen.',
    noValueWanted:
      '{{command}}: {{option}} ist ein Schalter und nimmt keinen Wert; schreiben Sie nur {{option}}.',
    missingValue:
      '{{command}}: {{option}} braucht einen Wert. (Für einen Wert, der mit „-“ beginnt, schreiben Sie {{option}}=-….)',
    missingOption: '{{command}}: {{option}} fehlt.',
    badChoice: '{{command}}: {{option}} „{{value}}“ ist nicht eines von: {{choices}}.',
    badEmail: '{{command}}: „{{value}}“ ist keine gültige E-Mail-Adresse (erwartet etwa anna@example.org).',
    badValue: '{{command}}: {{option}} ist ungültig: {{message}}.',
  },
  failure: {
    locked:
      'Die Datendatei {{file}} wird von einem anderen Tiefgang-Prozess verwendet (PID {{pid}} auf {{host}}, seit {{since}}). Schließen Sie dieses Tiefgang-Fenster oder diesen Befehl und versuchen Sie es erneut. Falls der Prozess nicht mehr existiert, löschen Sie {{lockFile}}. Es wurde nichts geändert.',
    lockedBusy:
      'Die Datendatei {{file}} wird gerade von einem anderen Prozess geöffnet. Versuchen Sie es gleich noch einmal.',
    corrupt:
      'Die Datendatei {{file}} konnte nicht gelesen werden: {{reason}}. Sie wurde unverändert nach {{corruptPath}} verschoben.',
    corruptBackup:
      'Die neueste Sicherung ist vom {{day}}: {{backup}}. Um zu ihr zurückzukehren, kopieren Sie sie nach {{file}} (oder öffnen Sie Tiefgang, das die Wiederherstellung anbietet).',
    corruptNoBackup: 'Es gibt keine Sicherung. Der nächste Befehl beginnt mit einer leeren Datendatei.',
    unreadable:
      'Die Datendatei {{file}} konnte nicht gelesen werden: {{reason}}. Die Datei wurde nicht verändert; öffnen Sie Tiefgang, um sie zu reparieren.',
    tooNew:
      'Die Datendatei {{file}} stammt von einem neueren Tiefgang (Datenformat {{fileVersion}}; diese Version liest bis {{supportedVersion}}). Aktualisieren Sie Tiefgang. Die Datei wurde nicht verändert.',
    passphraseHint:
      'Geben Sie die Passphrase in einer Datei an: --passphrase-file <Datei>, oder setzen Sie TIEFGANG_PASSPHRASE_FILE auf diese Datei.',
    passphraseFileUnreadable:
      'Die Passphrase-Datei {{file}} konnte nicht gelesen werden ({{reason}}). Es wurde nichts geändert.',
    passphraseFileEmpty: 'Die Passphrase-Datei {{file}} ist leer. Es wurde nichts geändert.',
    app: 'Nicht erledigt: {{message}}. Es wurde nichts geändert.',
    internal: 'In Tiefgang ist ein Fehler aufgetreten: {{message}}. Es wurde nichts geändert.',
  },
  reason: {
    empty: 'die Datei ist leer',
    syntax: 'sie ist kein gültiges JSON in Zeile {{line}}, Spalte {{column}} ({{message}})',
    syntaxNoPosition: 'sie ist kein gültiges JSON ({{message}})',
    format: 'sie ist keine Tiefgang-Datendatei ({{message}})',
    validation: 'sie enthält ungültige Daten: {{issues}}',
  },
  lookup: {
    unknownPerson: 'Niemand heißt „{{query}}“.',
    unknownContext:
      'Es gibt keinen Kontext namens „{{query}}“. Prüfen Sie die Schreibweise oder ergänzen Sie --create, um ihn anzulegen.',
    ambiguousPerson: '„{{query}}“ kann jede dieser {{count}} Personen sein:',
    ambiguousContext: '„{{query}}“ kann jeder dieser {{count}} Kontexte sein:',
  },
  peopleAdd: {
    summary: 'Eine Person hinzufügen und ihre neue ID ausgeben.',
    usage: 'people add --name "<Name>" [--email <Adresse>] [--kind <Art>]',
    optName: 'Der angezeigte Name (Pflicht).',
    optEmail: 'Eine E-Mail-Adresse; für mehrere die Option wiederholen.',
    optKind: 'client, prospect, partner, colleague, friend, family oder other (Standard other).',
  },
  log: {
    summary: 'Eine Begegnung mit einer oder mehreren Personen festhalten.',
    usage: 'log --with "<Name oder E-Mail>[; …]" --channel <Kanal> [Optionen]',
    description:
      'Namen werden ohne Rücksicht auf Groß-/Kleinschreibung und Akzente verglichen („jurgen“ findet „Jürgen“); eine E-Mail-Adresse oder eine ID geht auch. Der Befehl endet erst dann mit Exit-Code 0, wenn die Begegnung sicher auf der Platte steht.',
    optWith: 'Wer dabei war, getrennt durch „;“ (Pflicht).',
    optChannel: 'in_person, event, call, video, message, email oder social (Pflicht).',
    optDate: 'Wann: ein Tag oder ein Tag mit Ortszeit (Standard heute).',
    optContext: 'Wo: der Name eines Vereins, Verbands, einer Messe, Firma…',
    optMinutes: 'Wie lange es dauerte, in Minuten.',
    optNotes: 'Eine Notiz dazu.',
    optCreate: 'Personen und Kontext, die es noch nicht gibt, anlegen statt abzubrechen.',
    optPlanned:
      'Einen Tag nach heute erlauben: ein geplantes Treffen, das zählt, sobald sein Tag vorbei ist.',
    futureDate:
      '{{command}}: --date {{value}} liegt nach heute ({{today}}). Ist es ein geplantes Treffen, geben Sie --planned an; es zählt, sobald sein Tag vorbei ist. Sonst korrigieren Sie das Datum.',
    createdPerson: '{{name}} hinzugefügt ({{id}})',
    createdContext: 'Kontext {{name}} hinzugefügt ({{id}})',
    logged: 'Festgehalten: {{channel}} mit {{names}} am {{date}} ({{id}})',
    badDate:
      '{{command}}: --date „{{value}}“ ist kein Datum. Schreiben Sie einen Tag als 2026-11-27 oder Tag und Uhrzeit als 2026-11-27T14:30.',
    skippedTime:
      '{{command}}: --date {{value}} gab es hier nicht: In dieser Nacht wurde die Uhr vorgestellt und diese Zeit übersprungen. Geben Sie die Zeit nach der Umstellung an (z. B. {{suggestion}}) oder die Zeitverschiebung, z. B. {{value}}{{offset}}.',
    badMinutes:
      '{{command}}: --minutes „{{value}}“ muss eine ganze Zahl von Minuten zwischen 0 und {{max}} sein.',
    unknownPeople_one:
      'Niemand heißt {{names}}. Prüfen Sie die Schreibweise oder ergänzen Sie --create, um die Person neu anzulegen. Es wurde nichts geändert.',
    unknownPeople_other:
      'Niemand heißt {{names}}. Prüfen Sie die Schreibweise oder ergänzen Sie --create, um die Personen neu anzulegen. Es wurde nichts geändert.',
    ambiguousHint: 'Nehmen Sie statt des Namens die E-Mail-Adresse oder die ID. Es wurde nichts geändert.',
  },
  export: {
    summary: 'Die ganze Datenbank auf die Standardausgabe oder in eine Datei schreiben.',
    usage: 'export --format <Format> [--out <Datei>]',
    description:
      'Liest die Datendatei, ohne sie zu sperren; das geht also auch, während Tiefgang offen ist. Formate: {{formats}}.',
    optFormat: 'Das Format (Standard json).',
    optOut: 'In diese Datei statt auf die Standardausgabe schreiben.',
    optForce: 'Die --out-Datei ersetzen, falls es sie gibt.',
    formatJson: 'das JSON der Datendatei selbst, ein Datensatz pro Zeile',
    unknownFormat: '{{command}}: Das Format „{{format}}“ gibt es nicht. Formate: {{formats}}.',
    outIsDb: '{{command}}: --out {{file}} ist die Datendatei selbst; wählen Sie eine andere Datei.',
    outExists:
      '{{command}}: {{file}} gibt es schon. Wählen Sie eine andere Datei oder ergänzen Sie --force, um sie zu ersetzen.',
    noDataFile:
      'Unter {{file}} gibt es keine Datendatei. Prüfen Sie --db oder TIEFGANG_DB. Es wurde nichts geschrieben.',
    cannotWrite: '{{file}} konnte nicht geschrieben werden ({{reason}}). Es wurde nichts geschrieben.',
    written: '{{file}} geschrieben ({{format}}): Personen {{people}}, Begegnungen {{encounters}}',
  },
} satisfies typeof en;
