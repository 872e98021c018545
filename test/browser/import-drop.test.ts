/**
 * Import by drag and drop: a file dropped onto the import panel gets the same preview as a picked file,
 * and nothing is written before the user confirms. The preview runs in the import worker (as in the app)
 * and says which limits a file reached and which values were shortened.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../shared/domain/schema';
import { type AppHarness, launchApp } from '../harness/app-harness';
import { ROOT } from '../harness/browser';

let dir: string;
let dataFile: string;
let app: AppHarness | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-drop-'));
  dataFile = join(dir, 'tiefgang.json');
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('import by drag and drop', () => {
  it('previews a dropped vCard and imports it only after confirmation', async () => {
    app = await launchApp({ dataFile });
    const { page } = app;
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const before = await readFile(dataFile);
    const text = await readFile(resolve(ROOT, 'test/fixtures/vcard/gmail-export.vcf'), 'utf8');

    const zone = page.locator('.import-drop');
    const transfer = await dataTransfer(text, 'dropped.vcf', 'text/vcard');
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    expect(await zone.getAttribute('class')).toContain('is-dragging');
    await zone.dispatchEvent('drop', { dataTransfer: transfer });

    await page.getByRole('heading', { name: /Import of dropped\.vcf \(vCard\)/ }).waitFor();
    await page.getByText('New people: 1').waitFor();
    expect(await zone.getAttribute('class')).not.toContain('is-dragging');
    expect((await readFile(dataFile)).equals(before)).toBe(true);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/dropped\.vcf was imported: 1 new people/).waitFor();
    const db = JSON.parse(await readFile(dataFile, 'utf8')) as Database;
    expect(db.people).toHaveLength(1);
    expect(app.blockedRequests).toEqual([]);
  });
});

/** A DataTransfer in the page holding one file, as a drop from the desktop delivers it. */
function dataTransfer(content: string, name: string, type: string) {
  return app!.page.evaluateHandle(
    ([text, fileName, mime]) => {
      const data = new DataTransfer();
      data.items.add(new File([text!], fileName!, { type: mime! }));
      return data;
    },
    [content, name, type],
  );
}

describe('what the preview says about a hostile file', () => {
  it('names the limits a calendar reached and every value that was shortened', async () => {
    app = await launchApp({ dataFile });
    const { page } = app;
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const zone = page.locator('.import-drop');
    // A meeting repeating every second since yesterday: capped at 5,000 occurrences, and said so.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const calendar = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      `DTSTART:${yesterday}T090000Z`,
      'RRULE:FREQ=SECONDLY',
      'ATTENDEE;CN=Anna Berg:mailto:anna@example.org',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await zone.dispatchEvent('drop', {
      dataTransfer: await dataTransfer(calendar, 'every-second.ics', 'text/calendar'),
    });
    await page.getByText('Encounters: 5000').waitFor();
    await page
      .getByText(
        'Recurring events with more than 5000 occurrences in the period: 1. Only their first 5000 occurrences are imported.',
      )
      .waitFor();

    const name = `${'N'.repeat(195)}${'👩‍👩‍👧‍👦'.repeat(3)}`;
    const card = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nEMAIL:long@example.org\r\nEND:VCARD\r\n`;
    await zone.dispatchEvent('drop', {
      dataTransfer: await dataTransfer(card, 'long-name.vcf', 'text/vcard'),
    });
    await page.getByRole('heading', { name: /Import of long-name\.vcf/ }).waitFor();
    await page.getByText('Shortened: 1', { exact: true }).first().waitFor();
    await page.locator('.import-preview summary', { hasText: 'Shortened: 1' }).click();
    await page.getByText('line 1: the name shortened from 228 to 196 characters').waitFor();
    await app.screenshot('import-shortened');
    expect(app.blockedRequests).toEqual([]);
  });
});
