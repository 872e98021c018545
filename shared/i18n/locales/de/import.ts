import type en from '../en/import';

export default {
  linkedin: {
    touch: 'Den Tag der Vernetzung als ersten Kontaktpunkt zählen',
    touchHint:
      'LinkedIns „Connected On“ wird eine Nachricht an diesem Tag, so beginnen die Kontaktpunkte eines Interessenten dort, wo die Beziehung begann. Aus: Der Tag steht nur in den Notizen.',
  },
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
    whatsapp: 'WhatsApp-Chat',
    telegram: 'Telegram-Export',
    'sms-backup': 'SMS Backup & Restore',
    mbox: 'Postfach (mbox)',
    'linkedin-messages': 'LinkedIn-Nachrichten',
    takeout: 'Google Takeout',
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
    'missing-window': 'Für den Import von {{file}} fehlt der Zeitraum für wiederkehrende Termine.',
    'line-too-long':
      '{{file}}: Zeile {{line}} ist {{size}} MB lang; kein {{format}}-Export hat solche Zeilen. Die Datei ist beschädigt oder kein Export: Exportieren Sie sie erneut.',
    'not-utf8':
      '{{file}}: Zeile {{line}} ist kein UTF-8-Text, den {{format}} immer schreibt. Die Datei wurde beschädigt oder in einem anderen Programm neu gespeichert: Importieren Sie die Datei so, wie die App sie exportiert hat.',
    'bad-archive':
      '{{file}} ist kein lesbares ZIP-Archiv ({{detail}}). Laden oder exportieren Sie es erneut.',
    'zip-bomb':
      '{{file}}: Der Eintrag {{entry}} würde auf {{size}} MB entpackt ({{ratio}}-mal so groß wie gepackt); Tiefgang entpackt ihn nicht. Entpacken Sie das Archiv selbst und importieren Sie die Datei darin.',
    'archive-unknown':
      '{{file}} ist ein ZIP-Archiv, aber keiner seiner {{count}} Einträge ist ein Export, den Tiefgang liest (WhatsApp-Chat, Google Takeout, LinkedIn). Entpacken Sie es und importieren Sie die Datei darin.',
    'too-many':
      '{{file}} nennt mehr als {{limit}} {{what}} (bei Zeile {{line}}); das ist kein persönlicher Export. Importieren Sie einen kleineren Export (einen Chat, einen Postfach-Ordner).',
    'bad-xml':
      '{{file}}: Zeile {{line}} entspricht nicht dem, was SMS Backup & Restore schreibt ({{detail}}). Sichern Sie erneut und importieren Sie die neue Datei.',
    'owner-unknown':
      '{{file}} verrät nicht, welcher Absender Sie sind. Geben Sie es mit --me an (eines von: {{candidates}}) oder tragen Sie Ihren Namen, Ihre Adresse oder Nummer in den Einstellungen ein.',
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
    'system-message':
      'ein Hinweis der App (Verschlüsselung, jemand ist beigetreten oder gegangen), keine Nachricht',
    'bulk-mail': 'ein Newsletter oder eine Mail einer Mailingliste',
    'many-recipients': 'an viele Personen zugleich gesendet',
    'automated-sender': 'von einer Maschine gesendet (no-reply, Benachrichtigungen)',
    spam: 'als Spam markiert',
    'not-mine': 'weder von Ihnen noch an Sie',
    'no-address': 'keine Absender- oder Empfängeradresse',
    'not-a-person': 'ein Dienst oder eine Kurznummer, keine Person',
    draft: 'ein Entwurf oder eine nicht gesendete Nachricht',
    'group-without-me': 'ein Tag im Gruppenchat, an dem Sie nichts geschrieben haben',
    'group-only-me': 'ein Tag im Gruppenchat, an dem nur Sie geschrieben haben',
    'unknown-kind': 'ein Eintrag einer Art, die Tiefgang nicht zählt',
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
    by: { phone: 'Telefonnummer', email: 'E-Mail-Adresse', name: 'Name', id: 'ID' },
    reason: {
      'similar-name': 'ähnlicher Name',
      'shared-phone': 'gleiche Telefonnummer',
      'same-name': 'gleicher Name',
    },
  },
  log: {
    progress: 'Lese {{file}}: {{percent}} % ({{done}} von {{total}} MB)',
    seen: 'Gelesen: {{messages}} Nachrichten oder Mails, {{calls}} Anrufe',
    ambiguous: 'Personen zur Auswahl (der Name passt auf mehrere): {{count}}',
    updated: 'Tage mit mehr Nachrichten als erfasst: {{count}}',
    coverage: 'Abdeckungseinträge (welcher Kanal nun für wen und wann erfasst ist): {{count}}',
    noText: 'Gespeichert werden nur Datum, Richtung, Anzahl und Anrufdauer; kein Nachrichtentext.',
    personLine: '{{name}} ({{status}}): {{added}}',
    ambiguousLine:
      '{{name}} passt auf mehrere Personen: {{candidates}}. Wählen Sie mit --person "{{name}}=<ID>" oder "{{name}}=new".',
    skippedLine: '{{count}} × übersprungen: {{reason}} (z. B. Zeile {{lines}})',
    nothingNew: 'nichts Neues',
    attempts_one: '{{count}} verpasster Anruf',
    attempts_other: '{{count}} verpasste Anrufe',
    status: { new: 'neu', matched: 'zugeordnet', ambiguous: 'zur Auswahl' },
    channel: {
      message_one: '{{count}} Tag mit Nachrichten',
      message_other: '{{count}} Tage mit Nachrichten',
      email_one: '{{count}} Tag mit E-Mails',
      email_other: '{{count}} Tage mit E-Mails',
      call_one: '{{count}} Anruf',
      call_other: '{{count}} Anrufe',
    },
    badCountryCode: '{{command}}: {{value}} ist keine Ländervorwahl; schreiben Sie sie wie +43.',
    badChoice: '{{command}}: Schreiben Sie --person als "NAME=ID" oder "NAME=new", nicht {{value}}.',
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
  logPanel: {
    percent: '{{stage}}: {{percent}} %',
    cancel: 'Abbrechen',
    whoAreYou: 'Welcher Absender sind Sie?',
    whoAreYouHint:
      'Der Export verrät es nicht, und Ihre Einstellungen nennen keinen passenden Namen, keine Adresse und keine Nummer. Gezählt wird erst, wenn Sie wählen.',
    candidate: '{{label}} ({{count}} Nachrichten)',
    previewAgain: 'Vorschau erneut erstellen',
    whoIsWho_one: 'Ein Name passt auf mehrere Personen: Wer ist es?',
    whoIsWho_other: '{{count}} Namen passen auf mehrere Personen: Wer ist wer?',
    choose: 'Bitte wählen…',
    newPerson: 'Eine neue Person',
    perPerson: 'Was jede der {{count}} Personen erhält',
    skippedReasons: 'Übersprungen: {{count}}',
    skippedLine: '{{count}} × {{reason}}',
  },
  cli: {
    summary:
      'Personen und Begegnungen aus einer Datei importieren (vCard, CSV, iCalendar, Sicherung, Chat-, Anruf- und Mail-Exporte).',
    usage: 'import <datei> [--format <format>] [--dry-run] [--json]',
    description:
      'Liest die Datei und zeigt, was hinzukäme: neue und zugeordnete Personen, wahrscheinliche Doppelte, Begegnungen, Verbindungen und jede übersprungene Zeile mit Grund. Ohne --dry-run wird dann alles in einem Schreibvorgang übernommen (alles oder nichts). Formate: {{formats}}.',
    optFormat: 'Das Format der Datei (Standard auto: am Inhalt erkannt).',
    optDryRun: 'Nur die Vorschau zeigen; nichts schreiben.',
    optJson: 'Die Vorschau als JSON ausgeben.',
    optReplace: 'Bei einer JSON-Sicherung: alle Daten ersetzen statt zusammenführen.',
    optMe:
      'Sie selbst (mehrfach möglich): Ihre E-Mail-Adresse (Kalender, Mail) oder Ihr Name bzw. Ihre Nummer, wie ein Chat- oder Mail-Export sie zeigt.',
    optCountryCode: 'Ländervorwahl für Nummern ohne Vorwahl (Standard: die Einstellung, sonst +43).',
    optPerson:
      'Bei Chat-, Anruf- oder Mail-Exporten: wer ein Name ist, der auf mehrere Personen passt ("NAME=ID" oder "NAME=new").',
    optFrom: 'Erster Tag für wiederkehrende Termine (Standard: vor zwei Jahren).',
    optTo: 'Letzter Tag für wiederkehrende Termine (Standard: heute).',
    optLinkedinEncounters:
      'LinkedIns „Connected On“ als ersten Kontaktpunkt zählen (eine Nachricht an dem Tag).',
    optMergeDuplicates: 'Jede wahrscheinliche Doppelung wie vorgeschlagen zusammenführen.',
    missingFile: '{{command}}: Welche Datei? Nennen Sie die Datei, z. B. {{program}} import kontakte.vcf',
    tooManyFiles: '{{command}}: Bitte eine Datei nach der anderen importieren.',
    unknownFormat: '{{command}}: Das Importformat „{{format}}“ gibt es nicht. Formate: {{formats}}.',
    badDate: '{{command}}: {{option}} {{value}} ist kein Datum; schreiben Sie es als JJJJ-MM-TT.',
    formatPeopleCsv: 'Personen, eine pro Zeile (Tiefgang-Personen-CSV)',
    formatEncountersCsv: 'Begegnungen im dokumentierten Importformat',
    formatVcard: 'Personen als vCard 4.0',
  },
  dialog: {
    title: 'Datei importieren',
    importable: 'Dateien, die Tiefgang importieren kann',
    allFiles: 'Alle Dateien',
  },
  panel: {
    choose: 'Zu importierende Datei',
    hint: 'vCard (.vcf), CSV (Google, Outlook, LinkedIn oder Tiefgang), iCalendar (.ics), eine Tiefgang-Sicherung (.json) oder ein Chat-, Anruf- oder Mail-Export (WhatsApp, Telegram, SMS Backup & Restore, mbox, Google Takeout, LinkedIn-Archiv). Geschrieben wird erst nach Ihrer Bestätigung.',
    dropHint: 'Oder ziehen Sie eine Datei hierher.',
    readingLarge: '{{file}} wird gelesen ({{size}} MB) … Große Dateien brauchen einige Sekunden.',
    reading: 'Die Datei wird gelesen …',
    tooLarge:
      '{{file}} ist größer als 50 MB. Bitte aufteilen und die Teile importieren, oder auf der Kommandozeile importieren (tiefgang import), die Dateien jeder Größe liest.',
    chosenFromDisk: 'Gewählt: {{file}} ({{size}} MB), direkt von der Festplatte gelesen.',
    tooLargeToDrop:
      '{{file}} ist größer als 50 MB und zu groß zum Hierherziehen. Wählen Sie sie stattdessen mit der Schaltfläche oben: Tiefgang liest sie dann direkt von der Festplatte, gleich wie groß sie ist.',
    cancelled: 'Das Lesen von {{file}} wurde abgebrochen; es wurde nichts geändert.',
    newPeopleList_one: 'Die neue Person zeigen',
    newPeopleList_other: 'Die {{count}} neuen Personen zeigen',
    skippedList_one: 'Die übersprungene Zeile zeigen',
    skippedList_other: 'Die {{count}} übersprungenen Zeilen zeigen',
    mergeDuplicates: 'Mögliche Dubletten wie vorgeschlagen zusammenführen',
    confirm: 'Importieren',
    done: '{{file}} wurde importiert: {{people}} neue Personen, {{encounters}} Begegnungen. Rückgängig mit Strg+Z.',
  },
} satisfies typeof en;
