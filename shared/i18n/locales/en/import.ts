/** Import and export: error messages, skip reasons and the preview shown by the CLI and the app. */
export default {
  linkedin: {
    touch: 'Count the day you connected as a first touch',
    touchHint:
      'LinkedIn’s “Connected On” becomes a message on that day, so a prospect’s touches start where the relationship started. Off: the day is kept only in the notes.',
  },
  format: {
    vcard: 'vCard',
    'google-csv': 'Google Contacts CSV',
    'outlook-csv': 'Outlook CSV',
    linkedin: 'LinkedIn connections',
    ics: 'iCalendar',
    'encounters-csv': 'Tiefgang encounters CSV',
    'ties-csv': 'Tiefgang ties CSV',
    'people-csv': 'Tiefgang people CSV',
    json: 'Tiefgang backup (JSON)',
    whatsapp: 'WhatsApp chat',
    telegram: 'Telegram export',
    'sms-backup': 'SMS Backup & Restore',
    mbox: 'mailbox (mbox)',
    'linkedin-messages': 'LinkedIn messages',
    takeout: 'Google Takeout',
  },
  errors: {
    empty: '{{file}} is empty. Choose the exported file itself.',
    binary:
      '{{file}} is not a text file (it holds binary data near byte {{offset}}). Export the contacts or calendar as vCard (.vcf), CSV or iCalendar (.ics) and import that file.',
    archive:
      '{{file}} is a ZIP archive. Unpack it first and import the file inside (for LinkedIn: Connections.csv).',
    'too-large':
      '{{file}} is {{size}} MB; Tiefgang imports files up to {{limit}} MB. Split it and import the parts.',
    unknown:
      'Tiefgang cannot tell what kind of file {{file}} is ({{detail}}). Choose the format explicitly, e.g. --format vcard.',
    'not-format':
      '{{file}} is not a {{format}} file (line {{line}}: {{detail}}). Check that you chose the right file and format.',
    truncated:
      '{{file}} ends inside the record that begins at line {{line}}: the file seems cut off. Export it again and import the complete file.',
    'no-header':
      '{{file}} has no header line with the columns {{columns}} in its first lines. Add that header as the first line.',
    'no-records': '{{file}} holds nothing to import: {{detail}}.',
    'bad-json':
      '{{file}} is not valid JSON (line {{line}}): {{detail}}. The backup may be damaged; use another backup.',
    'bad-backup':
      '{{file}} is not a valid Tiefgang backup ({{detail}}). Nothing was changed; choose a backup written by Tiefgang.',
    'stale-preview':
      'The data changed after the preview of {{file}} was made; nothing was imported. Preview it again.',
    'read-failed': '{{file}} could not be read: {{detail}}.',
    'missing-window': 'Importing {{file}} needs a date window for recurring events.',
    'line-too-long':
      '{{file}}: line {{line}} is {{size}} MB long; no {{format}} export has lines like that. The file is damaged or not an export: export it again.',
    'not-utf8':
      '{{file}}: line {{line}} is not UTF-8 text, which {{format}} always writes. The file was damaged or saved again in another program: import the file as the app exported it.',
    'bad-archive': '{{file}} is not a readable ZIP archive ({{detail}}). Download or export it again.',
    'zip-bomb':
      '{{file}}: the entry {{entry}} would unpack to {{size}} MB ({{ratio}} times its packed size); Tiefgang does not unpack it. Unpack the archive yourself and import the file inside.',
    'archive-unknown':
      '{{file}} is a ZIP archive, but none of its {{count}} entries is an export Tiefgang reads (a WhatsApp chat, Google Takeout, LinkedIn). Unpack it and import the file inside.',
    'too-many':
      '{{file}} names more than {{limit}} {{what}} (at line {{line}}); that is not a personal export. Import a smaller export (one chat, one mailbox folder).',
    'bad-xml':
      '{{file}}: line {{line}} is not what SMS Backup & Restore writes ({{detail}}). Back up again and import the new file.',
    'owner-unknown':
      '{{file}} does not say which sender is you. Say it with --me (one of: {{candidates}}), or add your name, address or number in the settings.',
    cancelled: 'The import of {{file}} was cancelled; nothing was changed.',
    'out-of-memory':
      'Reading {{file}} needs more memory than an import may use ({{limit}} MB); nothing was changed. Split the file and import the parts.',
    'worker-failed':
      'Reading {{file}} stopped unexpectedly ({{detail}}); nothing was changed. Try again; if it happens again, the log has the details.',
  },
  skip: {
    'no-name': 'no name or e-mail address',
    'no-participants': 'no participants',
    'nobody-else': 'nobody besides you took part',
    'bad-date': 'the date is not valid',
    'bad-channel': 'unknown channel',
    'bad-duration': 'the duration is not a whole number of minutes',
    'bad-strength': 'the strength is not 1 to 5',
    'bad-kind': 'unknown kind',
    'bad-value': 'a value is not valid',
    'same-person': 'a person cannot be tied to themselves',
    'unclosed-quote': 'a quoted field is not closed',
    'outside-card': 'text outside any vCard',
    'no-start': 'the event has no start',
    cancelled: 'the event was cancelled',
    declined: 'you declined the event',
    'already-present': 'already recorded',
    'ambiguous-person': 'the name fits several people; use the e-mail address',
    'invalid-record': 'the record is not valid',
    'recurrence-capped': 'stopped expanding a recurring event',
    'system-message': 'a note by the app (encryption, someone joined or left), not a message',
    'bulk-mail': 'a newsletter or mailing-list mail',
    'many-recipients': 'sent to many people at once',
    'automated-sender': 'sent by a machine (no-reply, notifications)',
    spam: 'marked as spam',
    'not-mine': 'neither from you nor to you',
    'no-address': 'no sender or recipient address',
    'not-a-person': 'a service or short number, not a person',
    draft: 'a draft or unsent message',
    'group-without-me': 'a group chat day on which you wrote nothing',
    'group-only-me': 'a group chat day on which only you wrote',
    'unknown-kind': 'an entry of a kind Tiefgang does not count',
  },
  preview: {
    title: 'Import of {{file}} ({{format}})',
    dryRun: 'Dry run: nothing was written.',
    committed: 'Imported in one write.',
    newPeople: 'New people: {{count}}',
    matchedPeople: 'Matched people: {{count}}',
    likelyDuplicates: 'Likely duplicates: {{count}}',
    newContexts: 'New contexts: {{count}}',
    encounters: 'Encounters: {{count}}',
    ties: 'Ties: {{count}}',
    skipped: 'Skipped: {{count}}',
    shortened: 'Shortened: {{count}}',
    removed: 'Replacing the data removes {{people}} people and {{encounters}} encounters.',
    matchedLine: 'line {{line}}: {{name}} matched by {{by}}',
    duplicateLine: '{{name}} looks like {{other}} ({{reason}})',
    skippedLine: 'line {{line}}: {{reason}}',
    shortenedLine: 'line {{line}}: {{field}} shortened from {{length}} to {{kept}} characters',
    leftOutLine: 'line {{line}}: {{field}} left out ({{length}} characters, more than Tiefgang keeps)',
    more: '… and {{count}} more',
    by: { phone: 'phone number', email: 'e-mail address', name: 'name', id: 'id' },
    reason: { 'similar-name': 'similar name', 'shared-phone': 'same phone number', 'same-name': 'same name' },
  },
  log: {
    progress: 'Reading {{file}}: {{percent}} % ({{done}} of {{total}} MB)',
    seen: 'Read: {{messages}} messages or mails, {{calls}} calls',
    ambiguous: 'People to choose (the name fits several): {{count}}',
    updated: 'Days with more messages than recorded: {{count}}',
    coverage: 'Coverage records (which channel the data now covers, for whom, when): {{count}}',
    noText: 'Only dates, directions, counts and call durations are kept; no message text is stored.',
    personLine: '{{name}} ({{status}}): {{added}}',
    ambiguousLine:
      '{{name}} fits several people: {{candidates}}. Choose with --person "{{name}}=<id>" or "{{name}}=new".',
    skippedLine: 'skipped {{count}} × {{reason}} (e.g. line {{lines}})',
    nothingNew: 'nothing new',
    attempts_one: '{{count}} missed call',
    attempts_other: '{{count}} missed calls',
    status: { new: 'new', matched: 'matched', ambiguous: 'to choose' },
    channel: {
      message_one: '{{count}} day of messages',
      message_other: '{{count}} days of messages',
      email_one: '{{count}} day of e-mail',
      email_other: '{{count}} days of e-mail',
      call_one: '{{count}} call',
      call_other: '{{count}} calls',
    },
    badCountryCode: '{{command}}: {{value}} is not a country code; write it like +43.',
    badChoice: '{{command}}: write --person as "NAME=ID" or "NAME=new", not {{value}}.',
  },
  /** Summaries of limits reached for the whole file (ImportNotice). */
  notice: {
    shortened:
      'Values longer than Tiefgang keeps: {{count}}. Each was cut after whole characters and ends in “…”, or, for an address or link, left out; the list names their lines.',
    'occurrences-per-event':
      'Recurring events with more than {{limit}} occurrences in the period: {{events}}. Only their first {{limit}} occurrences are imported.',
    'occurrences-per-file':
      'The recurring events of this calendar have more than {{limit}} occurrences in the period. {{kept}} are imported; {{events}} recurring events were cut short or left out (see the skipped lines). Choose a shorter period to import the rest.',
    'repetitions-per-event':
      'Recurring events whose rule repeats more than {{limit}} times before the period ends: {{events}}. They were read only that far.',
    'repetitions-per-file':
      'The rules of this calendar repeat more than {{limit}} times in all before the period ends; {{events}} recurring events were read only partly or not at all (see the skipped lines).',
  },
  /** The fields a shortening names (ShortenedValue.field). */
  field: {
    displayName: 'the name',
    givenName: 'the given name',
    familyName: 'the family name',
    organisation: 'the organisation',
    role: 'the role',
    emails: 'an e-mail address',
    phones: 'a phone number',
    urls: 'a link',
    tags: 'a tag',
    notes: 'the notes',
    context: 'a context name',
    encounterNotes: 'the notes of an encounter',
    tieNote: 'the note of a tie',
    nextStep: 'the next step',
  },
  /** Progress while a file is read (stderr in the CLI; the import service sends the same stages). */
  progress: {
    read: 'Reading {{file}}',
    parse: 'Reading the records of {{file}}',
    plan: 'Matching people of {{file}}',
    line: '{{stage}}: {{percent}} % ({{done}} of {{total}} {{unit}})',
    unit: { bytes: 'bytes', items: 'records' },
  },
  logPanel: {
    percent: '{{stage}}: {{percent}} %',
    cancel: 'Cancel',
    whoAreYou: 'Which sender are you?',
    whoAreYouHint:
      'The export does not say it, and your settings name no matching name, address or number. Nothing is counted until you choose.',
    candidate: '{{label}} ({{count}} messages)',
    previewAgain: 'Preview again',
    whoIsWho_one: 'One name fits several people: who is it?',
    whoIsWho_other: '{{count}} names fit several people: who is each?',
    choose: 'Choose…',
    newPerson: 'Someone new',
    perPerson: 'What each of the {{count}} people gains',
    skippedReasons: 'Skipped: {{count}}',
    skippedLine: '{{count}} × {{reason}}',
  },
  cli: {
    summary:
      'Import people and encounters from a file (vCard, CSV, iCalendar, backup, chat, call and mail exports).',
    usage: 'import <file> [--format <format>] [--dry-run] [--json]',
    description:
      'Reads the file and shows what it would add: new and matched people, likely duplicates, encounters, ties and every skipped line with its reason. Without --dry-run it then adds everything in one write (all or nothing). Formats: {{formats}}.',
    optFormat: 'The file’s format (default auto: recognised from its content).',
    optDryRun: 'Only show the preview; write nothing.',
    optJson: 'Print the preview as JSON.',
    optReplace: 'For a JSON backup: replace all data with it instead of merging.',
    optMe:
      'You (repeatable): your e-mail address (calendar attendees, mail), or your name or number as a chat or mail export shows it.',
    optCountryCode: 'Country code for phone numbers written without one (default: the setting, else +43).',
    optPerson:
      'For a chat, call or mail export: who a name that fits several people is ("NAME=ID", or "NAME=new").',
    optFrom: 'First day for recurring calendar events (default: two years ago).',
    optTo: 'Last day for recurring calendar events (default: today).',
    optLinkedinEncounters: 'Count LinkedIn’s “Connected On” as a first touch (a message that day).',
    optMergeDuplicates: 'Merge every likely duplicate as proposed.',
    missingFile: '{{command}}: which file? Name the file to import, e.g. {{program}} import contacts.vcf',
    tooManyFiles: '{{command}}: import one file at a time.',
    unknownFormat: '{{command}}: there is no import format “{{format}}”. Formats: {{formats}}.',
    badDate: '{{command}}: {{option}} {{value}} is not a date; write it as YYYY-MM-DD.',
    formatPeopleCsv: 'people, one per row (Tiefgang people CSV)',
    formatEncountersCsv: 'encounters in the documented import format',
    formatVcard: 'people as vCard 4.0',
  },
  dialog: {
    title: 'Import a file',
    importable: 'Files Tiefgang can import',
    allFiles: 'All files',
  },
  panel: {
    choose: 'File to import',
    hint: 'vCard (.vcf), CSV (Google, Outlook, LinkedIn or Tiefgang), iCalendar (.ics), a Tiefgang backup (.json), or a chat, call or mail export (WhatsApp, Telegram, SMS Backup & Restore, mbox, Google Takeout, LinkedIn archive). Nothing is written before you confirm.',
    dropHint: 'Or drop a file here.',
    readingLarge: 'Reading {{file}} ({{size}} MB)… Large files take a few seconds.',
    reading: 'Reading the file…',
    tooLarge:
      '{{file}} is larger than 50 MB. Split it and import the parts, or import it on the command line (tiefgang import), which reads files of any size.',
    chosenFromDisk: 'Chosen: {{file}} ({{size}} MB), read straight from the disk.',
    tooLargeToDrop:
      '{{file}} is larger than 50 MB, too large to drop here. Choose it with the button above instead: Tiefgang then reads it straight from the disk, whatever its size.',
    cancelled: 'Reading {{file}} was cancelled; nothing was changed.',
    newPeopleList_one: 'Show the new person',
    newPeopleList_other: 'Show the {{count}} new people',
    skippedList_one: 'Show the skipped line',
    skippedList_other: 'Show the {{count}} skipped lines',
    mergeDuplicates: 'Merge the likely duplicates as proposed',
    confirm: 'Import',
    done: '{{file}} was imported: {{people}} new people, {{encounters}} encounters. Undo with Ctrl+Z.',
  },
};
