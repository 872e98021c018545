// The print page composed in Node (text widths estimated): what page 1 holds for a known network and for
// the sample network, labels that never overlap, a legend for every encoding that reads in greyscale,
// the coaching pack's pages, empty rings, and anonymised prints without a single real name.
import { color } from 'd3';
import { describe, expect, it } from 'vitest';
import { createCliT } from '../../electron/cli/i18n';
import {
  buildPrintDocument,
  type PrintDocumentModel,
  preparePrint,
} from '../../renderer/src/print/print-document';
import { overlappingPairs } from '../../renderer/src/print/print-labels';
import { estimateTextWidth } from '../../renderer/src/scene/labels';
import type { Translate } from '../../renderer/src/scene/text';
import {
  type PrintData,
  PrintOptions,
  type PrintOptionsInput,
  printDataFrom,
} from '../../shared/print/options';
import { generateSampleNetwork } from '../../shared/sample/sample-network';
import { KNOWN_AS_OF, KNOWN_CONTEXTS, KNOWN_PEOPLE, knownMapSource } from './scene-known-network';

const cliT = createCliT('en');
const t: Translate = (key, options) => cliT(key, options ?? {}) as string;
const env = { t, measure: estimateTextWidth, intlLocale: 'en-GB' };

function knownData(): PrintData {
  const source = knownMapSource();
  return {
    people: source.people.map((p) => ({ ...p, tags: [...p.tags], contexts: [...p.contexts] })),
    encounters: source.encounters.map((e) => ({ ...e, participants: [...e.participants] })),
    contexts: KNOWN_CONTEXTS.map((c) => ({ id: c.key, name: c.name, kind: 'club' as const })),
    ties: source.ties.map((x) => ({ ...x })),
    settings: { ownerName: 'Stefanie Reiter', model: source.settings },
    mapPins: { ego: {}, force: {}, context: {} },
  };
}

function sampleData(): PrintData {
  const db = generateSampleNetwork({ locale: 'de', today: '2026-11-27' });
  db.settings.ownerName = 'Stefanie Reiter';
  return printDataFrom(db);
}

function build(data: PrintData, input: Partial<PrintOptionsInput> & { asOf: string }): PrintDocumentModel {
  const options = PrintOptions.parse(input);
  return buildPrintDocument(preparePrint(data, options.anonymise, t), options, env);
}

function mapPage(model: PrintDocumentModel) {
  const page = model.pages[0];
  if (page?.kind !== 'map') throw new Error('page 1 is not the map');
  return page;
}

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('page 1: the map', () => {
  const model = build(knownData(), { asOf: KNOWN_AS_OF, ownerName: 'Stefanie Reiter', landscape: true });
  const page = mapPage(model);

  it('is one SVG the size of the page, with the title, the owner and the date', () => {
    expect(page.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1122.52" height="793.7"/);
    expect(model.title).toBe('My network — as of 30 Jun 2026');
    expect(texts(page.svg)).toContain('My network — as of 30 Jun 2026');
    expect(texts(page.svg).some((s) => s.startsWith('Stefanie Reiter · As of 30 Jun 2026 · rings'))).toBe(
      true,
    );
  });

  it('labels everyone on the map with their name, none overlapping another, a node or a ring name', () => {
    const visible = model.scene.nodes.filter((n) => n.visible);
    const labels = page.result.labels;
    expect(labels.map((l) => l.id).sort()).toEqual(visible.map((n) => n.id).sort());
    for (const l of labels) expect(l.text).toBe(KNOWN_PEOPLE.find((p) => p.key === l.id)?.displayName);
    expect(overlappingPairs(labels)).toEqual([]);
    for (const l of labels) {
      const others = page.result.nodes.filter((_, i) => visible[i]!.id !== l.id);
      expect(overlappingPairs([l, ...others]).filter(([a]) => a === 0)).toEqual([]);
    }
  });

  it('writes every word once (no outlined text, which PDFs would double)', () => {
    expect(page.svg).not.toContain('paint-order');
  });

  it('has a legend for every encoding', () => {
    const entries = [...page.svg.matchAll(/data-entry="([^"]+)"/g)].map((m) => m[1]);
    expect(entries).toEqual(
      expect.arrayContaining(['rings', 'line-width', 'recency', 'neglected', 'node-size', 'node-colour']),
    );
    // Fritz is pinned to ring 1 but is not there: the "wanted ring" entry explains the mark.
    expect(entries).toContain('ring-gap');
    for (const title of ['Line width: the rhythm you keep', 'Line colour: last contact', 'Neglected tie'])
      expect(texts(page.svg)).toContain(title);
  });

  it('keeps the legend readable in greyscale: recency gets lighter with age, neglect is dashed', () => {
    const legend = page.svg.slice(page.svg.indexOf('data-entry="recency"'));
    const recency = legend.slice(0, legend.indexOf('</g>'));
    const lightness = [...recency.matchAll(/<line[^>]*stroke="([^"]+)" stroke-opacity="([\d.]+)"/g)].map(
      (m) => {
        const c = color(m[1]!)!.rgb();
        const opacity = Number(m[2]);
        // Luminance of the colour laid over white paper at its opacity.
        const over = (v: number) => (v * opacity + 255 * (1 - opacity)) / 255;
        return 0.2126 * over(c.r) + 0.7152 * over(c.g) + 0.0722 * over(c.b);
      },
    );
    expect(lightness).toHaveLength(5);
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]!).toBeGreaterThan(lightness[i - 1]!);
    const neglect = page.svg.slice(page.svg.indexOf('data-entry="neglected"'));
    expect(neglect.slice(0, neglect.indexOf('</g>'))).toContain('stroke-dasharray');
  });
});

