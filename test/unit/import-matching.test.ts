/** Matching people (e-mail first, then normalised name), likely duplicates, merges and re-imports. */

import { describe, expect, it } from 'vitest';
import {
  acceptMerges,
  applyImport,
  ImportError,
  type ImportFormat,
  parseImport,
  planImport,
} from '../../electron/import/index';
import { editDistance } from '../../shared/domain/names';
import { type Database, emptyDatabase, type Person } from '../../shared/domain/schema';
import { person } from '../harness/fixtures';

const NOW = '2026-01-01T00:00:00.000Z';

function db(...people: Person[]): Database {
  return { ...emptyDatabase(), people };
}

function plan(format: ImportFormat, text: string, data: Database, ownerEmails: string[] = []) {
  let n = 0;
  return planImport(parseImport(format, 'in', text), data, {
    now: NOW,
    newId: () => `new-${++n}`,
    ownerEmails,
  });
}

function applied(preview: ReturnType<typeof plan>, data: Database): Database {
  const draft = structuredClone(data);
  applyImport(preview, draft);
  return draft;
}

const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe('matching', () => {
  it('matches by e-mail first, whatever the case, and only adds to the existing record', () => {
    const existing = person('p1', {
      displayName: 'Anna Berg',
      emails: ['Anna.Berg@Example.org'],
      organisation: 'Berg KG',
    });
    const preview = plan(
      'vcard',
      card(['FN:A. Berg', 'ORG:Other Ltd', 'EMAIL:anna.berg@example.org', 'TEL:+49 171 1', 'TITLE:CEO']),
      db(existing),
    );
    expect(preview.newPeople).toEqual([]);
    expect(preview.matchedPeople).toEqual([
      {
        lines: [1],
        existingId: 'p1',
        existingName: 'Anna Berg',
        by: 'email',
        added: ['phones', 'role'],
        updated: { ...existing, phones: ['+49 171 1'], role: 'CEO', updatedAt: NOW },
        original: existing,
      },
    ]);
    // The name and the organisation the user has are kept.
    const after = applied(preview, db(existing));
    expect(after.people).toEqual([{ ...existing, phones: ['+49 171 1'], role: 'CEO', updatedAt: NOW }]);
  });

  it('matches names regardless of case, diacritics, "Family, Given" order and extra spaces', () => {
    const joerg = person('p1', { displayName: 'Jörg Müller' });
    const text = [
      'date,participants,channel',
      '2025-01-01,"müller,  jörg",call',
      '2025-01-02,Jorg Muller,call',
      '2025-01-03,JOERG   MUELLER,call',
      '2025-01-04,Jörg Müller <jm@example.de>,call',
    ].join('\n');
    const preview = plan('encounters-csv', text, db(joerg));
    expect(preview.newPeople).toEqual([]);
    expect(preview.encounters.map((e) => e.encounter.participants)).toEqual([['p1'], ['p1'], ['p1'], ['p1']]);
    expect(preview.matchedPeople).toMatchObject([
      { existingId: 'p1', by: 'name', lines: [2, 3, 4, 5], added: ['emails'] },
    ]);
    expect(preview.matchedPeople[0]!.updated?.emails).toEqual(['jm@example.de']);
  });

  it('does not trust a name when both sides have different e-mail addresses: new person, likely duplicate', () => {
    const existing = person('p1', { displayName: 'Thomas Müller', emails: ['thomas@bank.example'] });
    const preview = plan('vcard', card(['FN:Thomas Müller', 'EMAIL:tm@football.example']), db(existing));
    expect(preview.newPeople.map((p) => p.person.emails)).toEqual([['tm@football.example']]);
    expect(preview.likelyDuplicates).toEqual([
      {
        newPersonId: 'new-1',
        newPersonName: 'Thomas Müller',
        otherId: 'p1',
        otherName: 'Thomas Müller',
        otherIsNew: false,
        reason: 'same-name',
        proposedMerge: {
          keepId: 'p1',
          removeId: 'new-1',
          displayName: 'Thomas Müller',
          emails: ['thomas@bank.example', 'tm@football.example'],
          phones: [],
        },
      },
    ]);
  });

  it('skips an encounter whose bare name fits several people, and resolves it by e-mail', () => {
    const a = person('p1', { displayName: 'Anna Berg', emails: ['anna@one.example'] });
    const b = person('p2', { displayName: 'Anna Berg', emails: ['anna@two.example'] });
    const text = 'date,participants,channel\n2025-01-01,Anna Berg,call\n2025-01-02,anna@two.example,call\n';
    const preview = plan('encounters-csv', text, db(a, b));
    expect(preview.skipped).toEqual([{ line: 2, reason: 'ambiguous-person', detail: 'Anna Berg' }]);
    expect(preview.encounters.map((e) => e.encounter.participants)).toEqual([['p2']]);
    expect(preview.newPeople).toEqual([]); // the skipped row left nobody behind
  });

  it('leaves the owner out of encounters, by name and by address', () => {
    const data = { ...db(), settings: { ...emptyDatabase().settings, ownerName: 'Kim Example' } };
    const text =
      'date,participants,channel\n2025-01-01,Kim Example;Anna,call\n2025-01-02,"Example, Kim",call\n2025-01-03,kim@me.example,call\n';
    const preview = plan('encounters-csv', text, data, ['kim@me.example']);
    expect(preview.newPeople.map((p) => p.person.displayName)).toEqual(['Anna']);
    expect(preview.skipped).toEqual([
      { line: 3, reason: 'nobody-else' },
      { line: 4, reason: 'nobody-else' },
    ]);
  });

  it('turns one name written twice in a file into one person', () => {
    const preview = plan(
      'encounters-csv',
      'date,participants,channel\n2025-01-01,Lea;Lea,call\n2025-01-02,lea,call\n',
      db(),
    );
    expect(preview.newPeople).toEqual([expect.objectContaining({ lines: [2, 3] })]);
    expect(preview.encounters[0]!.encounter.participants).toEqual(['new-1']);
  });
});

