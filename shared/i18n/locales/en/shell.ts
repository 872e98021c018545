// The desktop shell's own messages: dialogs of the main process (data file problems, crashes).
export default {
  dataFile: {
    title: 'Tiefgang cannot open its data file',
    locked:
      'The data file {{file}} is in use by another Tiefgang process (process {{pid}} on {{host}}, since {{since}}).',
    lockedBusy: 'The data file {{file}} is being opened by another process right now.',
    lockedDetail:
      'Close the other Tiefgang window or command, then choose “Try again”. If that process no longer exists, delete {{lockFile}}.',
    corrupt: 'The data file {{file}} could not be read: {{reason}}.',
    corruptMoved: 'The damaged file was moved aside, unchanged, to {{corruptPath}}. Nothing was deleted.',
    corruptBackup: 'The newest backup is from {{day}}: {{backup}}',
    corruptNoBackup: 'There is no backup to restore. You can start with an empty data file.',
    tooNew:
      'The data file {{file}} was written by a newer version of Tiefgang (data format {{fileVersion}}; this version reads up to {{supportedVersion}}).',
    tooNewDetail: 'Install the newer Tiefgang to open it. The file was not changed.',
    io: 'The data file {{file}} could not be opened: {{reason}}',
    ioDetail: 'Check that the folder exists and that you may write to it. Nothing was changed.',
    restoreFailed: 'The backup could not be restored: {{reason}}',
    reason: {
      empty: 'the file is empty',
      syntax: 'it is not valid JSON (line {{line}}, column {{column}})',
      syntaxNoPosition: 'it is not valid JSON',
      format: 'it is not a Tiefgang data file ({{message}})',
      validation: 'it holds invalid data ({{count}} problems; the first: {{first}})',
    },
  },
  argument: {
    title: 'Tiefgang was started with a wrong argument',
    dbMissing: '“--db” needs the path of a data file, e.g. --db ~/tiefgang.json',
  },
  buttons: {
    ok: 'OK',
    retry: 'Try again',
    quit: 'Quit',
    restoreBackup: 'Restore the backup from {{day}}',
    startEmpty: 'Start with an empty data file',
    reload: 'Reload the window',
  },
  crash: {
    title: 'Tiefgang hit an unexpected error',
    message: 'Something went wrong inside Tiefgang: {{message}}',
    detail: 'The details were written to {{log}}. Everything saved before is safe in the data file.',
  },
  rendererGone: {
    title: 'The Tiefgang window stopped',
    message: 'The window stopped unexpectedly ({{reason}}).',
    detail: 'Reload it to continue. Everything saved before is safe in the data file.',
  },
};
