/**
 * Text that becomes SVG/XML, and text typed or pasted into the app: characters XML 1.0 forbids (most
 * C0 controls, U+FFFE/U+FFFF, lone surrogates) never reach an SVG, and control characters never reach
 * the data file — a vertical tab pasted from Word is a line break, not an invisible character that
 * later blanks a print.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCliT } from '../../electron/cli/i18n';
import { previewImport } from '../../electron/import/index';
import { buildPrintDocument, preparePrint } from '../../renderer/src/print/print-document';
import { NO_FILTERS } from '../../renderer/src/scene/filters';
import { estimateTextWidth } from '../../renderer/src/scene/labels';
import { prepareMap, sceneAt } from '../../renderer/src/scene/map-data';
import { renderSceneToSvg } from '../../renderer/src/scene/svg';
import type { Translate } from '../../renderer/src/scene/text';
import { Context, Encounter, emptyDatabase, Person, Settings } from '../../shared/domain/schema';
import { PersonDraft } from '../../shared/ipc/contract';
import { type PrintData, PrintOptions } from '../../shared/print/options';
import { cleanFileText, cleanMultiLine, cleanSingleLine } from '../../shared/text/clean-input';
import { escapeXml, xmlSafe } from '../../shared/text/xml-safe';
import { KNOWN_AS_OF, knownMapSource } from './scene-known-network';

/** The XML 1.0 `Char` production: what an XML parser accepts between tags. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('xmlSafe', () => {
  it('drops the control characters XML forbids and keeps tab, newline and carriage return', () => {
    expect(xmlSafe('Ann\vBerg')).toBe('AnnBerg');
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000ce\u001ff')).toBe('abcdef');
    expect(xmlSafe('line\none\ttab\rret')).toBe('line\none\ttab\rret');
  });

  it('replaces lone surrogates and the non-characters U+FFFE/U+FFFF, and keeps real emoji', () => {
    expect(xmlSafe('x\uD83Dy')).toBe('x\uFFFDy');
    expect(xmlSafe('x\uDE00y')).toBe('x\uFFFDy');
    expect(xmlSafe('a\uFFFEb\uFFFFc')).toBe('abc');
    expect(xmlSafe('Jürgen 😀 Groß')).toBe('Jürgen 😀 Groß');
  });

  it('returns the same string when there is nothing to do (the common case costs no copy)', () => {
    const name = 'Anna Berger';
    expect(xmlSafe(name)).toBe(name);
  });

  it('always gives text an XML parser accepts, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(XML_CHARS.test(xmlSafe(s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('escapeXml escapes markup and drops forbidden characters in one step', () => {
    expect(escapeXml('<b>"Tom" & \'Jerry\'\v</b>')).toBe(
      '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;',
    );
  });
});

describe('cleaning input', () => {
  it('turns the line breaks Word pastes into a space in a one-line field, and drops other controls', () => {
    expect(cleanSingleLine('Ann\vBerg')).toBe('Ann Berg');
    expect(cleanSingleLine('Ann\r\nBerg')).toBe('Ann Berg');
    expect(cleanSingleLine('Ann\u2028Berg\u0085x')).toBe('Ann Berg x');
    expect(cleanSingleLine('A\u0001n\u007fn\u009b')).toBe('Ann');
    expect(cleanSingleLine('Tab\there')).toBe('Tab here');
  });

  it('keeps newlines and tabs in a multi-line field, and makes other breaks newlines', () => {
    expect(cleanMultiLine('one\ntwo\tthree')).toBe('one\ntwo\tthree');
    expect(cleanMultiLine('one\vtwo\r\nthree\rfour\fend')).toBe('one\ntwo\nthree\nfour\nend');
    expect(cleanMultiLine('a\u0000b\u001bc')).toBe('abc');
  });

  it('never leaves a character XML forbids, nor a control other than newline and tab', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const one = cleanSingleLine(s);
        const many = cleanMultiLine(s);
        expect(XML_CHARS.test(one)).toBe(true);
        expect(XML_CHARS.test(many)).toBe(true);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
        expect(/[\u0000-\u001f\u007f-\u009f]/.test(one)).toBe(false);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
        expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(many)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('is applied by the schemas: names, contexts, tags and notes are stored clean', () => {
    const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    const person = Person.parse({
      id: 'p1',
      displayName: 'Ann\vBerg',
      organisation: 'ACME\u0001',
      tags: ['vip\u000b'],
      notes: 'first\vsecond',
      ...stamps,
    });
    expect(person).toMatchObject({ displayName: 'Ann Berg', organisation: 'ACME', tags: ['vip'] });
    expect(person.notes).toBe('first\nsecond');
    expect(Context.parse({ id: 'c1', name: 'Golf\u0007club', ...stamps }).name).toBe('Golfclub');
    const encounter = Encounter.parse({
      id: 'e1',
      date: '2026-01-01',
      participants: ['p1'],
      channel: 'call',
      notes: 'a\u000bb',
      ...stamps,
    });
    expect(encounter.notes).toBe('a\nb');
    expect(Settings.parse({ ownerName: 'Me\u0002' }).ownerName).toBe('Me');
    expect(PersonDraft.parse({ displayName: 'Ann\vBerg' }).displayName).toBe('Ann Berg');
  });

  it('cleans an imported file before it is parsed, keeping its rows and tabs', async () => {
    expect(cleanFileText('a,b\r\nAnn\vBerg,\u0000x\tY\n')).toBe('a,b\r\nAnn Berg,x\tY\n');
    // Long enough that two stray control characters do not make it look like a binary file.
    const others = Array.from({ length: 40 }, (_, i) => `Person ${i},friend,a note about them\r\n`).join('');
    const csv = `display_name,kind,notes\r\nAnn\vBerg,client,first\u0001\r\n${others}`;
    const preview = previewImport(
      {
        fileName: 'people.csv',
        bytes: new TextEncoder().encode(csv),
        format: 'people-csv',
        plan: {
          now: '2026-01-01T00:00:00.000Z',
          newId: (() => {
            let n = 0;
            return () => `p${++n}`;
          })(),
        },
      },
      emptyDatabase(),
    );
    expect(preview.newPeople[0]?.person).toMatchObject({ displayName: 'Ann Berg', notes: 'first' });
    expect(preview.newPeople).toHaveLength(41);
  });

  it('still refuses a name that is nothing but control characters', () => {
    expect(PersonDraft.safeParse({ displayName: '\u000b\u0001' }).success).toBe(false);
  });
});

describe('every SVG the app makes is XML, whatever the names hold', () => {
  // Names as an older version stored them (or as an importer might hand them over): not cleaned.
  const hostile = ['Ann\vBerg', 'Bo\u0001b', 'Cé\uD83D', 'D\uFFFEd'];
  const source = knownMapSource();
  const people = source.people.map((p, i) => ({
    ...p,
    displayName: hostile[i % hostile.length]! + p.displayName,
  }));
  const cliT = createCliT('en');
  const t: Translate = (key, options) => cliT(key, options ?? {}) as string;

  it('the map export (scene → SVG)', () => {
    const scene = sceneAt(prepareMap({ ...source, people }), KNOWN_AS_OF, {
      layout: 'ego',
      colourBy: 'kind',
      showTies: true,
      drift: 0,
      seed: 7,
      filters: NO_FILTERS,
      pins: {},
      ringCadenceDays: [7, 30, 90, 365],
    });
    const { svg } = renderSceneToSvg(scene, { width: 800, height: 600, t, meLabel: 'Me\u0002' });
    expect(svg).toContain('AnnBerg');
    expect(XML_CHARS.test(svg)).toBe(true);
  });

  it('every page of the print, with the title and owner name too', () => {
    const data: PrintData = {
      people: people.map((p) => ({ ...p, tags: [...p.tags], contexts: [...p.contexts] })),
      encounters: source.encounters.map((e) => ({ ...e, participants: [...e.participants] })),
      contexts: [{ id: 'c1', name: 'Club\u000b1', kind: 'club' }],
      ties: source.ties.map((x) => ({ ...x })),
      settings: { ownerName: 'Stefanie\u0001 Reiter', model: source.settings },
      mapPins: { ego: {}, force: {}, context: {} },
    };
    const options = PrintOptions.parse({
      asOf: KNOWN_AS_OF,
      title: 'Net\u0001work',
      ownerName: 'Stefanie\u0001 Reiter',
      pack: true,
      drift: true,
    });
    const model = buildPrintDocument(preparePrint(data, options.anonymise, t), options, {
      t,
      measure: estimateTextWidth,
      intlLocale: 'en-GB',
    });
    const svgs = model.pages.flatMap((page) => (page.kind === 'pack' ? [] : [page.svg]));
    expect(svgs.length).toBeGreaterThan(1);
    for (const svg of svgs) expect(XML_CHARS.test(svg)).toBe(true);
    expect(svgs[0]).toContain('Network');
  });
});
