export default {
  'invalid-request': 'Some input is not valid: {{message}}',
  'unknown-channel': 'The app asked for something it does not know ({{message}}).',
  'not-found': 'Not found: {{message}}',
  conflict: 'That clashes with existing data: {{message}}',
  forbidden: 'This request was refused.',
  'store-locked': 'The data file is in use by another Tiefgang process: {{message}}',
  'store-io': 'The data file could not be written; nothing was changed. {{message}}',
  internal: 'Something went wrong inside Tiefgang; nothing was changed. {{message}}',
};
