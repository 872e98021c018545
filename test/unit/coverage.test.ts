import { describe, expect, it } from 'vitest';
import { coverageWithout } from '../../shared/domain/coverage';
import { type Coverage, Database, emptyDatabase } from '../../shared/domain/schema';

const at = '2026-12-01T10:00:00.000Z';
const whatsapp = (personIds?: string[]): Coverage => ({
  id: 'c1',
  channel: 'message',
  ...(personIds ? { personIds } : {}),
  from: '2025-01-01',
  to: '2026-11-30',
  source: 'whatsapp',
  createdAt: at,
  updatedAt: at,
});

describe('coverage records', () => {
  it('a data file written before coverage existed loads with none', () => {
    const { coverage: _gone, ...old } = emptyDatabase();
    expect(Database.parse(old).coverage).toEqual([]);
  });

  it('refuses a coverage record with an impossible date', () => {
    const db = { ...emptyDatabase(), coverage: [{ ...whatsapp(), to: '2026-02-30' }] };
    expect(Database.safeParse(db).success).toBe(false);
  });

  it('moves a merged person’s coverage to the person kept', () => {
    const out = coverageWithout([whatsapp(['a', 'b'])], 'b', 'k', '2026-12-02T00:00:00.000Z');
    expect(out[0]?.personIds).toEqual(['a', 'k']);
    expect(out[0]?.updatedAt).toBe('2026-12-02T00:00:00.000Z');
  });

  it('drops a deleted person, and a record that covered only them', () => {
    expect(coverageWithout([whatsapp(['a', 'b'])], 'b')[0]?.personIds).toEqual(['a']);
    expect(coverageWithout([whatsapp(['b'])], 'b')).toEqual([]);
  });

  it('leaves the list itself alone when nobody in it is affected', () => {
    const list = [whatsapp(['a']), whatsapp()];
    expect(coverageWithout(list, 'z')).toBe(list);
  });
});
