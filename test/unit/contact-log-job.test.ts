import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContactLogJob } from '../../electron/import/contact-log/job';
import type { ImportError } from '../../electron/import/errors';
import { emptyDatabase } from '../../shared/domain/schema';
import { fixture, whatsappIosZip } from '../harness/contact-logs';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-log-job-');
const NOW = '2026-05-01T10:00:00.000Z';

describe('a contact-log job, as the import worker runs it', () => {
  it('streams a file from disk, takes the owner from the settings, reports progress', async () => {
    const path = join(await tempDir(), 'WhatsApp Chat - Segelverein.zip');
    await writeFile(path, whatsappIosZip());
    const db = emptyDatabase();
    db.settings = { ...db.settings, ownerName: 'Max Mustermann' };
    const progress: number[] = [];
    const preview = await runContactLogJob(
      { fileName: 'WhatsApp Chat - Segelverein.zip', path, now: NOW },
      db,
      {
        onProgress: (done, total) => progress.push(done / total),
      },
    );
    expect(preview?.format).toBe('whatsapp');
    expect(preview?.encounters).toHaveLength(2);
    expect(progress.at(-1)).toBe(1);
  });

  it('asks who the owner is without the setting, and takes the answer', async () => {
    const bytes = whatsappIosZip();
    const open = await runContactLogJob(
      { fileName: 'WhatsApp Chat - Segelverein.zip', bytes, now: NOW },
      emptyDatabase(),
    );
    expect(open?.ownerQuestion).toBeDefined();
    const answered = await runContactLogJob(
      { fileName: 'WhatsApp Chat - Segelverein.zip', bytes, me: ['Max Mustermann'], now: NOW },
      emptyDatabase(),
    );
    expect(answered?.ownerQuestion).toBeUndefined();
    expect(answered?.encounters).toHaveLength(2);
  });

  it('reads numbers in the country of the settings, and leaves other files alone', async () => {
    const db = emptyDatabase();
    db.settings = { ...db.settings, phoneCountryCode: '+49' };
    const sms = await runContactLogJob(
      { fileName: 'sms.xml', bytes: fixture('sms-backup/sms-20240420120000.xml'), now: NOW },
      db,
    );
    expect(sms?.newPeople.flatMap((p) => p.person.phones)).toContain('+4917612345678');
    expect(
      await runContactLogJob(
        { fileName: 'a.vcf', bytes: Buffer.from('BEGIN:VCARD\r\nEND:VCARD\r\n'), now: NOW },
        db,
      ),
    ).toBeNull();
  });

  it('is cancelled by its signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await runContactLogJob(
      { fileName: 'Inbox', bytes: fixture('mbox/thunderbird-inbox'), now: NOW },
      emptyDatabase(),
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    expect((error as ImportError).reason).toBe('cancelled');
  });
});