describe('likely duplicates', () => {
  it('measures name distance with an early stop', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('meier', 'maier', 2)).toBe(1);
    expect(editDistance('anna', 'anna', 1)).toBe(0);
    expect(editDistance('jon smith', 'jonathan smythe', 2)).toBe(3); // over the limit: max + 1
    expect(editDistance('x'.repeat(100), `${'x'.repeat(99)}y`, 1)).toBe(1); // longer than the reused rows
  });

  it('reports a shared phone number (different prefixes) and similar names', () => {
    const tom = person('p1', { displayName: 'Tom Schulz', phones: ['+49 171 5550101'] });
    const meier = person('p2', { displayName: 'Hans Meier' });
    const text = [
      card(['FN:Thomas Schulz', 'TEL:0171 555 0101']),
      card(['FN:Hans Maier']),
      card(['FN:Zoe Quist']),
    ].join('\r\n');
    const preview = plan('vcard', text, db(tom, meier));
    expect(preview.likelyDuplicates.map((d) => [d.newPersonName, d.otherName, d.reason])).toEqual([
      ['Thomas Schulz', 'Tom Schulz', 'shared-phone'],
      ['Hans Maier', 'Hans Meier', 'similar-name'],
    ]);
    expect(preview.counts).toMatchObject({ newPeople: 3, likelyDuplicates: 2 });
  });

  it('merges accepted duplicates into the person they resemble, with their encounters', () => {
    const tom = person('p1', { displayName: 'Tom Schulz', phones: ['+49 171 5550101'] });
    const data = db(tom);
    const text = [
      'date,participants,channel',
      '2025-01-01,Tom Schulz,call',
      '2025-01-02,Jon Smithers,call',
      '2025-01-03,John Smithers,call',
    ].join('\n');
    const preview = plan('encounters-csv', text, data);
    expect(preview.likelyDuplicates.map((d) => [d.newPersonName, d.otherName])).toEqual([
      ['John Smithers', 'Jon Smithers'],
    ]);
    const merged = acceptMerges(preview, 'all', data, NOW);
    expect(merged.newPeople.map((p) => [p.person.displayName, p.lines])).toEqual([['Jon Smithers', [3, 4]]]);
    expect(merged.likelyDuplicates).toEqual([]);
    const jon = merged.newPeople[0]!.person.id;
    expect(merged.encounters.map((e) => e.encounter.participants)).toEqual([['p1'], [jon], [jon]]);
    const after = applied(merged, data);
    expect(after.people.map((p) => p.displayName)).toEqual(['Tom Schulz', 'Jon Smithers']);
  });

  it('can merge a new person into an existing one', () => {
    const tom = person('p1', { displayName: 'Tom Schulz', phones: ['+49 171 5550101'] });
    const preview = plan(
      'vcard',
      card(['FN:Thomas Schulz', 'TEL:0171 555 0101', 'EMAIL:t@s.example']),
      db(tom),
    );
    const merged = acceptMerges(preview, [preview.likelyDuplicates[0]!.newPersonId], db(tom), NOW);
    expect(merged.newPeople).toEqual([]);
    expect(merged.matchedPeople).toMatchObject([{ existingId: 'p1', updated: { emails: ['t@s.example'] } }]);
    expect(applied(merged, db(tom)).people).toHaveLength(1);
  });
});

