import type en from '../en/welcome';

// Der erste Start.
export default {
  title: 'Willkommen bei Tiefgang',
  lead: 'Tiefgang führt eine private Aufzeichnung der Menschen, die Sie kennen, und jeder Begegnung mit ihnen, und zeigt, wie tief Ihr Netzwerk reicht. Wie möchten Sie beginnen?',
  emptyTitle: 'Leer beginnen',
  emptyText: 'Personen anlegen und Begegnungen erfassen, wenn sie passieren (Strg+L erfasst von überall).',
  startEmpty: 'Leer beginnen',
  startedEmpty: 'Bereit. Legen Sie die erste Person an oder erfassen Sie mit Strg+L eine Begegnung.',
  importTitle: 'Importieren',
  importText:
    'Kontakte (vCard, Google- oder Outlook-CSV, LinkedIn), ein Kalender (.ics) oder eine Tiefgang-Sicherung.',
  import: 'Datei importieren …',
  sampleTitle: 'Beispiel erkunden',
  sampleText:
    'Das erfundene Netzwerk einer Beraterin: rund 120 Personen, zwei Jahre Begegnungen. Rückgängig entfernt es wieder.',
  sample: 'Beispielnetzwerk erkunden',
  sampleLoaded:
    'Das Beispielnetzwerk wurde geladen: {{people}} Personen, {{encounters}} Begegnungen. Rückgängig mit Strg+Z.',
  privacy: 'Alles bleibt in einer Datei auf diesem Computer. Tiefgang stellt keine Netzwerkverbindungen her.',
} satisfies typeof en;
