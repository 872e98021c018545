import type en from '../en/dashboard';

// Die Übersicht: Tiefe und Breite.
export default {
  title: 'Übersicht',
  intro:
    'Tiefe oder Breite? Wie viele verschiedene Menschen Sie treffen, wie viel Ihres Kontakts auf Ihre nächsten 15 entfällt, und wie Sie sie treffen.',
  empty: 'Erfassen Sie Begegnungen, um hier zu sehen, wie sich Ihr Netzwerken über die Monate entwickelt.',
  metLast12: 'In den letzten 12 Monaten getroffen',
  top15Now: 'Anteil der nächsten 15',
  innerRings: 'In Ring 1 und 2',
  neglected: 'Vernachlässigte Verbindungen',
  metTitle: 'Getroffene Personen pro Monat',
  metDescription:
    'Verschiedene Menschen, mit denen Sie im Monat Kontakt hatten (Reaktionen in sozialen Medien nicht gezählt): Breite.',
  shareTitle: 'Anteil des Kontakts mit den nächsten 15',
  shareDescription:
    'Wie viel der gesamten Kontaktstärke die 15 stärksten Verbindungen am Monatsende halten: Tiefe.',
  channelTitle: 'Begegnungen pro Monat nach Kanal',
  channelDescription:
    'Persönlich (mit Veranstaltungen), Anrufe und Video, schriftlicher oder Online-Kontakt.',
  group: {
    inPerson: 'Persönlich',
    calls: 'Anrufe und Video',
    online: 'Online',
  },
  month: 'Monat',
  people: 'Personen',
  share: 'Anteil',
  showTable: 'Zahlen zeigen',
} satisfies typeof en;
