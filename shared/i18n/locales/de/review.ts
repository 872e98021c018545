import type en from '../en/review';

// Die Überprüfung: wen treffen.
export default {
  title: 'Wen sollte ich treffen?',
  count_one: '{{count}} Person',
  count_other: '{{count}} Personen',
  intro:
    'Ihre Woche: wer überfällig ist (seit dem {{ratio}}-Fachen des üblichen Rhythmus oder länger, in jedem Ring), welche Interessenten seit {{days}} Tagen keinen Kontakt hatten, wessen Rhythmus in den letzten {{months}} Monaten langsamer wurde und wer diese Woche fällig ist.',
  empty: 'Niemand ist überfällig oder fällig, und kein Interessent ist ins Stocken geraten. Gut gepflegt!',
  noContactYet: 'Noch kein Kontakt',
  emptyNoData:
    'Erfassen Sie eine Weile Begegnungen, dann erscheinen hier die Menschen, zu denen der Kontakt abreißt.',
  lastContact: 'Letzter Kontakt {{date}}',
  actionsFor: 'Aktionen für {{name}}',
  logNow: 'Begegnung erfassen',
  snoozeWeek: 'Eine Woche zurückstellen',
  snoozeMonth: 'Einen Monat zurückstellen',
  adjust: 'Rhythmus oder Ring ändern',
  archive: 'Archivieren',
  snoozed: '{{name}} ist bis {{date}} zurückgestellt.',
  unsnoozed: '{{name}} ist wieder in der Liste.',
  archived: '{{name}} wurde archiviert.',
  adjusted: 'Der Rhythmus von {{name}} wurde gespeichert.',
  ownRhythm: 'Eigener Rhythmus in Tagen',
  ownRhythmHint: 'Leer: aus dem Kontakt gelernt.',
  saveRhythm: 'Speichern',
  snoozedTitle_one: 'Zurückgestellt ({{count}})',
  snoozedTitle_other: 'Zurückgestellt ({{count}})',
  snoozedUntil: '{{name}} – bis {{date}}',
  unsnooze: 'Wieder in die Liste',
} satisfies typeof en;
