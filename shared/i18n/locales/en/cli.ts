// The command line (`tiefgang …`, electron/cli): help texts, results and error messages.
// Each error says what is wrong and what to do; {{program}} is the command's name.
export default {
  placeholder: {
    file: '<file>',
    name: '<name>',
    email: '<address>',
    kind: '<kind>',
    names: '"<name or e-mail>[; …]"',
    channel: '<channel>',
    date: '<YYYY-MM-DD[THH:MM]>',
    minutes: '<minutes>',
    text: '"<text>"',
    format: '<format>',
    countryCode: '<+43>',
    choice: '"<name>=<id|new>"',
  },
  common: {
    db: 'The data file to use (default: $TIEFGANG_DB, else the app’s data file).',
    help: 'Show this help.',
    passphraseFile:
      'A file holding the passphrase of an encrypted data file (default: $TIEFGANG_PASSPHRASE_FILE).',
  },
  help: {
    usage: 'Usage: {{usage}}',
    commandAndOptions: '<command> [options]',
    intro: 'Tiefgang keeps a private record of the people you know and every encounter with them.',
    commands: 'Commands:',
    options: 'Options:',
    dataFile: 'Data file now: {{file}}',
    exitCodes: 'Exit codes: 0 done, 1 failed (nothing was changed), 2 wrong command line.',
    more: 'Run “{{program}} <command> --help” for the options of one command.',
  },
  usage: {
    noCommand:
      'Which command? {{program}} needs a command, e.g. “{{program}} log --with "Anna" --channel call”.',
    unknownCommand: '“{{command}}” is not a command of {{program}}.',
    incompleteCommand: '“{{command}}” is not complete; the commands are listed below.',
    seeHelp: 'Run “{{program}} {{command}} --help” to see its options.',
    unknownOption: '{{command}}: there is no option {{option}}.',
    unexpectedArgument:
      '{{command}}: “{{argument}}” is not an option. Values belong after an option, e.g. --name "{{argument}}"; put quotes around values with spaces.',
    noValueWanted: '{{command}}: {{option}} is a switch and takes no value; write just {{option}}.',
    missingValue:
      '{{command}}: {{option}} needs a value. (For a value that starts with “-”, write {{option}}=-….)',
    missingOption: '{{command}}: {{option}} is required.',
    badChoice: '{{command}}: {{option}} “{{value}}” is not one of: {{choices}}.',
    badEmail:
      '{{command}}: “{{value}}” is not a valid e-mail address (expected something like anna@example.org).',
    badValue: '{{command}}: {{option}} is not valid: {{message}}.',
  },
  failure: {
    locked:
      'The data file {{file}} is in use by another Tiefgang process (pid {{pid}} on {{host}}, since {{since}}). Close that Tiefgang window or command and try again. If that process no longer exists, delete {{lockFile}}. Nothing was changed.',
    lockedBusy: 'The data file {{file}} is being opened by another process right now. Try again in a moment.',
    corrupt:
      'The data file {{file}} could not be read: {{reason}}. It was moved aside, unchanged, to {{corruptPath}}.',
    corruptBackup:
      'The newest backup is from {{day}}: {{backup}}. To go back to it, copy it to {{file}} (or open Tiefgang, which offers to restore it).',
    corruptNoBackup: 'There is no backup. The next command starts with an empty data file.',
    unreadable:
      'The data file {{file}} could not be read: {{reason}}. The file was not changed; open Tiefgang to repair it.',
    tooNew:
      'The data file {{file}} was written by a newer Tiefgang (data format {{fileVersion}}; this version reads up to {{supportedVersion}}). Update Tiefgang. The file was not changed.',
    passphraseHint:
      'Give its passphrase in a file: --passphrase-file <file>, or set TIEFGANG_PASSPHRASE_FILE to that file.',
    passphraseFileUnreadable:
      'The passphrase file {{file}} could not be read ({{reason}}). Nothing was changed.',
    passphraseFileEmpty: 'The passphrase file {{file}} is empty. Nothing was changed.',
    app: 'Not done: {{message}}. Nothing was changed.',
    internal: 'Something went wrong inside Tiefgang: {{message}}. Nothing was changed.',
  },
  reason: {
    empty: 'the file is empty',
    syntax: 'it is not valid JSON at line {{line}}, column {{column}} ({{message}})',
    syntaxNoPosition: 'it is not valid JSON ({{message}})',
    format: 'it is not a Tiefgang data file ({{message}})',
    validation: 'it holds invalid data: {{issues}}',
  },
  lookup: {
    unknownPerson: 'Nobody is called “{{query}}”.',
    unknownContext:
      'There is no context called “{{query}}”. Check the spelling, or add --create to create it.',
    ambiguousPerson: '“{{query}}” could be any of {{count}} people:',
    ambiguousContext: '“{{query}}” could be any of {{count}} contexts:',
  },
  peopleAdd: {
    summary: 'Add a person and print their new id.',
    usage: 'people add --name "<name>" [--email <address>] [--kind <kind>]',
    optName: 'The name shown for them (required).',
    optEmail: 'An e-mail address; repeat the option for several.',
    optKind: 'client, prospect, partner, colleague, friend, family or other (default other).',
  },
  log: {
    summary: 'Log an encounter with one or more people.',
    usage: 'log --with "<name or e-mail>[; …]" --channel <channel> [options]',
    description:
      'Names are matched ignoring case and accents (“jurgen” finds “Jürgen”); an e-mail address or an id works too. The command ends with exit code 0 only once the encounter is safely on disk.',
    optWith: 'Who was there, separated by “;” (required).',
    optChannel: 'in_person, event, call, video, message, email or social (required).',
    optDate: 'When: a day, or a day and local time (default today).',
    optContext: 'Where: the name of a club, association, fair, company…',
    optMinutes: 'How long it lasted, in minutes.',
    optNotes: 'A note about it.',
    optCreate: 'Add people and the context that do not exist yet, instead of failing.',
    optPlanned: 'Allow a day after today: a planned meeting, which counts once its day has passed.',
    futureDate:
      '{{command}}: --date {{value}} is after today ({{today}}). If it is a planned meeting, add --planned; it counts once its day has passed. Otherwise correct the date.',
    createdPerson: 'Added {{name}} ({{id}})',
    createdContext: 'Added the context {{name}} ({{id}})',
    logged: 'Logged: {{channel}} with {{names}} on {{date}} ({{id}})',
    badDate:
      '{{command}}: --date “{{value}}” is not a date. Write a day as 2026-11-27 or a day and time as 2026-11-27T14:30.',
    skippedTime:
      '{{command}}: --date {{value}} did not exist here: the clocks went forward that night and skipped it. Write the time after the change (e.g. {{suggestion}}) or give the offset, e.g. {{value}}{{offset}}.',
    badMinutes: '{{command}}: --minutes “{{value}}” must be a whole number of minutes from 0 to {{max}}.',
    unknownPeople_one:
      'Nobody is called {{names}}. Check the spelling, or add --create to add them as a new person. Nothing was changed.',
    unknownPeople_other:
      'Nobody is called {{names}}. Check the spelling, or add --create to add them as new people. Nothing was changed.',
    ambiguousHint: 'Use the e-mail address or the id instead of the name. Nothing was changed.',
  },
  export: {
    summary: 'Write the whole database to standard output or a file.',
    usage: 'export --format <format> [--out <file>]',
    description:
      'Reads the data file without locking it, so it works while Tiefgang is open. Formats: {{formats}}.',
    optFormat: 'The format (default json).',
    optOut: 'Write to this file instead of standard output.',
    optForce: 'Replace the --out file if it exists.',
    formatJson: 'the data file’s own JSON, one record per line',
    unknownFormat: '{{command}}: there is no format “{{format}}”. Formats: {{formats}}.',
    outIsDb: '{{command}}: --out {{file}} is the data file itself; choose another file.',
    outExists: '{{command}}: {{file}} exists already. Choose another file, or add --force to replace it.',
    noDataFile: 'There is no data file at {{file}}. Check --db or TIEFGANG_DB. Nothing was written.',
    cannotWrite: 'Could not write {{file}} ({{reason}}). Nothing was written.',
    written: 'Wrote {{file}} ({{format}}): people {{people}}, encounters {{encounters}}',
  },
};
