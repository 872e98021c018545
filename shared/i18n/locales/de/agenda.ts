import type en from '../en/agenda';

// Die Agenda: was ansteht (fällige Kontakte, Geburtstage und Daten, nächste Schritte), die Erinnerung und die Kalenderdatei.
export default {
  item: {
    overdue: 'Mit {{name}} in Kontakt treten: überfällig, {{reason}}',
    due: 'Mit {{name}} in Kontakt treten: {{reason}}',
    birthday: 'Geburtstag von {{name}}',
    birthdayAge: 'Geburtstag von {{name}} ({{age}})',
    date: '{{label}}: {{name}}',
    dateYears_one: '{{label}}: {{name}} ({{count}} Jahr)',
    dateYears_other: '{{label}}: {{name}} ({{count}} Jahre)',
    nextStep: 'Nächster Schritt mit {{name}}: {{text}}',
  },
  cli: {
    summary:
      'Was ansteht: fällige Kontakte, Geburtstage und Daten, nächste Schritte; oder eine Kalenderdatei davon.',
    usage: 'agenda [--days <n>] [--as-of <JJJJ-MM-TT>] [--json] | agenda --ics [--out <datei>]',
    description:
      'Zeigt, was ab dem Tag (Standard: heute) in den nächsten {{days}} Tagen ansteht: Personen, die nach ihrem Rhythmus fällig oder überfällig sind (wie bei „neglected“), Geburtstage und benannte Daten sowie nächste Schritte (verspätete zuerst, solche ohne Tag zuletzt). Mit --ics wird stattdessen eine iCalendar-Datei geschrieben: Geburtstage und benannte Daten als jährliche Termine, nächste Schritte mit Tag und fällige Personen als ganztägige Termine.',
    optDays: 'Wie viele Tage vorausschauen (Standard 14; 0 ist nur heute).',
    optIcs: 'Statt der Liste eine iCalendar-Datei (.ics) für ein Kalenderprogramm schreiben.',
    optOut: 'Mit --ics: den Kalender in diese Datei statt auf die Standardausgabe schreiben.',
    optForce: 'Die --out-Datei ersetzen, auch wenn sie kein von Tiefgang geschriebener Kalender ist.',
    badDays: '{{command}}: --days „{{value}}“ ist keine ganze Zahl von 0 bis {{max}}.',
    icsAndJson: '{{command}}: --ics und --json passen nicht zusammen; wählen Sie eines.',
    outNeedsIcs: '{{command}}: --out schreibt die Kalenderdatei; ergänzen Sie --ics.',
    outExists:
      '{{command}}: {{file}} gibt es schon, und es ist kein von Tiefgang geschriebener Kalender. Wählen Sie eine andere Datei oder ersetzen Sie sie mit --force.',
    icsWritten: 'Der Kalender {{file}} wurde geschrieben.',
    none: 'Von {{from}} bis {{until}} steht nichts an.',
    heading: 'Agenda von {{from}} bis {{until}}',
    group: {
      late_one: 'Verspätet ({{count}}):',
      late_other: 'Verspätet ({{count}}):',
      coming_one: 'Steht an ({{count}}):',
      coming_other: 'Steht an ({{count}}):',
      noDay_one: 'Ohne Tag ({{count}}):',
      noDay_other: 'Ohne Tag ({{count}}):',
    },
    item: '  {{date}}  {{text}}',
    itemNoDay: '  {{text}}',
  },
  calendar: {
    born: 'Geboren {{year}}',
    nextStep: 'Nächster Schritt mit {{name}}',
    due: 'Mit {{name}} in Kontakt treten',
    overdue: 'Überfällig: {{reason}}.',
    dueSoon: 'Fällig: {{reason}}.',
  },
  notify: {
    title: 'Tiefgang: in Kontakt bleiben',
    due_one: '{{count}} Person ist fällig',
    due_other: '{{count}} Personen sind fällig',
    birthday: {
      today: '{{name}} hat heute Geburtstag',
      tomorrow: '{{name}} hat morgen Geburtstag',
    },
    date: {
      today: 'heute ist {{label}} von {{name}}',
      tomorrow: 'morgen ist {{label}} von {{name}}',
    },
    nextStep: {
      late: 'der nächste Schritt mit {{name}} ist überfällig',
      today: 'der nächste Schritt mit {{name}} ist heute fällig',
      tomorrow: 'der nächste Schritt mit {{name}} ist morgen fällig',
    },
    more_one: 'und {{count}} weitere',
    more_other: 'und {{count}} weitere',
  },
} satisfies typeof en;
