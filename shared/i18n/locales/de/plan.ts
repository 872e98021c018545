import type en from '../en/plan';

// Der Plan: Wochenziele, Rhythmen der Ringe, Kontakte zum Ziel.
export default {
  title: 'Plan',
  intro:
    'Ihr Netzwerk-Masterplan: wie oft Sie jeden Ring sehen wollen, was Sie sich pro Woche vornehmen, und Ihre Interessenten.',
  goalsTitle: 'Wochenziele',
  week: 'Diese Woche: {{start}} – {{end}}',
  noGoals:
    'Noch keine Wochenziele. Legen Sie unten eines an, z. B. drei Personen der inneren Ringe persönlich.',
  goalText_one: '{{count}} Person der Ringe 1–{{ring}} {{channels}} treffen',
  goalText_other: '{{count}} Personen der Ringe 1–{{ring}} {{channels}} treffen',
  channels: {
    in_person: 'persönlich',
    calls: 'per Anruf oder Video',
    online: 'schriftlich oder online',
    any: 'auf jede Art',
  },
  goalProgress: 'bisher {{met}} von {{count}}',
  goalDone: 'Erreicht: {{met}} von {{count}}',
  remove: 'Entfernen',
  removeGoal: 'Ziel „{{goal}}“ entfernen',
  goalRemoved: 'Das Ziel wurde entfernt.',
  goalAdded: 'Das Ziel wurde hinzugefügt.',
  goalCount: 'Personen',
  goalRings: 'Aus',
  ringsUpTo: 'Ringen 1–{{ring}}',
  goalChannels: 'Wie',
  addGoal: 'Ziel hinzufügen',
  goalCountInvalid: 'Bitte eine ganze Zahl von 1 bis 100 eingeben.',
  cadenceTitle: 'Rhythmus pro Ring',
  cadenceIntro:
    'Wie oft Sie Kontakt mit den Menschen jedes Rings wollen; der eigene Rhythmus einer Person geht vor.',
  ringCadence: 'Ring {{ring}}',
  days: 'Tage',
  saveCadences: 'Rhythmen speichern',
  cadenceSaved: 'Die Rhythmen wurden gespeichert.',
  ownTitle_one: '{{count}} Person mit eigenem Rhythmus',
  ownTitle_other: '{{count}} Personen mit eigenem Rhythmus',
  ownNone:
    'Niemand hat einen eigenen Rhythmus. Setzen Sie ihn in den Details einer Person oder beim Überprüfen.',
  ownValue_one: 'jeden Tag',
  ownValue_other: 'alle {{count}} Tage',
  touchTitle: 'Kontaktziel für Interessenten',
  touchIntro:
    'Kontakte in den letzten {{months}} Monaten zum Ziel von {{goal}}, die dem Ziel nächsten zuerst.',
  touchNone:
    'Keine Interessenten. Markieren Sie Personen als „Interessent“, um ihre Kontakte hier zu verfolgen.',
  prospect: 'Interessent',
  touches: 'Kontakte',
  touchesOf: '{{touches}} von {{goal}}',
  lastContact: 'Letzter Kontakt',
  actions: 'Aktionen',
  makeClient: 'Als Kunde markieren',
  madeClient: '{{name}} ist jetzt Kunde; die Geschichte bleibt.',
} satisfies typeof en;
