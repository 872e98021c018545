// Print-time label placement: never two labels on top of each other or on a node, always inside the
// map, names shortened sensibly, numbers only as far as the key has room.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitText,
  labelTexts,
  overlappingPairs,
  type PrintLabelItem,
  placePrintLabels,
  shortName,
} from '../../renderer/src/print/print-labels';
import { estimateTextWidth } from '../../renderer/src/scene/labels';

const measure = estimateTextWidth;

function place(
  items: PrintLabelItem[],
  maxNumbers = 0,
  obstacles = [] as { x: number; y: number; width: number; height: number }[],
) {
  return placePrintLabels(items, {
    bounds: { x: 0, y: 0, width: 400, height: 300 },
    obstacles,
    nodes: items.map((i) => ({ id: i.id, x: i.x, y: i.y, r: i.r })),
    centre: { x: 200, y: 150 },
    fontSize: 8,
    numberFontSize: 7,
    maxNumbers,
    measure,
  });
}

const item = (id: string, x: number, y: number, name = `Person ${id}`, priority = 1): PrintLabelItem => ({
  id,
  x,
  y,
  r: 4,
  priority,
  texts: labelTexts(name),
  keyText: name,
});

describe('placePrintLabels', () => {
  it('puts a lone label on the side away from the centre', () => {
    const right = place([item('a', 300, 150)]).labels[0]!;
    expect(right.x).toBeGreaterThan(300);
    const left = place([item('b', 100, 150)]).labels[0]!;
    expect(left.x + left.width).toBeLessThan(100);
  });

  it('falls back to a short name, then to a number with a key entry, then to nothing', () => {
    // A narrow map: the full name does not fit on either side, the short one does.
    const narrow = placePrintLabels([item('a', 100, 50, 'Maximiliane Sophie Beispielfrau-Lang')], {
      bounds: { x: 0, y: 0, width: 200, height: 100 },
      nodes: [{ id: 'a', x: 100, y: 50, r: 4 }],
      centre: { x: 100, y: 50 },
      fontSize: 8,
      numberFontSize: 7,
      maxNumbers: 5,
      measure,
    });
    expect(narrow.labels[0]?.text).toBe('Maximiliane B.');
    // Boxed in by obstacles on every side but one narrow gap: only a number fits.
    const walls = [
      { x: 0, y: 0, width: 400, height: 140 },
      { x: 0, y: 160, width: 400, height: 140 },
      { x: 0, y: 140, width: 190, height: 20 },
      { x: 225, y: 140, width: 175, height: 20 },
    ];
    const boxed = place([item('a', 200, 150, 'Anna Adler')], 3, walls);
    expect(boxed.labels[0]).toMatchObject({ kind: 'number', text: '1' });
    expect(boxed.key).toEqual([{ number: 1, id: 'a', text: 'Anna Adler' }]);
    const none = place([item('a', 200, 150, 'Anna Adler')], 0, walls);
    expect(none.labels).toEqual([]);
    expect(none.unlabelled).toEqual(['a']);
  });

  it('places the most important first', () => {
    const crowd = Array.from({ length: 40 }, (_, i) =>
      item(`p${i}`, 200 + (i % 5), 150 + (i % 7), `Name ${i}`, i),
    );
    const result = place(crowd);
    expect(result.labels[0]?.id).toBe('p39');
  });

  it('never overlaps another label, a node or an obstacle, and stays inside the map (random crowds)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 400 }),
            y: fc.integer({ min: 0, max: 300 }),
            r: fc.integer({ min: 1, max: 9 }),
            name: fc.string({ minLength: 1, maxLength: 30 }),
            priority: fc.double({ min: 0, max: 10, noNaN: true }),
          }),
          { minLength: 1, maxLength: 120 },
        ),
        fc.integer({ min: 0, max: 30 }),
        (people, maxNumbers) => {
          const items = people.map((p, i) => ({ ...item(`p${i}`, p.x, p.y, p.name, p.priority), r: p.r }));
          const obstacle = { x: 150, y: 100, width: 60, height: 12 };
          const result = place(items, maxNumbers, [obstacle]);
          expect(overlappingPairs(result.labels)).toEqual([]);
          expect(result.key.length).toBeLessThanOrEqual(maxNumbers);
          for (const l of result.labels) {
            expect(l.x).toBeGreaterThanOrEqual(0);
            expect(l.y).toBeGreaterThanOrEqual(0);
            expect(l.x + l.width).toBeLessThanOrEqual(400);
            expect(l.y + l.height).toBeLessThanOrEqual(300);
            expect(overlappingPairs([l, obstacle])).toEqual([]);
            for (const n of items) {
              if (n.id === l.id) continue;
              const box = { x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r };
              expect(overlappingPairs([l, box]), `${l.text} on ${n.id}`).toEqual([]);
            }
          }
          expect(result.labels.length + result.unlabelled.length).toBe(items.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('names on labels', () => {
  it.each([
    ['Anna Adler', 'Anna Adler'],
    ['Maximiliane Sophie Beispielfrau-Lang', 'Maximiliane B.'],
    ['Dr. Hans-Peter Oberhuber-Wiesinger', 'Hans-Peter O.'],
    ['Anna Adler (ACME Vertrieb International)', 'Anna Adler'],
    ['Bartholomäusfriedrichsohnheimer', 'Bartholomäusfried…'],
    ['Konstantinopolitanische Musterfrau', 'Konstantinopol… M.'],
  ])('%s → %s', (name, short) => {
    expect(shortName(name)).toBe(short);
    expect([...shortName(name)].length).toBeLessThanOrEqual(18);
  });

  it('tries the full name first, and only if it is not too long', () => {
    expect(labelTexts('Anna Adler')).toEqual(['Anna Adler']);
    expect(labelTexts('Maximiliane Sophie Beispielfrau-Lang')).toEqual(['Maximiliane B.']);
    expect(labelTexts('Alexandra Baumgartner')).toEqual(['Alexandra Baumgartner', 'Alexandra B.']);
  });

  it('cuts text to a width with an ellipsis', () => {
    const text = fitText('Katharina Strasser-Oberleitner', 60, 7, measure);
    expect(text.endsWith('…')).toBe(true);
    expect(measure(text, 7)).toBeLessThanOrEqual(60);
    expect(fitText('Eva', 60, 7, measure)).toBe('Eva');
  });
});
