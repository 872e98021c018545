/**
 * Shared by the contact-log tests, fuzzing, benchmarks and browser tests: options with a fixed zone
 * (Vienna in winter, +01:00) and the archives the apps hand out, built from the project's own text
 * fixtures (see test/fixtures/whatsapp, mbox, telegram, linkedin-archive, vcard, ics).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContactLogOptions, OwnerIdentity } from '../../electron/import/contact-log/types';
import { zipBytes } from './zip-writer';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

export function fixture(path: string): Buffer {
  return readFileSync(join(FIXTURES, path));
}

export function logOptions(
  owner: Partial<OwnerIdentity> = {},
  extra: Partial<ContactLogOptions> = {},
): ContactLogOptions {
  return {
    owner: { names: [], emails: [], phones: [], countryCode: '+43', ...owner },
    offsetAt: () => 60,
    offsetAtWallClock: () => 60,
    parse: { window: { from: '2023-01-01', to: '2024-12-31' } },
    ...extra,
  };
}

/** What iOS's "Export chat" shares: `WhatsApp Chat - <name>.zip` with `_chat.txt` and the media. */
export function whatsappIosZip(): Buffer {
  return zipBytes([
    { name: '_chat.txt', data: fixture('whatsapp/ios-group-de/_chat.txt') },
    {
      name: '00000012-PHOTO-2024-04-20-17-30-00.jpg',
      data: Buffer.from('ffd8ffe000104a464946', 'hex'),
      store: true,
    },
  ]);
}

export function whatsappIosPersonalZip(): Buffer {
  return zipBytes([{ name: '_chat.txt', data: fixture('whatsapp/ios-en/_chat.txt') }]);
}

/** Google Takeout with contacts, a calendar and a mailbox, as `takeout-<stamp>-001.zip`. */
export function takeoutZip(): Buffer {
  return zipBytes([
    { name: 'Takeout/archive_browser.html', data: '<html><body>Archive</body></html>' },
    { name: 'Takeout/Contacts/My Contacts/My Contacts.vcf', data: fixture('takeout/My Contacts.vcf') },
    {
      name: 'Takeout/Calendar/max@mustermann.at.ics',
      data: fixture('takeout/max.mustermann@gmail.example.ics'),
    },
    {
      name: 'Takeout/Mail/All mail Including Spam and Trash.mbox',
      data: fixture('mbox/takeout-all-mail.mbox'),
    },
  ]);
}

/** LinkedIn's "Get a copy of your data": `Basic_LinkedInDataExport_<date>.zip`. */
export function linkedinZip(): Buffer {
  return zipBytes([
    { name: 'Connections.csv', data: fixture('linkedin-archive/Connections.csv') },
    { name: 'messages.csv', data: fixture('linkedin-archive/messages.csv') },
    { name: 'Profile.csv', data: 'First Name,Last Name,Headline\nMax,Mustermann,Consultant\n' },
  ]);
}
