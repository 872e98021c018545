// The depth engine's words (shared/engine): rings, statuses, rhythms, neglect reasons, and the CLI's
// `stats` and `neglected` commands. Plurals use i18next's `_one` / `_other` (and `_zero` where a zero
// reads differently, e.g. "today").
export default {
  ring: {
    '1': 'Ring 1',
    '2': 'Ring 2',
    '3': 'Ring 3',
    '4': 'Ring 4',
    known: 'Known',
    'not-met': 'Not met yet',
  },
  ringHint: {
    '1': 'contact about weekly (at most 5)',
    '2': 'contact about monthly (at most 15 with ring 1)',
    '3': 'contact about every three months (at most 50 with rings 1–2)',
    '4': 'contact about yearly (at most 150 with rings 1–3)',
    known: 'met, without a rhythm that fits a ring',
    'not-met': 'no contact recorded yet',
  },
  status: {
    ok: 'In rhythm',
    due: 'Due',
    overdue: 'Overdue',
    lapsing: 'Lapsing',
    new: 'Met once',
    none: 'Never met',
  },
  cadenceSource: {
    user: 'your own rhythm',
    learned: 'learned from your contact',
    ring: 'the ring’s usual rhythm',
  },
  every: {
    day_one: 'every day',
    day_other: 'every {{count}} days',
    week_one: 'every week',
    week_other: 'every {{count}} weeks',
    month_one: 'every month',
    month_other: 'every {{count}} months',
    year_one: 'every year',
    year_other: 'every {{count}} years',
  },
  ago: {
    day_zero: 'today',
    day_one: 'yesterday',
    day_other: '{{count}} days ago',
    week_one: 'a week ago',
    week_other: '{{count}} weeks ago',
    month_one: 'a month ago',
    month_other: '{{count}} months ago',
    year_one: 'a year ago',
    year_other: '{{count}} years ago',
  },
  neglect: {
    reason: 'usually {{every}} — last seen {{ago}}',
    reasonUser: 'you wanted {{every}} — last seen {{ago}}',
  },
  explain: {
    rhythm: {
      weekly: 'a weekly rhythm',
      monthly: 'a monthly rhythm',
      quarterly: 'a quarterly rhythm',
      yearly: 'a yearly rhythm',
    },
    period: {
      weekly_one: 'week',
      weekly_other: '{{count}} weeks',
      monthly_one: 'month',
      monthly_other: '{{count}} months',
      quarterly_one: 'quarter',
      quarterly_other: '{{count}} quarters',
      yearly_one: 'year',
      yearly_other: '{{count}} years',
    },
    ring: {
      rhythm_one: 'Ring {{ring}}: your contact keeps {{rhythm}}.',
      rhythm_other:
        'Ring {{ring}}: your contact keeps {{rhythm}} — contact in {{covered}} of the last {{period}}.',
      capped_one: 'Keeps {{rhythm}}, but ring {{band}} is full with stronger ties, so ring {{ring}}.',
      capped_other:
        'Keeps {{rhythm}} (contact in {{covered}} of the last {{period}}), but ring {{band}} is full with stronger ties, so ring {{ring}}.',
      noRhythm_one:
        'Known, in no ring yet: met within the last year; a yearly rhythm needs contact in {{needed}} years in a row.',
      noRhythm_other:
        'Known, in no ring: contact in {{covered}} of the last {{period}} keeps no ring’s rhythm (a yearly one needs {{needed}}).',
      notMet: 'Not met yet: log a first encounter and the map places them by the rhythm you keep.',
    },
    depth:
      'Depth {{depth}} %: {{days}} and {{hours}} in the last 12 months, {{encounters}}; last contact {{ago}}.',
    daysWithContact_one: '{{count}} day with contact',
    daysWithContact_other: '{{count}} days with contact',
    hoursTogether_one: '{{count, number}} hour together',
    hoursTogether_other: '{{count, number}} hours together',
    encountersInAll_one: '{{count}} encounter in all',
    encountersInAll_other: '{{count}} encounters in all',
    reciprocal: 'Contact goes both ways: you and they both reach out.',
    oneSided: 'Contact is mostly one-sided: one of you does most of the reaching out.',
    closeness: 'Your closeness rating, {{rating}} of 5, makes up {{share}} % of depth.',
    pinned: 'You pinned them to ring {{ring}}: where you want them.',
    status: 'Rhythm: {{reason}} ({{status}}).',
    dataUntil:
      'Your imported data for them ends on {{date, datetime(dateStyle: long; timeZone: UTC)}}: silence after that day is not counted as neglect.',
    planned_one: 'One planned encounter ahead: it counts once its day has passed.',
    planned_other: '{{count}} planned encounters ahead: they count once their day has passed.',
  },
  review: {
    section: {
      overdue: 'Overdue',
      'due-soon': 'Due this week',
      'stalled-prospect': 'Stalled prospects',
      drifted: 'Recently drifted outward',
    },
    stalled: '{{touches}} of {{goal}} touches — last touch {{ago}}',
    stalledNever: 'no touch yet ({{touches}} of {{goal}})',
    drifted: 'from {{from}} to {{to}} contact within {{months}} months',
    rhythm: { '1': 'weekly', '2': 'monthly', '3': 'quarterly', '4': 'yearly', none: 'no regular' },
  },
  cli: {
    placeholder: { date: '<YYYY-MM-DD>', count: '<n>', person: '<name or id>' },
    optJson: 'Print JSON instead of a table.',
    optAsOf: 'Compute as of this day (default: today). Encounters after it do not count.',
    badAsOf: '{{command}}: --as-of “{{value}}” is not a date; write it as YYYY-MM-DD, e.g. 2026-06-30.',
    badLimit: '{{command}}: --limit “{{value}}” is not a whole number of 1 or more.',
    noDataFile:
      'There is no data file at {{file}} yet, so there is nothing to count. Record someone first (“tiefgang people add”) or pass --db.',
    stats: {
      summary: 'Show the depth of your network: strength, rings, rhythm and status per person.',
      usage: 'stats [--json] [--as-of <YYYY-MM-DD>] [--explain <name or id>]',
      description:
        'Computes every figure of the depth model (docs/depth-model.md) as of a day: each person’s strength, depth, ring and drift, rhythm and status, and for the whole network how many you met in the last 12 months, how much of the strength the top 15 hold, and the Gini coefficient.',
      heading: 'Your network as of {{date}}',
      people_one: '{{count}} person',
      people_other: '{{count}} people',
      encounters_one: '{{count}} encounter',
      encounters_other: '{{count}} encounters',
      line: '{{people}}, {{encounters}}; {{met}} met in the last 12 months.',
      depth: 'The strongest 15 hold {{share}} of all strength; Gini coefficient {{gini}}.',
      rings:
        'Rings: 1: {{r1}} · 2: {{r2}} · 3: {{r3}} · 4: {{r4}} · known: {{known}} · not met yet: {{notMet}}',
      empty: 'Nobody is recorded yet.',
      optExplain:
        'Explain one person (by name or id): why they are in their ring and what their depth is made of.',
      explainHeading: '{{name}} as of {{date}}',
      explainUnknown:
        'stats: nobody is called or has the id “{{value}}”. Check the spelling, or list everyone with “tiefgang stats”.',
      explainAmbiguous:
        'stats: several people are called “{{value}}” (ids {{ids}}); pass one of the ids instead.',
      column: {
        name: 'Name',
        ring: 'Ring',
        strength: 'Strength',
        depth: 'Depth',
        lastContact: 'Last contact',
        contactDays: 'Days',
        cadence: 'Rhythm (d)',
        overdue: 'Overdue',
        status: 'Status',
        touches: 'Touches',
        drift: '6 / 12 mo ago',
      },
    },
    neglected: {
      summary: 'The weekly review: who is overdue, stalled prospects, ties that drifted outward, who is due.',
      usage: 'neglected [--json] [--limit <n>] [--as-of <YYYY-MM-DD>]',
      description:
        'Overdue: anyone who kept a rhythm (any ring), is pinned, rated close (4 or 5) or has a rhythm you set, silent for at least {{ratio}} times their usual rhythm — ranked by depth × log2(1 + overdue ratio). Stalled prospects: below the touch goal and no touch for {{stalled}} days. Drifted: in a ring further out than {{months}} months ago. Due this week: past their usual rhythm and due within seven days. Each person appears once, in the first section that applies.',
      optLimit: 'Show at most this many per section (default: all).',
      heading: 'Review as of {{date}}',
      section: '{{title}} ({{count}})',
      none: 'Nothing to review as of {{date}}: nobody is overdue, due or drifting, and no prospect has stalled.',
      item: '{{rank}}. {{name}} ({{ring}}): {{reason}}',
      more_one: '… and {{count}} more (use --limit to see more).',
      more_other: '… and {{count}} more (use --limit to see more).',
    },
  },
};
