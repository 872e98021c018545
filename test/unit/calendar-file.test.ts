// The calendar file beside the data file, kept by the core after each change: written when switched on
// (and at start), left alone when nothing in it changed, reported — never failing the change — when it
// cannot be written, and removed rather than written in the clear beside an encrypted data file.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppCore, openAppCore } from '../../electron/core';
import { calendarPathFor } from '../../electron/services/calendar/calendar-file';
import type { CalendarResult } from '../../shared/ipc/contract';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-calendar-');
let core: AppCore | undefined;

afterEach(async () => {
  await core?.close();
  core = undefined;
});

async function open(dataFile: string) {
  const results: CalendarResult[] = [];
  core = await openAppCore({
    dataFile,
    version: '1',
    systemLocale: 'de-AT',
    validateResponses: true,
    now: () => new Date(2026, 11, 1, 9, 0),
    calendarTimers: { delayMs: 0 },
  });
  core.onEvent((channel, payload) => {
    if (channel === 'calendar.written') results.push(payload as CalendarResult);
  });
  const call = async <T>(channel: Parameters<AppCore['router']['handle']>[0], request: unknown) => {
    const result = await core!.router.handle(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data as T;
  };
  /** Waits until the calendar reported `count` results. */
  const reported = (count: number) => expect.poll(() => results.length).toBeGreaterThanOrEqual(count);
  return { results, call, reported };
}

describe('the calendar file', () => {
  it('sits beside the data file', () => {
    expect(calendarPathFor('/data/tiefgang.json')).toBe('/data/tiefgang.ics');
    expect(calendarPathFor('/data/Netz.JSON')).toBe('/data/Netz.ics');
    expect(calendarPathFor('/data/netz')).toBe('/data/netz.ics');
  });

  it('is written after a change once switched on, in the app’s language, and only when it changed', async () => {
    const dataFile = join(await tempDir(), 'tiefgang.json');
    const ics = calendarPathFor(dataFile);
    const { call, results, reported } = await open(dataFile);
    await call('people.create', { displayName: 'Anna Berg', birthday: '1980-12-10' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Off by default: nothing written, nothing reported.
    expect(results).toEqual([]);
    await expect(stat(ics)).rejects.toMatchObject({ code: 'ENOENT' });

    await call('settings.update', { calendarFile: { enabled: true } });
    await reported(1);
    expect(results[0]).toEqual({ ok: true, path: ics, written: true });
    const first = await readFile(ics, 'utf8');
    // The system is German (de-AT) and the language setting follows it.
    const events = new ICAL.Component(ICAL.parse(first)).getAllSubcomponents('vevent');
    expect(events.map((e) => new ICAL.Event(e).summary)).toEqual(['Geburtstag von Anna Berg']);
    expect((await stat(ics)).mode & 0o777).toBe(0o600);

    // A change that leaves the calendar as it was does not rewrite it.
    await call('settings.update', { ownerName: 'Kim' });
    await reported(2);
    expect(results[1]).toEqual({ ok: true, path: ics, written: false });
    await call('settings.update', { language: 'en' });
    await reported(3);
    expect(await readFile(ics, 'utf8')).toContain('SUMMARY:Birthday of Anna Berg');
    expect(await call('calendar.state', {})).toEqual({
      path: ics,
      enabled: true,
      encrypted: false,
      last: { ok: true, path: ics, written: true },
    });
  });

  it('reports a failed write and never fails or takes back the change', async () => {
    const dataFile = join(await tempDir(), 'tiefgang.json');
    const ics = calendarPathFor(dataFile);
    // A folder where the file belongs: the rename over it fails.
    await mkdir(ics);
    const { call, results, reported } = await open(dataFile);
    await call('settings.update', { calendarFile: { enabled: true } });
    const anna = await call<{ id: string }>('people.create', { displayName: 'Anna', birthday: '--05-01' });
    await reported(1);
    expect(results.at(-1)).toMatchObject({ ok: false, path: ics, problem: 'io' });
    const data = JSON.parse(await readFile(dataFile, 'utf8')) as { people: { id: string }[] };
    expect(data.people.map((p) => p.id)).toEqual([anna.id]);
    // Once the place is free again, the next change writes it.
    await rm(ics, { recursive: true });
    await call('people.update', { id: anna.id, patch: { birthday: '--05-02' } });
    // A write already queued may land first; the one after the change follows it.
    await expect.poll(() => readFile(ics, 'utf8').catch(() => '')).toContain('DTSTART;VALUE=DATE:20000502');
    expect(results.at(-1)?.ok).toBe(true);
  });

  it('is written at start (changes made while the app was closed), and not beside an encrypted file', async () => {
    const dataFile = join(await tempDir(), 'tiefgang.json');
    const ics = calendarPathFor(dataFile);
    const first = await open(dataFile);
    await first.call('settings.update', { calendarFile: { enabled: true } });
    await first.reported(1);
    await core!.close();
    await rm(ics);
    const second = await open(dataFile);
    await second.reported(1);
    expect(second.results[0]).toMatchObject({ ok: true, written: true });

    await second.call('encryption.enable', { passphrase: 'a long passphrase', remember: false });
    await expect.poll(() => second.results.at(-1)).toMatchObject({ ok: false, problem: 'encrypted' });
    // The calendar written before would hold names in the clear: it is gone.
    await expect(stat(ics)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await second.call('calendar.state', {})).toMatchObject({ encrypted: true, enabled: true });
  });

  it('never replaces or removes a file of that name it did not write', async () => {
    const dataFile = join(await tempDir(), 'tiefgang.json');
    const ics = calendarPathFor(dataFile);
    await writeFile(ics, 'my own notes');
    const { call, results, reported } = await open(dataFile);
    await call('settings.update', { calendarFile: { enabled: true } });
    await reported(1);
    expect(results[0]).toMatchObject({ ok: false, problem: 'taken' });
    expect(await readFile(ics, 'utf8')).toBe('my own notes');
    await call('encryption.enable', { passphrase: 'a long passphrase', remember: false });
    await expect
      .poll(() => results.at(-1)?.ok === false && results.at(-1))
      .toMatchObject({
        problem: 'encrypted',
      });
    expect(await readFile(ics, 'utf8')).toBe('my own notes');
  });
});