describe('applying', () => {
  it('adds nothing when the same file is imported twice', () => {
    const text = [
      'date,participants,channel,context,duration_min,notes',
      '2025-01-01,Anna <a@x.example>;Ben,call,Club,30,hello',
      '2025-01-01,Anna <a@x.example>;Ben,call,Club,30,hello',
      '2025-01-02,Ben,message,,,',
      '2025-01-03,Ben;ben;Anna <a@x.example>,call,,,',
    ].join('\n');
    const once = applied(plan('encounters-csv', text, db()), db());
    expect(once.encounters).toHaveLength(4); // the repeated row is a second encounter in the file
    expect(once.encounters[3]!.participants).toHaveLength(2); // Ben named twice takes part once
    const again = plan('encounters-csv', text, once);
    expect(again.counts).toMatchObject({ newPeople: 0, encounters: 0, newContexts: 0, skipped: 4 });
    expect(again.skipped.map((s) => s.reason)).toEqual(Array(4).fill('already-present'));
    const ties = 'person_a,person_b\nAnna,Ben\n';
    const withTie = applied(plan('ties-csv', ties, once), once);
    expect(plan('ties-csv', 'person_a,person_b\nBen,Anna\n', withTie).skipped).toEqual([
      { line: 2, reason: 'already-present' },
    ]);
  });

  it('refuses a preview made against other data', () => {
    const preview = plan('encounters-csv', 'date,participants,channel\n2025-01-01,Anna,call\n', db());
    const changed = db(person('p9', { displayName: 'Someone' }));
    const error = (() => {
      try {
        applyImport(preview, changed);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).reason).toBe('stale-preview');
    expect(changed.people).toHaveLength(1);
  });

  it('restores a JSON backup by merge (newer record wins) or replace', () => {
    const old = person('p1', { displayName: 'Anna', updatedAt: '2025-01-01T00:00:00.000Z' });
    const newer = person('p1', { displayName: 'Anna Berg', updatedAt: '2025-06-01T00:00:00.000Z' });
    const other = person('p2', { displayName: 'Ben' });
    const current = db(old, other);
    const backup = JSON.stringify(db(newer, person('p3', { displayName: 'Cem' })));
    const merge = planImport(parseImport('json', 'b.json', backup), current, { now: NOW, newId: () => 'x' });
    expect(merge.counts).toMatchObject({ newPeople: 1, matchedPeople: 1, removedPeople: 0 });
    expect(applied(merge, current).people.map((p) => p.displayName)).toEqual(['Anna Berg', 'Ben', 'Cem']);
    const replace = planImport(parseImport('json', 'b.json', backup), current, {
      now: NOW,
      newId: () => 'x',
      jsonMode: 'replace',
    });
    expect(replace.counts).toMatchObject({ removedPeople: 1 });
    expect(applied(replace, current).people.map((p) => p.displayName)).toEqual(['Anna Berg', 'Cem']);
  });
});

describe('values longer than Tiefgang keeps', () => {
  const family = '👩‍👩‍👧‍👦'; // one grapheme of 11 UTF-16 units
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  /** `kept` is `original` cut after whole graphemes, plus an ellipsis. */
  const cutOnGraphemes = (original: string, kept: string) => {
    expect(kept.endsWith('…')).toBe(true);
    const prefix = kept.slice(0, -1);
    expect(original.startsWith(prefix)).toBe(true);
    const boundaries = new Set([...segmenter.segment(original)].map((s) => s.index));
    expect(boundaries.has(prefix.length)).toBe(true);
    expect(kept).not.toMatch(lone);
  };

  it('reports every shortening with its line and cuts between graphemes, never inside an emoji', () => {
    const name = `${'N'.repeat(195)}${family.repeat(3)}`;
    const notes = `${'x'.repeat(19_990)}${family.repeat(5)} end`;
    const org = `${'O'.repeat(198)}😀😀`;
    const csv = [
      'display_name,organisation,phones,tags,emails,urls,contexts,notes',
      `"${name}",${org},${'+43 '.repeat(20)},${'t'.repeat(90)},${'a'.repeat(400)}@example.org,https://example.org/${'p'.repeat(2100)},${'C'.repeat(250)},${notes}`,
      'Short Name,Org,+43 1,tag,,,,fine',
    ].join('\n');
    const preview = plan('people-csv', csv, db());
    const [long, short] = preview.newPeople.map((p) => p.person);
    cutOnGraphemes(name, long!.displayName);
    expect(long!.displayName.length).toBeLessThanOrEqual(200);
    cutOnGraphemes(notes, long!.notes);
    expect(long!.notes.length).toBeLessThanOrEqual(20_000);
    cutOnGraphemes(org, long!.organisation!);
    expect(long!.emails).toEqual([]);
    expect(long!.urls).toEqual([]);
    expect(short!.displayName).toBe('Short Name');
    expect(preview.shortened).toEqual([
      { line: 2, field: 'displayName', length: name.length, kept: long!.displayName.length },
      { line: 2, field: 'emails', length: 412, kept: 0 },
      { line: 2, field: 'phones', length: 79, kept: 64 },
      { line: 2, field: 'urls', length: 2120, kept: 0 },
      { line: 2, field: 'tags', length: 90, kept: 80 },
      { line: 2, field: 'context', length: 250, kept: 200 },
      { line: 2, field: 'organisation', length: org.length, kept: long!.organisation!.length },
      { line: 2, field: 'notes', length: notes.length, kept: long!.notes.length },
    ]);
    expect(preview.counts.shortened).toBe(8);
    expect(preview.notices).toEqual([{ code: 'shortened', values: { count: 8 } }]);
    expect(preview.newContexts[0]!.name).toBe(`${'C'.repeat(199)}…`);
  });

  it('reports shortened encounter notes and tie notes too, and nothing when all fits', () => {
    const encounters = plan(
      'encounters-csv',
      `date,participants,channel,notes\n2025-01-01,Anna,call,${family.repeat(2000)}\n2025-01-02,Anna,call,ok\n`,
      db(),
    );
    expect(encounters.shortened).toEqual([
      {
        line: 2,
        field: 'encounterNotes',
        length: 22_000,
        kept: encounters.encounters[0]!.encounter.notes.length,
      },
    ]);
    cutOnGraphemes(family.repeat(2000), encounters.encounters[0]!.encounter.notes);
    const ties = plan('ties-csv', `person_a,person_b,note\nAnna,Ben,${'n'.repeat(2500)}\n`, db());
    expect(ties.shortened).toEqual([{ line: 2, field: 'tieNote', length: 2500, kept: 2000 }]);
    const fine = plan('people-csv', 'display_name,emails\nAnna,a@example.org\n', db());
    expect(fine.shortened).toEqual([]);
    expect(fine.notices).toEqual([]);
    expect(fine.counts.shortened).toBe(0);
  });
});
