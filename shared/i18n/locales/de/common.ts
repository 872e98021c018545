import type en from '../en/common';

export default {
  appName: 'Tiefgang',
  channel: {
    in_person: 'Persönlich',
    event: 'Veranstaltung / Gruppe',
    call: 'Anruf',
    video: 'Videoanruf',
    message: 'Nachricht',
    email: 'E-Mail',
    social: 'Soziale Medien',
  },
  personKind: {
    client: 'Kunde/Kundin',
    prospect: 'Interessent/in',
    partner: 'Partner/in',
    colleague: 'Kollege/Kollegin',
    friend: 'Freund/in',
    family: 'Familie',
    other: 'Sonstige',
  },
  contextKind: {
    club: 'Verein',
    association: 'Verband',
    fair: 'Messe',
    company: 'Unternehmen',
    community: 'Gemeinschaft',
    other: 'Sonstiges',
  },
  tieKind: { knows: 'Kennt', introduced: 'Vorgestellt', works_with: 'Arbeitet mit', family: 'Familie' },
  initiator: { me: 'Ich', them: 'Die andere Seite' },
} satisfies typeof en;
