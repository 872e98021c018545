// What went wrong with the data file, its backups or its encryption: used by the CLI and the desktop
// shell alike, so both name the real cause (a full disk, a file where the backups folder belongs…).
export default {
  action: {
    'create-folder': 'The folder for the data file could not be created in {{where}}',
    open: 'The data file {{file}} could not be opened',
    lock: 'The data file {{file}} could not be locked ({{where}})',
    read: 'The data file {{file}} could not be read',
    create: 'The new data file could not be created in {{where}}',
    write: 'The change could not be saved in {{where}}',
    backup: 'Today’s backup could not be made in {{where}}',
    'move-aside': 'The damaged data file could not be moved aside in {{where}}',
  },
  problem: {
    'no-permission': 'no permission to write there',
    'no-permission-read': 'no permission to read it',
    'disk-full': 'the disk is full',
    'read-only-disk': 'the disk is read-only',
    'not-a-folder': 'there is a file of that name where a folder belongs',
    'is-a-folder': 'there is a folder of that name where a file belongs',
    missing: 'it does not exist',
    other: 'the system refused ({{detail}})',
  },
  io: '{{action}}: {{problem}}{{code}}. Nothing was changed.',
  danglingLink:
    'The data file {{file}} is a link to {{target}}, which does not exist. Restore that file (e.g. reconnect the drive or the synced folder) or remove the link. Nothing was changed, and no new, empty data file was made.',
  readOnly:
    'The data file {{file}} is read-only, so Tiefgang cannot save changes to it. Allow writing to it (its properties, or chmod u+w), or open a copy. Nothing was changed.',
  encrypted: 'The data file {{file}} is encrypted and opens only with its passphrase. Nothing was changed.',
  wrongPassphrase: 'The passphrase does not fit the data file {{file}}. Nothing was changed; try again.',
};
