/**
 * One rule for the day of an encounter, everywhere: its own local day (the date as written, in the
 * offset it was recorded with) — the rule the engine counts with (shared/engine/dates.ts `dayOf`). A
 * dinner at 23:30 in Los Angeles on 1 December is on 1 December in the list, in the person's timeline
 * and in the figures, also for someone reading it in Vienna.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatEncounterDate as rendererFormat } from '../../renderer/src/i18n/format';
import { civilFromDay, dayOf } from '../../shared/engine/dates';
import { encounterDay, formatEncounterDate, formatEncounterDay } from '../../shared/format/encounter-date';

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.TZ;
  process.env.TZ = 'Europe/Vienna';
});
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

const LATE_IN_LA = '2026-12-01T23:30-08:00';

function engineDay(date: string): string {
  const { year, month, day } = civilFromDay(dayOf(date));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('the day of an encounter', () => {
  it('is its own local day, as the engine counts it', () => {
    expect(encounterDay(LATE_IN_LA)).toBe('2026-12-01');
    expect(encounterDay(LATE_IN_LA)).toBe(engineDay(LATE_IN_LA));
    expect(encounterDay('2026-12-01')).toBe('2026-12-01');
  });

  it('is shown as that day with its own time, and the offset when it is not the reader’s', () => {
    const viewerOffset = -new Date(Date.parse(LATE_IN_LA)).getTimezoneOffset();
    expect(formatEncounterDate(LATE_IN_LA, 'en-GB', viewerOffset)).toBe('1 Dec 2026, 23:30 (UTC-8)');
    expect(formatEncounterDate(LATE_IN_LA, 'de-AT', viewerOffset)).toBe('01.12.2026, 23:30 (UTC-8)');
    expect(formatEncounterDate('2026-12-01T23:30+01:00', 'en-GB', 60)).toBe('1 Dec 2026, 23:30');
    expect(formatEncounterDate('2026-12-01T09:15+05:30', 'en-GB', 60)).toBe('1 Dec 2026, 09:15 (UTC+5:30)');
    expect(formatEncounterDay(LATE_IN_LA, 'en-GB')).toBe('1 Dec 2026');
  });

  it('in the app: the person’s timeline says the same day as the list (1 Dec, not 2 Dec)', () => {
    const shown = rendererFormat(LATE_IN_LA, 'en-GB');
    expect(shown.startsWith('1 Dec 2026')).toBe(true);
    expect(rendererFormat(engineDay(LATE_IN_LA), 'en-GB')).toBe('1 Dec 2026');
  });
});
