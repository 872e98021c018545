/**
 * People recorded twice: pairs that share an e-mail address or a phone number, have the same name
 * (ignoring case, accents, "Family, Given" order, ü/ue) or a name one or two letters apart. Uses the
 * import's comparison rules (shared/domain/names.ts), so "the same person" means the same everywhere.
 * Similar names are only compared within people sharing a name word, as the import does.
 */

import { nameKey, nameKeys, normaliseEmail, phoneKey } from '../../../shared/domain/names';
import { MIN_SIMILAR_LENGTH, similarNames } from '../../../shared/domain/person-match';
import type { Person } from '../../../shared/domain/schema';
import type { DuplicatePair } from '../../../shared/ipc/contract';

const MAX_BLOCK = 100;
const RANK: Record<DuplicatePair['reason'], number> = {
  'same-email': 0,
  'shared-phone': 1,
  'same-name': 2,
  'similar-name': 3,
};

export function findDuplicatePairs(people: readonly Person[]): DuplicatePair[] {
  const pairs = new Map<string, DuplicatePair>();
  const add = (x: string, y: string, reason: DuplicatePair['reason']) => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}|${b}`;
    const known = pairs.get(key);
    if (!known || RANK[reason] < RANK[known.reason]) pairs.set(key, { a, b, reason });
  };
  const groups = (keysOf: (p: Person) => Iterable<string>, reason: DuplicatePair['reason']) => {
    const byKey = new Map<string, string[]>();
    for (const person of people) {
      for (const key of new Set(keysOf(person))) {
        const list = byKey.get(key);
        if (!list) byKey.set(key, [person.id]);
        else if (list.length <= MAX_BLOCK) list.push(person.id);
      }
    }
    for (const ids of byKey.values()) {
      if (ids.length < 2 || ids.length > MAX_BLOCK) continue;
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) add(ids[i]!, ids[j]!, reason);
    }
  };
  groups((p) => p.emails.map(normaliseEmail).filter(Boolean), 'same-email');
  groups((p) => p.phones.map(phoneKey).filter((k): k is string => k !== null), 'shared-phone');
  groups((p) => nameKeys(p.displayName), 'same-name');

  // Similar names: within each block of people sharing a name word.
  const keys = new Map(people.map((p) => [p.id, nameKey(p.displayName)]));
  const byWord = new Map<string, string[]>();
  for (const person of people) {
    for (const word of new Set(
      keys
        .get(person.id)!
        .split(' ')
        .filter((w) => w.length >= 2),
    )) {
      const list = byWord.get(word);
      if (!list) byWord.set(word, [person.id]);
      else if (list.length <= MAX_BLOCK) list.push(person.id);
    }
  }
  for (const ids of byWord.values()) {
    if (ids.length < 2 || ids.length > MAX_BLOCK) continue;
    for (let i = 0; i < ids.length; i++) {
      const a = keys.get(ids[i]!)!;
      if (a.length < MIN_SIMILAR_LENGTH) continue;
      for (let j = i + 1; j < ids.length; j++) {
        if (similarNames(a, keys.get(ids[j]!)!)) add(ids[i]!, ids[j]!, 'similar-name');
      }
    }
  }
  return [...pairs.values()].sort(
    (x, y) => RANK[x.reason] - RANK[y.reason] || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}
