/**
 * A print shows the figures the window shows: the print data carry what the depth engine reads beyond
 * dates and channels (who initiated, missed calls, imported encounters and what imports cover).
 */
import { describe, expect, it } from 'vitest';
import { mapSourceFromPrintData } from '../../renderer/src/print/print-source';
import { mapSourceFromSnapshot } from '../../renderer/src/scene/map-data';
import { emptyDatabase } from '../../shared/domain/schema';
import { computeNetwork } from '../../shared/engine';
import { printDataFrom } from '../../shared/print/options';
import { person } from '../harness/fixtures';

describe('the print path feeds the engine like the window', () => {
  it('gives the same figures from print data as from the snapshot', () => {
    const db = emptyDatabase();
    const T = '2026-01-01T00:00:00.000Z';
    db.people = [person('c', { displayName: 'Chat Friend' }), person('m', { displayName: 'Missed Caller' })];
    db.encounters = [
      ...Array.from({ length: 30 }, (_, i) => ({
        id: `e${i}`,
        date: `2026-0${1 + Math.floor(i / 10)}-${String(1 + (i % 10) * 2).padStart(2, '0')}`,
        participants: ['c'],
        channel: 'message' as const,
        initiator: i % 2 ? ('me' as const) : ('them' as const),
        source: { format: 'whatsapp', key: `k${i}` },
        notes: '',
        createdAt: T,
        updatedAt: T,
      })),
      {
        id: 'x',
        date: '2026-03-01',
        participants: ['m'],
        channel: 'call',
        attempt: true,
        notes: '',
        createdAt: T,
        updatedAt: T,
      },
    ];
    db.coverage = [
      {
        id: 'cv',
        channel: 'message',
        personIds: ['c'],
        from: '2026-01-01',
        to: '2026-03-31',
        source: 'whatsapp',
        createdAt: T,
        updatedAt: T,
      },
    ];
    const asOf = '2026-09-30';
    const fromSnapshot = computeNetwork({ ...mapSourceFromSnapshot({ ...db }), asOf });
    const fromPrint = computeNetwork({ ...mapSourceFromPrintData(printDataFrom(db)), asOf });
    expect(fromPrint.people).toEqual(fromSnapshot.people);
    // And the fields mattered: the chat's silence after the export is no data, the missed call no contact.
    expect(fromPrint.people.find((p) => p.id === 'c')).toMatchObject({ dataUntil: '2026-03-31' });
    expect(fromPrint.people.find((p) => p.id === 'm')).toMatchObject({ ring: 'not-met', encounters: 1 });
  });
});
