import type en from '../en/import';

export default {
  format: {
    vcard: 'vCard',
    'google-csv': 'Google-Kontakte-CSV',
    'outlook-csv': 'Outlook-CSV',
    linkedin: 'LinkedIn-Kontakte',
    ics: 'iCalendar',
    'encounters-csv': 'Tiefgang-Begegnungen-CSV',
    'ties-csv': 'Tiefgang-Verbindungen-CSV',
    'people-csv': 'Tiefgang-Personen-CSV',
    json: 'Tiefgang-Sicherung (JSON)',
  },
  errors: {
    empty: '{{file}} ist leer. Wählen Sie die exportierte Datei selbst.',
    binary:
      '{{file}} ist keine Textdatei (binäre Daten bei Byte {{offset}}). Exportieren Sie Kontakte oder Kalender als vCard (.vcf), CSV oder iCalendar (.ics) und importieren Sie diese Datei.',
    archive:
      '{{file}} ist ein ZIP-Archiv. Entpacken Sie es und importieren Sie die Datei darin (bei LinkedIn: Connections.csv).',
    'too-large':
      '{{file}} ist {{size}} MB groß; Tiefgang importiert Dateien bis {{limit}} MB. Teilen Sie die Datei und importieren Sie die Teile.',
    unknown:
      'Tiefgang erkennt nicht, welche Art Datei {{file}} ist ({{detail}}). Geben Sie das Format an, z. B. --format vcard.',
    'not-format':
      '{{file}} ist keine {{format}}-Datei (Zeile {{line}}: {{detail}}). Prüfen Sie, ob Datei und Format stimmen.',
    truncated:
      '{{file}} endet mitten im Eintrag, der in Zeile {{line}} beginnt: Die Datei scheint abgeschnitten. Exportieren Sie sie erneut und importieren Sie die vollständige Datei.',
    'no-header':
      '{{file}} hat in den ersten Zeilen keine Kopfzeile mit den Spalten {{columns}}. Fügen Sie diese Kopfzeile als erste Zeile ein.',
    'no-records': '{{file}} enthält nichts zum Importieren: {{detail}}.',
    'bad-json':
      '{{file}} ist kein gültiges JSON (Zeile {{line}}): {{detail}}. Die Sicherung ist vielleicht beschädigt; nehmen Sie eine andere.',
    'bad-backup':
      '{{file}} ist keine gültige Tiefgang-Sicherung ({{detail}}). Es wurde nichts geändert; wählen Sie eine von Tiefgang geschriebene Sicherung.',
    'stale-preview':
      'Die Daten haben sich nach der Vorschau von {{file}} geändert; es wurde nichts importiert. Erstellen Sie die Vorschau neu.',
    'read-failed': '{{file}} konnte nicht gelesen werden: {{detail}}.',
    'undo-blocked':
      'Der Import von {{file}} lässt sich nicht rückgängig machen: {{detail}}. Es wurde nichts geändert.',
    'missing-window': 'Für den Import von {{file}} fehlt der Zeitraum für wiederkehrende Termine.',
    cancelled: 'Der Import von {{file}} wurde abgebrochen; es wurde nichts geändert.',
    'out-of-memory':
      'Das Lesen von {{file}} braucht mehr Speicher, als ein Import verwenden darf ({{limit}} MB); es wurde nichts geändert. Teilen Sie die Datei und importieren Sie die Teile.',
    'worker-failed':
      'Das Lesen von {{file}} wurde unerwartet beendet ({{detail}}); es wurde nichts geändert. Versuchen Sie es erneut; passiert es wieder, steht Näheres im Protokoll.',
  },
  skip: {
    'no-name': 'kein Name und keine E-Mail-Adresse',
    'no-participants': 'keine Teilnehmenden',
    'nobody-else': 'außer Ihnen war niemand dabei',
    'bad-date': 'das Datum ist ungültig',
    'bad-channel': 'unbekannter Kanal',
    'bad-duration': 'die Dauer ist keine ganze Zahl von Minuten',
    'bad-strength': 'die Stärke liegt nicht zwischen 1 und 5',
    'bad-kind': 'unbekannte Art',
    'bad-value': 'ein Wert ist ungültig',
    'same-person': 'eine Person kann nicht mit sich selbst verbunden sein',
    'unclosed-quote': 'ein Feld in Anführungszeichen wird nicht geschlossen',
    'outside-card': 'Text außerhalb einer vCard',
    'no-start': 'der Termin hat keinen Beginn',
    cancelled: 'der Termin wurde abgesagt',
    declined: 'Sie haben den Termin abgelehnt',
    'already-present': 'bereits erfasst',
    'ambiguous-person': 'der Name passt zu mehreren Personen; verwenden Sie die E-Mail-Adresse',
    'invalid-record': 'der Eintrag ist ungültig',
    'recurrence-capped': 'Wiederholungen eines Termins wurden begrenzt',
  },
  preview: {
    title: 'Import von {{file}} ({{format}})',
    dryRun: 'Probelauf: Es wurde nichts geschrieben.',
    committed: 'In einem Schreibvorgang importiert.',
    newPeople: 'Neue Personen: {{count}}',
    matchedPeople: 'Zugeordnete Personen: {{count}}',
    likelyDuplicates: 'Wahrscheinliche Doppelte: {{count}}',
    newContexts: 'Neue Kontexte: {{count}}',
    encounters: 'Begegnungen: {{count}}',
    ties: 'Verbindungen: {{count}}',
    skipped: 'Übersprungen: {{count}}',
    shortened: 'Gekürzt: {{count}}',
    removed: 'Das Ersetzen entfernt {{people}} Personen und {{encounters}} Begegnungen.',
    matchedLine: 'Zeile {{line}}: {{name}} zugeordnet über {{by}}',
    duplicateLine: '{{name}} ähnelt {{other}} ({{reason}})',
    skippedLine: 'Zeile {{line}}: {{reason}}',
    shortenedLine: 'Zeile {{line}}: {{field}} von {{length}} auf {{kept}} Zeichen gekürzt',
    leftOutLine: 'Zeile {{line}}: {{field}} weggelassen ({{length}} Zeichen, mehr als Tiefgang speichert)',
    more: '… und {{count}} weitere',
    by: { email: 'E-Mail-Adresse', name: 'Name', id: 'ID' },
    reason: {
      'similar-name': 'ähnlicher Name',
      'shared-phone': 'gleiche Telefonnummer',
      'same-name': 'gleicher Name',
    },
  },
  notice: {
    shortened:
      'Werte, die länger sind, als Tiefgang speichert: {{count}}. Jeder wurde nach ganzen Zeichen gekürzt und endet mit „…“ oder wurde, bei einer Adresse oder einem Link, weggelassen; die Liste nennt die Zeilen.',
    'occurrences-per-event':
      'Wiederkehrende Termine mit mehr als {{limit}} Terminen im Zeitraum: {{events}}. Nur ihre ersten {{limit}} Termine werden importiert.',
    'occurrences-per-file':
      'Die wiederkehrenden Termine dieses Kalenders ergeben mehr als {{limit}} Termine im Zeitraum. {{kept}} werden importiert; {{events}} wiederkehrende Termine wurden gekürzt oder weggelassen (siehe die übersprungenen Zeilen). Wählen Sie einen kürzeren Zeitraum, um den Rest zu importieren.',
    'repetitions-per-event':
      'Wiederkehrende Termine, deren Regel sich vor dem Ende des Zeitraums mehr als {{limit}}-mal wiederholt: {{events}}. Sie wurden nur so weit gelesen.',
    'repetitions-per-file':
      'Die Regeln dieses Kalenders wiederholen sich vor dem Ende des Zeitraums insgesamt mehr als {{limit}}-mal; {{events}} wiederkehrende Termine wurden nur teilweise oder gar nicht gelesen (siehe die übersprungenen Zeilen).',
  },
  field: {
    displayName: 'der Name',
    givenName: 'der Vorname',
    familyName: 'der Nachname',
    organisation: 'die Organisation',
    role: 'die Rolle',
    emails: 'eine E-Mail-Adresse',
    phones: 'eine Telefonnummer',
    urls: 'ein Link',
    tags: 'ein Schlagwort',
    notes: 'die Notizen',
    context: 'ein Kontextname',
    encounterNotes: 'die Notizen einer Begegnung',
    tieNote: 'die Notiz einer Verbindung',
    nextStep: 'der nächste Schritt',
  },
  progress: {
    read: '{{file}} wird gelesen',
    parse: 'Einträge von {{file}} werden gelesen',
    plan: 'Personen aus {{file}} werden zugeordnet',
    line: '{{stage}}: {{percent}} % ({{done}} von {{total}} {{unit}})',
    unit: { bytes: 'Bytes', items: 'Einträgen' },
  },
  cli: {
    summary: 'Personen und Begegnungen aus einer Datei importieren (vCard, CSV, iCalendar, Sicherung).',
    usage: 'import <datei> [--format <format>] [--dry-run] [--json]',
    description:
      'Liest die Datei und zeigt, was hinzukäme: neue und zugeordnete Personen, wahrscheinliche Doppelte, Begegnungen, Verbindungen und jede übersprungene Zeile mit Grund. Ohne --dry-run wird dann alles in einem Schreibvorgang übernommen (alles oder nichts). Formate: {{formats}}.',
    optFormat: 'Das Format der Datei (Standard auto: am Inhalt erkannt).',
    optDryRun: 'Nur die Vorschau zeigen; nichts schreiben.',
    optJson: 'Die Vorschau als JSON ausgeben.',
    optReplace: 'Bei einer JSON-Sicherung: alle Daten ersetzen statt zusammenführen.',
    optMe: 'Ihre eigene E-Mail-Adresse (mehrfach möglich): Kalender-Teilnehmende damit sind Sie.',
    optFrom: 'Erster Tag für wiederkehrende Termine (Standard: vor zwei Jahren).',
    optTo: 'Letzter Tag für wiederkehrende Termine (Standard: heute).',
    optLinkedinEncounters: 'LinkedIns „Connected On“ als Begegnung zählen.',
    optMergeDuplicates: 'Jede wahrscheinliche Doppelung wie vorgeschlagen zusammenführen.',
    missingFile: '{{command}}: Welche Datei? Nennen Sie die Datei, z. B. {{program}} import kontakte.vcf',
    tooManyFiles: '{{command}}: Bitte eine Datei nach der anderen importieren.',
    unknownFormat: '{{command}}: Das Importformat „{{format}}“ gibt es nicht. Formate: {{formats}}.',
    badDate: '{{command}}: {{option}} {{value}} ist kein Datum; schreiben Sie es als JJJJ-MM-TT.',
    formatPeopleCsv: 'Personen, eine pro Zeile (Tiefgang-Personen-CSV)',
    formatEncountersCsv: 'Begegnungen im dokumentierten Importformat',
    formatVcard: 'Personen als vCard 4.0',
  },
  panel: {
    choose: 'Zu importierende Datei',
    hint: 'vCard (.vcf), CSV (Google, Outlook, LinkedIn oder Tiefgang), iCalendar (.ics) oder eine Tiefgang-Sicherung (.json). Geschrieben wird erst nach Ihrer Bestätigung.',
    dropHint: 'Oder ziehen Sie eine Datei hierher.',
    readingLarge: '{{file}} wird gelesen ({{size}} MB) … Große Dateien brauchen einige Sekunden.',
    reading: 'Die Datei wird gelesen …',
    tooLarge: '{{file}} ist größer als 50 MB. Bitte aufteilen und die Teile importieren.',
    newPeopleList_one: 'Die neue Person zeigen',
    newPeopleList_other: 'Die {{count}} neuen Personen zeigen',
    skippedList_one: 'Die übersprungene Zeile zeigen',
    skippedList_other: 'Die {{count}} übersprungenen Zeilen zeigen',
    mergeDuplicates: 'Mögliche Dubletten wie vorgeschlagen zusammenführen',
    confirm: 'Importieren',
    done: '{{file}} wurde importiert: {{people}} neue Personen, {{encounters}} Begegnungen. Rückgängig mit Strg+Z.',
  },
} satisfies typeof en;
