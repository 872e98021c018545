/** Where the map's hover card goes (PersonCards.placeCard): beside the pointer, flipped at the edges. */
import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../renderer/src/views/map/PersonCards';

const area = { width: 700, height: 500 };
const card = { width: 200, height: 180 };

describe('placeCard', () => {
  it('goes below and right of the pointer where there is room', () => {
    expect(placeCard({ x: 100, y: 100 }, card, area)).toEqual({
      left: 114,
      top: 114,
      flipX: false,
      flipY: false,
    });
  });
  it('flips above the pointer near the bottom edge, and left of it near the right edge', () => {
    const p = placeCard({ x: 650, y: 480 }, card, area);
    expect(p).toMatchObject({ flipX: true, flipY: true, left: 650 - 14 - 200, top: 480 - 14 - 180 });
    expect(p.top + card.height).toBeLessThanOrEqual(area.height);
  });
  it('stays inside a map too small to flip into', () => {
    const p = placeCard({ x: 10, y: 90 }, card, { width: 180, height: 150 });
    expect(p.left).toBeGreaterThanOrEqual(4);
    expect(p.top).toBeGreaterThanOrEqual(4);
  });
});
