export default {
  'invalid-request': 'Some input is not valid: {{message}}',
  'unknown-channel': 'The app asked for something it does not know ({{message}}).',
  'not-found': 'Not found: {{message}}',
  conflict: 'That clashes with existing data: {{message}}',
  forbidden: 'This request was refused.',
  'store-locked': 'The data file is in use by another Tiefgang process: {{message}}',
  'store-io': 'The change could not be saved; nothing was changed. {{message}}',
  locked: 'The data file is encrypted and not unlocked yet. {{message}}',
  internal: 'Something went wrong inside Tiefgang; nothing was changed. {{message}}',
};
