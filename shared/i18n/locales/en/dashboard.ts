/** The dashboard: depth versus breadth. */
export default {
  title: 'Dashboard',
  intro:
    'Depth or breadth? How many different people you meet, how much of your contact goes to your closest 15, and how you meet.',
  empty: 'Log encounters to see here how your networking develops over the months.',
  metLast12: 'Met in the last 12 months',
  top15Now: 'Share of the closest 15',
  innerRings: 'In rings 1 and 2',
  neglected: 'Neglected ties',
  metTitle: 'People met per month',
  metDescription:
    'Different people you had contact with each month (social-media reactions not counted): breadth.',
  shareTitle: 'Share of contact with the closest 15',
  shareDescription: 'How much of all contact strength the 15 strongest ties hold at each month’s end: depth.',
  channelTitle: 'Encounters per month by channel',
  channelDescription: 'In person (with events), calls and video, and written or online contact.',
  group: {
    inPerson: 'In person',
    calls: 'Calls and video',
    online: 'Online',
  },
  month: 'Month',
  people: 'People',
  share: 'Share',
  showTable: 'Show the numbers',
};
