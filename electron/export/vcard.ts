/**
 * People → vCard 4.0 (RFC 6350), written with ical.js (escaping, folding). Fields vCard has no property
 * for travel as X-TIEFGANG-* properties, which Tiefgang's importer reads back and other programs ignore.
 */
import ICAL from 'ical.js';
import type { Database, Person } from '../../shared/domain/schema';

type Component = InstanceType<typeof ICAL.Component>;

function add(card: Component, name: string, value: string | string[], type?: string): void {
  const property = new ICAL.Property(name);
  if (type) property.resetType(type);
  if (Array.isArray(value) && name === 'categories') property.setValues(value);
  else property.setValue(value);
  card.addProperty(property);
}

export function personToVCard(person: Person, contextNames: ReadonlyMap<string, string>): string {
  const card = new ICAL.Component(['vcard', [], []]);
  add(card, 'version', '4.0');
  add(card, 'uid', `urn:tiefgang:${person.id}`);
  add(card, 'fn', person.displayName);
  if (person.givenName || person.familyName) {
    add(card, 'n', [person.familyName ?? '', person.givenName ?? '', '', '', '']);
  }
  if (person.organisation) add(card, 'org', [person.organisation]);
  if (person.role) add(card, 'title', person.role);
  for (const email of person.emails) add(card, 'email', email);
  for (const phone of person.phones) add(card, 'tel', phone, 'text');
  for (const url of person.urls) add(card, 'url', url);
  if (person.tags.length) add(card, 'categories', person.tags);
  if (person.notes) add(card, 'note', person.notes);
  if (person.kind !== 'other') add(card, 'x-tiefgang-kind', person.kind);
  if (person.closeness !== undefined) add(card, 'x-tiefgang-closeness', String(person.closeness));
  if (person.pinnedRing !== undefined) add(card, 'x-tiefgang-ring', String(person.pinnedRing));
  if (person.cadenceDays !== undefined) add(card, 'x-tiefgang-cadence-days', String(person.cadenceDays));
  if (person.archived) add(card, 'x-tiefgang-archived', 'true');
  for (const id of person.contexts) add(card, 'x-tiefgang-context', contextNames.get(id) ?? id);
  add(card, 'rev', person.updatedAt.replace(/\.\d+/, '').replace(/[-:]/g, ''));
  return card.toString().replace(/\r?\n/g, '\r\n');
}

export function exportVCard(db: Readonly<Database>): string {
  const contextNames = new Map(db.contexts.map((c) => [c.id, c.name]));
  return db.people.map((p) => `${personToVCard(p, contextNames)}\r\n`).join('');
}