describe('a crowded map (the sample network, A4 portrait)', () => {
  const model = build(sampleData(), { asOf: '2026-11-27' });
  const page = mapPage(model);

  it('gives every person a name, a number in the key, or counts them as unlabelled — never two labels on one spot', () => {
    const visible = model.scene.nodes.filter((n) => n.visible).length;
    const { labels, key, unlabelled } = page.result;
    expect(labels.length + unlabelled.length).toBe(visible);
    expect(overlappingPairs(labels)).toEqual([]);
    expect(key.length).toBe(labels.filter((l) => l.kind === 'number').length);
    expect(labels.filter((l) => l.kind === 'name').length).toBeGreaterThan(visible / 2);
    for (const entry of key) expect(texts(page.svg)).toContain(String(entry.number));
  });
});

describe('the coaching pack', () => {
  /** Every block of the pack's text pages, in order. */
  const blocks = (model: PrintDocumentModel) =>
    model.pages.flatMap((p) => (p.kind === 'pack' ? p.sheet.columns.flat() : []));

  it('has the drift on page 2, then the figures, the agreed actions and the notes on the text pages', () => {
    const model = build(knownData(), { asOf: KNOWN_AS_OF, pack: true, drift: true });
    expect(model.pages.map((p) => p.kind)).toEqual(['map', 'drift', 'pack']);
    const pack = model.pages[2];
    if (pack?.kind !== 'pack') throw new Error('no pack page');
    expect(pack.figures.neglected.rows.map((r) => r.name)).toContain('Dora Dorn');
    expect(pack.figures.neglected.rows.find((r) => r.name === 'Dora Dorn')?.reason).toMatch(
      /^usually every week — last seen \d+ months ago$/,
    );
    expect(pack.figures.figures.map((r) => r.id)).toEqual([
      'people',
      'met',
      'rings',
      'ring',
      'top15',
      'spread',
      'encounters',
    ]);
    expect(pack.texts.footer).toBe('Tiefgang · page 3 of 3');
    const drift = model.pages[1];
    if (drift?.kind !== 'drift') throw new Error('no drift page');
    expect(texts(drift.svg)).toContain('30 Jun 2025 · twelve months ago');
    expect(texts(drift.svg)).toContain('Who moved');
    expect(drift.result.maps).toHaveLength(2);
    // The last page ends with the two boxes, printable empty (no next steps in these data).
    const sections = blocks(model).flatMap((b) => (b.kind === 'title' ? [b.section] : []));
    expect(sections.slice(-2)).toEqual(['actions', 'notes']);
    const actions = blocks(model).find((b) => b.kind === 'actions');
    expect(actions).toMatchObject({ rows: [], blankLines: 4 });
  });

  it('lists the prospects with their touches', () => {
    const data = knownData();
    const model = build(data, { asOf: KNOWN_AS_OF, pack: true });
    expect(model.pages).toHaveLength(2);
    const pack = model.pages[1];
    if (pack?.kind !== 'pack') throw new Error('no pack page');
    expect(pack.figures.prospects.rows).toEqual([
      { id: 'emil', name: 'Emil Ebner', touches: 0, progress: 0, lastContact: 'never' },
    ]);
  });

  it('uses the page for a long list of prospects and continues on the next page, never "and N more"', () => {
    const data = knownData();
    for (let i = 0; i < 90; i++)
      data.people.push({
        id: `prospect-${String(i).padStart(2, '0')}`,
        displayName: `Prospect Number ${i}`,
        kind: 'prospect',
        tags: [],
        contexts: [],
      });
    for (const landscape of [false, true]) {
      const model = build(data, { asOf: KNOWN_AS_OF, pack: true, landscape });
      const listed = blocks(model).flatMap((b) => (b.kind === 'prospects' ? b.rows.map((r) => r.id) : []));
      expect(listed).toHaveLength(91);
      expect(new Set(listed).size).toBe(91);
      expect(model.pages.length).toBeGreaterThan(2);
      // Each column is used up to its height before the list goes on, and never beyond it.
      const frame = model.frame;
      for (const page of model.pages) {
        if (page.kind !== 'pack') continue;
        for (const column of page.sheet.columns) {
          const height = column.reduce((sum, b) => sum + b.height, 0);
          expect(height).toBeLessThanOrEqual(frame.body.height);
        }
      }
      const continued = blocks(model).filter((b) => b.kind === 'title' && b.continued);
      expect(continued.length).toBeGreaterThan(0);
      expect(JSON.stringify(model.pages)).not.toMatch(/and \d+ more/);
    }
  });

  it("writes the agreed actions from people's next steps, never in an anonymised print", () => {
    const data = knownData();
    data.people[0]!.nextStep = { text: 'Send the offer', due: '2026-07-10' };
    data.people[1]!.nextStep = { text: 'Call about the fair' };
    const model = build(data, { asOf: KNOWN_AS_OF, pack: true });
    const actions = blocks(model).find((b) => b.kind === 'actions');
    expect(actions?.kind === 'actions' ? actions.rows.map((r) => [r.text, r.due]) : []).toEqual([
      ['Send the offer', '10 Jul 2026'],
      ['Call about the fair', ''],
    ]);
    const hidden = build(data, { asOf: KNOWN_AS_OF, pack: true, anonymise: 'initials' });
    const none = blocks(hidden).find((b) => b.kind === 'actions');
    expect(none?.kind === 'actions' ? none.rows : undefined).toEqual([]);
  });

  it('says what the figures mean in plain words: no "Gini", no "pp"', () => {
    for (const [locale, lang] of [
      ['en-GB', 'en'],
      ['de-AT', 'de'],
    ] as const) {
      const cli = createCliT(lang);
      const tl: Translate = (key, options) => cli(key, options ?? {}) as string;
      const model = buildPrintDocument(
        preparePrint(knownData(), 'off', tl),
        PrintOptions.parse({ asOf: KNOWN_AS_OF, pack: true, drift: true }),
        { t: tl, measure: estimateTextWidth, intlLocale: locale },
      );
      const words = JSON.stringify(
        model.pages.map((p) => (p.kind === 'pack' ? p.figures.figures : texts(p.svg))),
      );
      expect(words).not.toMatch(/gini/i);
      expect(words).not.toMatch(/\bpp\b/);
      expect(words).toMatch(lang === 'en' ? /percentage point/ : /Prozentpunkt/);
    }
  });
});

