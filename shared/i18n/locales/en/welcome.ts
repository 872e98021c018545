/** The first run. */
export default {
  title: 'Welcome to Tiefgang',
  lead: 'Tiefgang keeps a private record of the people you know and every encounter with them, and shows how deep your network goes. How do you want to start?',
  emptyTitle: 'Start empty',
  emptyText: 'Add people and log encounters as they happen (Ctrl+L logs from anywhere).',
  startEmpty: 'Start empty',
  startedEmpty: 'Ready. Add the first person, or log an encounter with Ctrl+L.',
  importTitle: 'Import',
  importText: 'Contacts (vCard, Google or Outlook CSV, LinkedIn), a calendar (.ics) or a Tiefgang backup.',
  import: 'Import a file…',
  sampleTitle: 'Explore a sample',
  sampleText:
    'A made-up consultant’s network: about 120 people, two years of encounters. Undo removes it again.',
  sample: 'Explore the sample network',
  sampleLoaded:
    'The sample network was loaded: {{people}} people, {{encounters}} encounters. Undo with Ctrl+Z.',
  privacy: 'Everything stays in one file on this computer. Tiefgang makes no network requests.',
};
