/**
 * Import by drag and drop: a file dropped onto the import panel gets the same preview as a picked file,
 * and nothing is written before the user confirms.
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
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.vcf', { type: 'text/vcard' }));
      return data;
    }, text);
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
