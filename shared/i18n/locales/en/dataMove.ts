// Moving the data file (Settings → Data file → Move…): the desktop shell's dialogs and the result line.
export default {
  dialogTitle: 'Move the data file to…',
  filterName: 'Tiefgang data file',
  failedTitle: 'The data file was not moved',
  samePath: 'The data file is already at {{target}}. Choose another place or name.',
  targetExists:
    'There is already a file at {{target}}. Choose a new name: Tiefgang never overwrites an existing file.',
  copyFailed: 'The data file could not be copied to {{target}}: {{reason}}',
  openFailed: 'The copy at {{target}} could not be opened: {{reason}}',
  saveLocationFailed: 'Tiefgang could not remember the new location: {{reason}}',
  changedMeanwhile: 'The data changed while it was being moved. Please try again.',
  unchanged: 'Tiefgang keeps using {{file}}, which is unchanged. Nothing was lost.',
  movedKept: 'The data file is now at {{path}}. The old file was kept, renamed, as {{keptAs}}.',
  movedOldStays: 'The data file is now at {{path}}. The old file is still at {{previous}}.',
};
