import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CSP_META } from '../../../electron/app-page/csp';
import { ApiError, createClient } from '../../../renderer/src/api/client';
import { formatEncounterDate, formatList, intlLocale, todayIso } from '../../../renderer/src/i18n/format';
import { resolveLanguage } from '../../../renderer/src/i18n/setup';
import { buildApi } from '../../../shared/ipc/api';

describe('formatting by locale', () => {
  it('uses de-AT for German and the system English otherwise', () => {
    expect(intlLocale('de', 'en-US')).toBe('de-AT');
    expect(intlLocale('en', 'en-US')).toBe('en-US');
    expect(intlLocale('en', 'fr-FR')).toBe('en-GB');
  });

  it('formats a calendar date as that day in every time zone', () => {
    expect(formatEncounterDate('2026-03-05', 'de-AT')).toBe('05.03.2026');
    expect(formatEncounterDate('2026-03-05', 'en-GB')).toBe('5 Mar 2026');
    expect(formatEncounterDate('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
  });

  it('gives today in local time and joins lists as the language does', () => {
    expect(todayIso(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
    expect(formatList(['Anna', 'Bert', 'Cleo'], 'de-AT')).toBe('Anna, Bert und Cleo');
  });

  it('follows the system language for "system"', () => {
    expect(resolveLanguage('system', 'de-AT')).toBe('de');
    expect(resolveLanguage('system', 'en-US')).toBe('en');
    expect(resolveLanguage('en', 'de-AT')).toBe('en');
  });
});

describe('createClient', () => {
  it('unwraps results and throws ApiError with code and fields', async () => {
    const api = buildApi(
      async (channel, request) =>
        channel === 'people.create'
          ? {
              ok: false,
              error: { code: 'invalid-request', message: 'bad', fields: { displayName: 'empty' } },
            }
          : { ok: true, data: { channel, request } },
      () => () => {},
    );
    const client = createClient(api);
    expect(await client.app.info({})).toEqual({ channel: 'app.info', request: {} });
    const error = await client.people.create({ displayName: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'invalid-request',
      message: 'bad',
      fields: { displayName: 'empty' },
    });
  });

  it('turns a broken bridge into an internal error', async () => {
    const client = createClient(
      buildApi(
        () => Promise.reject(new Error('bridge gone')),
        () => () => {},
      ),
    );
    await expect(client.db.snapshot({})).rejects.toMatchObject({ code: 'internal', message: 'bridge gone' });
  });
});

describe('renderer/index.html', () => {
  it('carries exactly the shell’s CSP (CSP_META) and no inline script', async () => {
    const html = await readFile(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/);
    expect(meta?.[1]).toBe(CSP_META);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
