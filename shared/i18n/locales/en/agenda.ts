/** The agenda: what is coming up (due ties, birthdays and dates, next steps), the reminder and the calendar file. */
export default {
  item: {
    overdue: 'Get in touch with {{name}}: overdue, {{reason}}',
    due: 'Get in touch with {{name}}: {{reason}}',
    birthday: 'Birthday of {{name}}',
    birthdayAge: 'Birthday of {{name}} ({{age}})',
    date: '{{label}}: {{name}}',
    dateYears_one: '{{label}}: {{name}} ({{count}} year)',
    dateYears_other: '{{label}}: {{name}} ({{count}} years)',
    nextStep: 'Next step with {{name}}: {{text}}',
  },
  cli: {
    summary: 'What is coming up: ties due, birthdays and dates, next steps; or a calendar file of it.',
    usage: 'agenda [--days <n>] [--as-of <YYYY-MM-DD>] [--json] | agenda --ics [--out <file>]',
    description:
      'Lists what is coming from the day (default: today) through the next {{days}} days: people due or overdue by their rhythm (as in “neglected”), birthdays and named dates, and next steps (late ones first, those without a day last). With --ics it writes an iCalendar file instead: birthdays and named dates as yearly events, next steps with a day and the people due as all-day events.',
    optDays: 'How many days ahead to look (default 14; 0 is today only).',
    optIcs: 'Write an iCalendar (.ics) file for a calendar app instead of the list.',
    optOut: 'With --ics: write the calendar to this file instead of standard output.',
    optForce: 'Replace the --out file even if it is not a calendar Tiefgang wrote.',
    badDays: '{{command}}: --days “{{value}}” is not a whole number from 0 to {{max}}.',
    icsAndJson: '{{command}}: --ics and --json do not go together; choose one.',
    outNeedsIcs: '{{command}}: --out writes the calendar file; add --ics.',
    outExists:
      '{{command}}: {{file}} exists and is not a calendar Tiefgang wrote. Choose another file, or add --force to replace it.',
    icsWritten: 'Wrote the calendar {{file}}.',
    none: 'Nothing coming up from {{from}} to {{until}}.',
    heading: 'Agenda from {{from}} to {{until}}',
    group: {
      late_one: 'Late ({{count}}):',
      late_other: 'Late ({{count}}):',
      coming_one: 'Coming up ({{count}}):',
      coming_other: 'Coming up ({{count}}):',
      noDay_one: 'Without a day ({{count}}):',
      noDay_other: 'Without a day ({{count}}):',
    },
    item: '  {{date}}  {{text}}',
    itemNoDay: '  {{text}}',
  },
  calendar: {
    born: 'Born in {{year}}',
    nextStep: 'Next step with {{name}}',
    due: 'Get in touch with {{name}}',
    overdue: 'Overdue: {{reason}}.',
    dueSoon: 'Due: {{reason}}.',
  },
  notify: {
    title: 'Tiefgang: keep in touch',
    due_one: '{{count}} person is due',
    due_other: '{{count}} people are due',
    birthday: {
      today: '{{name}}’s birthday is today',
      tomorrow: '{{name}}’s birthday is tomorrow',
    },
    date: {
      today: '{{name}}’s {{label}} is today',
      tomorrow: '{{name}}’s {{label}} is tomorrow',
    },
    nextStep: {
      late: 'the next step with {{name}} is overdue',
      today: 'the next step with {{name}} is due today',
      tomorrow: 'the next step with {{name}} is due tomorrow',
    },
    more_one: 'and {{count}} more',
    more_other: 'and {{count}} more',
  },
};