describe('empty rings', () => {
  it('prints the four rings evenly, their names, nobody in them, and what to do', () => {
    const page = mapPage(build(knownData(), { asOf: KNOWN_AS_OF, emptyRings: true }));
    expect(page.result.labels).toEqual([]);
    expect(page.svg).not.toContain('data-person');
    const radii = [...page.svg.matchAll(/<circle cx="[\d.]+" cy="[\d.]+" r="([\d.]+)" stroke=/g)].map((m) =>
      Number(m[1]),
    );
    expect(radii).toHaveLength(4);
    expect(radii[3]! / radii[0]!).toBeCloseTo(4, 1);
    expect(texts(page.svg).join(' ')).toContain('Write the people you know into the rings');
  });
});

describe('anonymised prints', () => {
  const data = sampleData();
  const realWords = new Set<string>(['Stefanie', 'Reiter']);
  for (const p of data.people)
    for (const w of p.displayName.split(/\s+/)) if (w.length >= 3) realWords.add(w);
  for (const c of data.contexts) realWords.add(c.name);

  it.each(['initials', 'pseudonyms'] as const)(
    '%s: no real name on any page, in the title or the figures',
    (mode) => {
      const model = build(data, {
        asOf: '2026-11-27',
        anonymise: mode,
        ownerName: 'Stefanie Reiter',
        pack: true,
        drift: true,
      });
      const everything =
        JSON.stringify(model.pages.map((p) => (p.kind === 'pack' ? p : p.svg))) + model.title;
      expect([...realWords].filter((w) => everything.includes(w))).toEqual([]);
      const labels = mapPage(model)
        .result.labels.filter((l) => l.kind === 'name')
        .map((l) => l.text);
      expect(labels.length).toBeGreaterThan(20);
      for (const l of labels) expect(l).toMatch(mode === 'initials' ? /^\p{Lu}{1,2}(-\d+)?$/u : /^P-\d{3}$/);
      expect(texts(mapPage(model).svg).some((s) => s.includes('anonymised'))).toBe(true);
    },
  );
});
