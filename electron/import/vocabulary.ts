/**
 * Words people write in CSV cells, in English and German, mapped to the domain's values. Keys are
 * compared after lower-casing and folding spaces, dashes and underscores, so "E-Mail", "e_mail" and
 * "email" are one word.
 */
import {
  CHANNELS,
  type Channel,
  type Initiator,
  PERSON_KINDS,
  type PersonKind,
  TIE_KINDS,
  type TieKind,
} from '../../shared/domain/schema';

export function vocabKey(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\s_\-/.]+/g, '');
}

function table<T extends string>(ids: readonly T[], words: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const id of ids) {
    map.set(vocabKey(id), id);
    for (const word of words[id]) map.set(vocabKey(word), id);
  }
  return map;
}

const channels = table<Channel>(CHANNELS, {
  in_person: ['in person', 'meeting', 'persönlich', 'persoenlich', 'treffen', 'vor ort', 'face to face'],
  event: ['group', 'veranstaltung', 'gruppe', 'event / group', 'veranstaltung / gruppe'],
  call: ['phone', 'phone call', 'anruf', 'telefon', 'telefonat'],
  video: ['video call', 'videocall', 'videoanruf', 'video-anruf', 'videokonferenz'],
  message: ['chat', 'sms', 'text', 'nachricht', 'messenger'],
  email: ['e-mail', 'mail'],
  social: ['social media', 'soziale medien', 'social network'],
});

const tieKinds = table<TieKind>(TIE_KINDS, {
  knows: ['kennt', 'kennen sich', 'know each other'],
  introduced: ['vorgestellt', 'introduced by', 'vermittelt'],
  works_with: ['works with', 'arbeitet mit', 'arbeiten zusammen', 'kollegen', 'colleagues'],
  family: ['familie', 'verwandt', 'related'],
});

const personKinds = table<PersonKind>(PERSON_KINDS, {
  client: ['kunde', 'kundin', 'customer'],
  prospect: ['interessent', 'interessentin', 'lead'],
  partner: ['geschäftspartner', 'partnerin'],
  colleague: ['kollege', 'kollegin'],
  friend: ['freund', 'freundin', 'friends'],
  family: ['familie'],
  other: ['andere', 'sonstige'],
});

const initiators = table<Initiator>(['me', 'them'], {
  me: ['ich', 'i', 'myself', 'self'],
  them: ['sie', 'they', 'er', 'other', 'andere', 'gegenüber'],
});

export const channelFrom = (word: string): Channel | undefined => channels.get(vocabKey(word));
export const tieKindFrom = (word: string): TieKind | undefined => tieKinds.get(vocabKey(word));
export const personKindFrom = (word: string): PersonKind | undefined => personKinds.get(vocabKey(word));
export const initiatorFrom = (word: string): Initiator | undefined => initiators.get(vocabKey(word));
