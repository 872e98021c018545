/**
 * Likely duplicates among the people an import creates: the same name as someone who has other
 * e-mail addresses, a shared phone number, or a name one or two letters away (Jon/John, Meier/Maier).
 * Comparisons are limited to people sharing a name word, so 5,000 contacts cost thousands of
 * comparisons, not millions.
 */

import {
  isEmail,
  nameKey,
  nameKeys,
  normaliseEmail,
  normalisePhone,
  phoneKey,
  unionBy,
} from '../../shared/domain/names';
import { MIN_SIMILAR_LENGTH, nameTyposAllowed, similarNames } from '../../shared/domain/person-match';
import type { Person } from '../../shared/domain/schema';
import type { DuplicateReason, LikelyDuplicate } from './types';

/** Words shared by more people than this are too common to find look-alikes by (e.g. "anna"). */
const MAX_BLOCK = 100;

export function findLikelyDuplicates(
  newPeople: readonly Person[],
  existingPeople: readonly Person[],
  sameName: ReadonlyMap<string, string>,
  current: (id: string) => Person | undefined,
): LikelyDuplicate[] {
  const newIds = new Set(newPeople.map((p) => p.id));
  const byPhone = new Map<string, string>();
  const byWord = new Map<string, string[]>();
  const people = new Map<string, Person>();
  const keys = new Map<string, string>();
  const add = (person: Person) => {
    people.set(person.id, person);
    keys.set(person.id, nameKey(comparableName(person.displayName)));
    for (const phone of person.phones) {
      const key = phoneKey(phone);
      if (key && !byPhone.has(key)) byPhone.set(key, person.id);
    }
    for (const word of words(person.displayName)) {
      const list = byWord.get(word);
      if (!list) byWord.set(word, [person.id]);
      else if (list.length <= MAX_BLOCK) list.push(person.id);
    }
  };
  for (const person of existingPeople) add(current(person.id) ?? person);

  const result: LikelyDuplicate[] = [];
  for (const person of newPeople) {
    const found = lookAlike(person, sameName, byPhone, byWord, people, keys);
    if (found) {
      const other = people.get(found.otherId)!;
      result.push({
        newPersonId: person.id,
        newPersonName: person.displayName,
        otherId: other.id,
        otherName: other.displayName,
        otherIsNew: newIds.has(other.id),
        reason: found.reason,
        proposedMerge: {
          keepId: other.id,
          removeId: person.id,
          displayName: other.displayName,
          emails: unionBy(other.emails, person.emails, normaliseEmail),
          phones: unionBy(other.phones, person.phones, normalisePhone),
        },
      });
    }
    add(person);
  }
  return result;
}

/**
 * The name to compare: a person known only by an address (`anna.berg@example.org`) is compared by the
 * part before the @, read as words, so they meet "Anna Berg".
 */
function comparableName(displayName: string): string {
  return isEmail(displayName) ? displayName.split('@')[0]!.replace(/[._+-]+/g, ' ') : displayName;
}

function words(name: string): string[] {
  return [...new Set(nameKeys(comparableName(name)).flatMap((k) => k.split(' ')))].filter(
    (w) => w.length >= 2,
  );
}

function lookAlike(
  person: Person,
  sameName: ReadonlyMap<string, string>,
  byPhone: ReadonlyMap<string, string>,
  byWord: ReadonlyMap<string, string[]>,
  people: ReadonlyMap<string, Person>,
  keys: ReadonlyMap<string, string>,
): { otherId: string; reason: DuplicateReason } | null {
  const named = sameName.get(person.id);
  if (named && people.has(named)) return { otherId: named, reason: 'same-name' };
  for (const phone of person.phones) {
    const key = phoneKey(phone);
    const other = key ? byPhone.get(key) : undefined;
    if (other && other !== person.id) return { otherId: other, reason: 'shared-phone' };
  }
  const key = nameKey(comparableName(person.displayName));
  if (key.length < MIN_SIMILAR_LENGTH) return null;
  const max = nameTyposAllowed(key.length);
  const seen = new Set<string>();
  for (const word of words(person.displayName)) {
    const block = byWord.get(word) ?? [];
    if (block.length > MAX_BLOCK) continue;
    for (const id of block) {
      if (seen.has(id) || id === person.id) continue;
      seen.add(id);
      const otherKey = keys.get(id)!;
      if (Math.abs(otherKey.length - key.length) > max) continue;
      if (otherKey === key) return { otherId: id, reason: 'same-name' };
      if (similarNames(key, otherKey)) return { otherId: id, reason: 'similar-name' };
    }
  }
  return null;
}
