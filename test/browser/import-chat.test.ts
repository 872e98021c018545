/**
 * A WhatsApp chat exported on an iPhone (`WhatsApp Chat - <name>.zip`) dropped onto the import panel:
 * the preview (made by the built import worker) says what it would add, nothing is written before the
 * user confirms, the map then shows the person, and one undo takes the whole import back.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../shared/domain/schema';
import { whatsappChat } from '../bench/contact-log-data';
import { type AppHarness, launchApp } from '../harness/app-harness';
import { whatsappIosPersonalZip, whatsappIosZip } from '../harness/contact-logs';
import { zipBytes } from '../harness/zip-writer';
import { drawnScene, enableMapHook, visibleNodes } from './map-page';

let dir: string;
let dataFile: string;
let app: AppHarness | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-chat-'));
  dataFile = join(dir, 'tiefgang.json');
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async (): Promise<Database> => JSON.parse(await readFile(dataFile, 'utf8')) as Database;

describe('importing a WhatsApp chat', () => {
  it('drops the ZIP, previews, imports on confirmation, shows the person on the map, and undoes in one step', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 860 } });
    await enableMapHook(app);
    const { page } = app;
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const before = await readFile(dataFile);

    const zone = page.locator('.import-drop');
    const zip = whatsappIosPersonalZip().toString('base64');
    const transfer = await page.evaluateHandle(
      ([base64, name]) => {
        const bytes = Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], name!, { type: 'application/zip' }));
        return data;
      },
      [zip, 'WhatsApp Chat - Chloé Dubois.zip'],
    );
    await zone.dispatchEvent('drop', { dataTransfer: transfer });

    await page
      .getByRole('heading', { name: /Import of WhatsApp Chat - Chloé Dubois\.zip \(WhatsApp chat\)/ })
      .waitFor();
    await page.getByText('New people: 1').waitFor();
    await page.getByText('Encounters: 3').waitFor();
    await app.screenshot('import-whatsapp-preview');
    // Nothing is written before the user confirms.
    expect((await readFile(dataFile)).equals(before)).toBe(true);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/WhatsApp Chat - Chloé Dubois\.zip was imported/).waitFor();
    const db = await onDisk();
    expect(db.people.map((p) => p.displayName)).toEqual(['Chloé Dubois']);
    const chloe = db.people[0]!.id;
    expect(db.encounters.map((e) => [e.date.slice(0, 10), e.channel, e.messages, e.source?.format])).toEqual([
      ['2024-01-15', 'message', { fromMe: 1, fromThem: 1 }, 'whatsapp'],
      ['2024-01-16', 'message', { fromMe: 0, fromThem: 2 }, 'whatsapp'],
      ['2024-02-01', 'message', { fromMe: 1, fromThem: 0 }, 'whatsapp'],
    ]);
    // No message text anywhere in the data file.
    expect(await readFile(dataFile, 'utf8')).not.toMatch(/Lovely|slide|Coffee/);
    expect(db.coverage).toEqual([
      expect.objectContaining({ channel: 'message', personIds: [chloe], source: 'whatsapp' }),
    ]);

    // The map now draws Chloé.
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Map', exact: true })
      .click();
    const drawn = await drawnScene(page, (scene) => visibleNodes(scene).some((n) => n.id === chloe));
    expect(visibleNodes(drawn.scene).map((n) => n.id)).toContain(chloe);

    // One undo takes the whole import back.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await onDisk()).people.length).toBe(0);
    const undone = await onDisk();
    expect(undone.encounters).toEqual([]);
    expect(undone.coverage).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });

  it('asks which sender the user is, previews again with the answer, and cancels a long read', async () => {
    app = await launchApp({ dataFile });
    const { page } = app;
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const zone = page.locator('.import-drop');
    const drop = async (base64: string, name: string) => {
      const transfer = await page.evaluateHandle(
        ([data, fileName]) => {
          const bytes = Uint8Array.from(atob(data!), (c) => c.charCodeAt(0));
          const files = new DataTransfer();
          files.items.add(new File([bytes], fileName!, { type: 'application/zip' }));
          return files;
        },
        [base64, name],
      );
      await zone.dispatchEvent('drop', { dataTransfer: transfer });
    };
    // A group chat names nobody as "me": the preview asks, and Import waits for the answer.
    await drop(whatsappIosZip().toString('base64'), 'WhatsApp Chat - Segelverein.zip');
    await page.getByText('Which sender are you?').waitFor();
    await page
      .getByText('Only dates, directions, counts and call durations are kept; no message text is stored.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('radio', { name: /Max Mustermann/ }).check();
    await page.getByRole('button', { name: 'Preview again' }).click();
    await page.getByText('Encounters: 2').waitFor();
    await page.getByText('What each of the 3 people gains').click();
    await page.getByText('Lea Schmidt (new): 1 day of messages').waitFor();
    await app.screenshot('import-whatsapp-group');

    // A long chat shows a determinate progress bar; Cancel stops it and nothing is written.
    const before = await readFile(dataFile);
    const long = zipBytes([{ name: '_chat.txt', data: whatsappChat(400_000) }]).toString('base64');
    await drop(long, 'WhatsApp Chat - Anna Berg.zip');
    const bar = page.locator('.import-progress progress');
    await bar.waitFor();
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page
      .getByText('Reading WhatsApp Chat - Anna Berg.zip was cancelled; nothing was changed.')
      .waitFor();
    expect((await readFile(dataFile)).equals(before)).toBe(true);
    expect(app.blockedRequests).toEqual([]);
  });
});
