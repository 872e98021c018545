import type en from '../en/engine';

export default {
  ring: {
    '1': 'Ring 1',
    '2': 'Ring 2',
    '3': 'Ring 3',
    '4': 'Ring 4',
    known: 'Bekannt',
    'not-met': 'Noch nicht getroffen',
  },
  ringHint: {
    '1': 'Kontakt etwa wöchentlich (höchstens 5)',
    '2': 'Kontakt etwa monatlich (höchstens 15 mit Ring 1)',
    '3': 'Kontakt etwa alle drei Monate (höchstens 50 mit Ring 1–2)',
    '4': 'Kontakt etwa jährlich (höchstens 150 mit Ring 1–3)',
    known: 'getroffen, ohne einen Rhythmus, der zu einem Ring passt',
    'not-met': 'noch kein Kontakt erfasst',
  },
  status: {
    ok: 'Im Rhythmus',
    due: 'Fällig',
    overdue: 'Überfällig',
    lapsing: 'Schläft ein',
    new: 'Einmal getroffen',
    none: 'Nie getroffen',
  },
  cadenceSource: {
    user: 'Ihr eigener Rhythmus',
    learned: 'aus Ihren Kontakten gelernt',
    ring: 'der übliche Rhythmus des Rings',
  },
  every: {
    day_one: 'jeden Tag',
    day_other: 'alle {{count}} Tage',
    week_one: 'jede Woche',
    week_other: 'alle {{count}} Wochen',
    month_one: 'jeden Monat',
    month_other: 'alle {{count}} Monate',
    year_one: 'jedes Jahr',
    year_other: 'alle {{count}} Jahre',
  },
  ago: {
    day_zero: 'heute',
    day_one: 'gestern',
    day_other: 'vor {{count}} Tagen',
    week_one: 'vor einer Woche',
    week_other: 'vor {{count}} Wochen',
    month_one: 'vor einem Monat',
    month_other: 'vor {{count}} Monaten',
    year_one: 'vor einem Jahr',
    year_other: 'vor {{count}} Jahren',
  },
  neglect: {
    reason: 'meist {{every}} – zuletzt {{ago}} gesehen',
    reasonUser: 'gewünscht {{every}} – zuletzt {{ago}} gesehen',
  },
  explain: {
    rhythm: {
      weekly: 'einen wöchentlichen Rhythmus',
      monthly: 'einen monatlichen Rhythmus',
      quarterly: 'einen vierteljährlichen Rhythmus',
      yearly: 'einen jährlichen Rhythmus',
    },
    period: {
      weekly_one: 'Woche',
      weekly_other: '{{count}} Wochen',
      monthly_one: 'Monat',
      monthly_other: '{{count}} Monate',
      quarterly_one: 'Quartal',
      quarterly_other: '{{count}} Quartale',
      yearly_one: 'Jahr',
      yearly_other: '{{count}} Jahre',
    },
    ring: {
      rhythm_one: 'Ring {{ring}}: Ihr Kontakt hält {{rhythm}}.',
      rhythm_other:
        'Ring {{ring}}: Ihr Kontakt hält {{rhythm}} – Kontakt in {{covered}} der letzten {{period}}.',
      capped_one:
        'Hält {{rhythm}}, aber Ring {{band}} ist mit stärkeren Beziehungen voll, daher Ring {{ring}}.',
      capped_other:
        'Hält {{rhythm}} (Kontakt in {{covered}} der letzten {{period}}), aber Ring {{band}} ist mit stärkeren Beziehungen voll, daher Ring {{ring}}.',
      noRhythm_one:
        'Bekannt, noch in keinem Ring: im letzten Jahr getroffen; ein jährlicher Rhythmus braucht Kontakt in {{needed}} Jahren hintereinander.',
      noRhythm_other:
        'Bekannt, in keinem Ring: Kontakt in {{covered}} der letzten {{period}} ergibt keinen Rhythmus eines Rings (ein jährlicher braucht {{needed}}).',
      notMet:
        'Noch nicht getroffen: Erfassen Sie eine erste Begegnung, dann ordnet die Karte die Person nach Ihrem Rhythmus ein.',
    },
    depth:
      'Tiefe {{depth}} %: {{days}} und {{hours}} in den letzten 12 Monaten, {{encounters}}; letzter Kontakt {{ago}}.',
    daysWithContact_one: '{{count}} Tag mit Kontakt',
    daysWithContact_other: '{{count}} Tage mit Kontakt',
    hoursTogether_one: '{{count, number}} Stunde gemeinsam',
    hoursTogether_other: '{{count, number}} Stunden gemeinsam',
    encountersInAll_one: 'insgesamt {{count}} Begegnung',
    encountersInAll_other: 'insgesamt {{count}} Begegnungen',
    reciprocal: 'Der Kontakt geht in beide Richtungen: Sie und die Person melden sich beide.',
    oneSided: 'Der Kontakt ist überwiegend einseitig: meist meldet sich nur eine Seite.',
    closeness: 'Ihre Einschätzung der Nähe, {{rating}} von 5, macht {{share}} % der Tiefe aus.',
    pinned: 'Sie haben die Person an Ring {{ring}} geheftet: dort möchten Sie sie haben.',
    status: 'Rhythmus: {{reason}} ({{status}}).',
    dataUntil:
      'Ihre importierten Daten zu dieser Person enden am {{date, datetime(dateStyle: long; timeZone: UTC)}}: Stille danach zählt nicht als Vernachlässigung.',
    planned_one: 'Eine geplante Begegnung steht bevor: Sie zählt, sobald ihr Tag vorbei ist.',
    planned_other: '{{count}} geplante Begegnungen stehen bevor: Sie zählen, sobald ihr Tag vorbei ist.',
  },
  review: {
    section: {
      overdue: 'Überfällig',
      'due-soon': 'Diese Woche fällig',
      'stalled-prospect': 'Ins Stocken geratene Interessenten',
      drifted: 'Kürzlich nach außen gerückt',
    },
    stalled: '{{touches}} von {{goal}} Kontakten – letzter Kontakt {{ago}}',
    stalledNever: 'noch kein Kontakt ({{touches}} von {{goal}})',
    drifted: 'von {{from}} zu {{to}} Kontakt innerhalb von {{months}} Monaten',
    rhythm: {
      '1': 'wöchentlichem',
      '2': 'monatlichem',
      '3': 'vierteljährlichem',
      '4': 'jährlichem',
      none: 'keinem regelmäßigen',
    },
  },
  cli: {
    placeholder: { date: '<JJJJ-MM-TT>', count: '<n>', person: '<Name oder ID>' },
    optJson: 'JSON statt einer Tabelle ausgeben.',
    optAsOf: 'Zum Stand dieses Tages rechnen (Standard: heute). Spätere Begegnungen zählen nicht.',
    badAsOf:
      '{{command}}: --as-of „{{value}}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2026-06-30.',
    badLimit: '{{command}}: --limit „{{value}}“ ist keine ganze Zahl ab 1.',
    noDataFile:
      'Unter {{file}} gibt es noch keine Datendatei, also gibt es nichts zu zählen. Erfassen Sie zuerst jemanden („tiefgang people add“) oder geben Sie --db an.',
    stats: {
      summary: 'Die Tiefe Ihres Netzwerks: Stärke, Ringe, Rhythmus und Status je Person.',
      usage: 'stats [--json] [--as-of <JJJJ-MM-TT>] [--explain <Name oder ID>]',
      description:
        'Berechnet alle Werte des Tiefenmodells (docs/depth-model.md) zum Stand eines Tages: für jede Person Stärke, Tiefe, Ring und Drift, Rhythmus und Status, und für das ganze Netzwerk, wie viele Sie in den letzten 12 Monaten getroffen haben, welchen Anteil der Stärke die stärksten 15 halten, und den Gini-Koeffizienten.',
      heading: 'Ihr Netzwerk zum {{date}}',
      people_one: '{{count}} Person',
      people_other: '{{count}} Personen',
      encounters_one: '{{count}} Begegnung',
      encounters_other: '{{count}} Begegnungen',
      line: '{{people}}, {{encounters}}; {{met}} in den letzten 12 Monaten getroffen.',
      depth: 'Die stärksten 15 halten {{share}} der gesamten Stärke; Gini-Koeffizient {{gini}}.',
      rings:
        'Ringe: 1: {{r1}} · 2: {{r2}} · 3: {{r3}} · 4: {{r4}} · bekannt: {{known}} · noch nicht getroffen: {{notMet}}',
      empty: 'Noch niemand erfasst.',
      optExplain:
        'Eine Person erklären (nach Name oder ID): warum sie in ihrem Ring ist und woraus sich ihre Tiefe zusammensetzt.',
      explainHeading: '{{name}} zum {{date}}',
      explainUnknown:
        'stats: Niemand heißt „{{value}}“ oder hat diese ID. Prüfen Sie die Schreibweise oder zeigen Sie alle mit „tiefgang stats“.',
      explainAmbiguous:
        'stats: Mehrere Personen heißen „{{value}}“ (IDs {{ids}}); geben Sie stattdessen eine der IDs an.',
      column: {
        name: 'Name',
        ring: 'Ring',
        strength: 'Stärke',
        depth: 'Tiefe',
        lastContact: 'Letzter Kontakt',
        contactDays: 'Tage',
        cadence: 'Rhythmus (T)',
        overdue: 'Überfällig',
        status: 'Status',
        touches: 'Kontakte',
        drift: 'vor 6 / 12 Mon.',
      },
    },
    neglected: {
      summary:
        'Der Wochenrückblick: wer überfällig ist, ins Stocken geratene Interessenten, nach außen gerückte Beziehungen, wer fällig ist.',
      usage: 'neglected [--json] [--limit <n>] [--as-of <JJJJ-MM-TT>]',
      description:
        'Überfällig: wer einen Rhythmus hatte (in jedem Ring), angeheftet, als nah bewertet (4 oder 5) ist oder einen von Ihnen gesetzten Rhythmus hat und seit mindestens dem {{ratio}}-Fachen des üblichen Rhythmus nicht gesehen wurde – gereiht nach Tiefe × log2(1 + Überfälligkeit). Ins Stocken geratene Interessenten: unter dem Kontaktziel und seit {{stalled}} Tagen kein Kontakt. Nach außen gerückt: in einem weiter außen liegenden Ring als vor {{months}} Monaten. Diese Woche fällig: über dem üblichen Rhythmus und innerhalb von sieben Tagen fällig. Jede Person erscheint einmal, im ersten zutreffenden Abschnitt.',
      optLimit: 'Höchstens so viele je Abschnitt zeigen (Standard: alle).',
      heading: 'Rückblick zum {{date}}',
      section: '{{title}} ({{count}})',
      none: 'Zum {{date}} gibt es nichts zu besprechen: niemand ist überfällig, fällig oder nach außen gerückt, und kein Interessent ist ins Stocken geraten.',
      item: '{{rank}}. {{name}} ({{ring}}): {{reason}}',
      more_one: '… und {{count}} weitere (mit --limit mehr zeigen).',
      more_other: '… und {{count}} weitere (mit --limit mehr zeigen).',
    },
  },
} satisfies typeof en;
