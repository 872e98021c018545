/**
 * Settings → Encryption and the unlock screen in Debian Chromium, against the real router and store on
 * a temp data file: a passphrase too short or typed differently is refused in the form; turning
 * encryption on leaves no name readable on disk; turning it off needs the passphrase (a wrong one is
 * said at the field and changes nothing); an encrypted file opens on the unlock screen and loads the
 * app once the passphrase fits. Keyboard only, in English and German.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore } from '../../electron/core';
import { createLockedCore } from '../../electron/locked-core';
import { createCoreSwitch } from '../../electron/main/core-switch';
import { createSessionVault } from '../../electron/services/encryption/key-vault';
import { type AppHarness, launchApp } from '../harness/app-harness';
import { type BrowserApp, openRenderer } from '../harness/browser';

let dir: string;
let dataFile: string;
const opened: { close(): Promise<void> }[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-encryption-ui-'));
  dataFile = join(dir, 'tiefgang.json');
});
afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.close();
  await rm(dir, { recursive: true, force: true });
});

const PASSPHRASE = 'Mein Netz bleibt privat';

async function everythingOnDisk(): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => readFile(f, 'latin1')))).join('\n');
}

async function openSettings(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

function noErrors(app: BrowserApp) {
  expect(app.pageErrors).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
  expect(app.blockedRequests).toEqual([]);
}

describe('Settings → Encryption', () => {
  it('turns encryption on and off with the keyboard; refused input changes nothing', async () => {
    const app: AppHarness = await launchApp({ dataFile, viewport: { width: 1360, height: 1000 } });
    opened.push(app);
    const { page } = app;
    await app.core.router.handle('people.create', { displayName: 'Anna Berger' });
    await openSettings(page, 'Settings');
    const section = page.getByTestId('encryption');
    await section.getByRole('heading', { name: 'Encryption' }).waitFor();
    await section.getByText('This system offers no keychain', { exact: false }).waitFor();

    const before = await readFile(dataFile);
    await section.getByLabel('Passphrase', { exact: true }).fill('short');
    await section.getByLabel('Repeat the passphrase').fill('short');
    await section.getByLabel('Repeat the passphrase').press('Enter');
    await section.getByText('The passphrase needs at least 8 characters.').waitFor();
    await section.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await section.getByLabel('Repeat the passphrase').fill(`${PASSPHRASE}!`);
    await section.getByLabel('Repeat the passphrase').press('Enter');
    await section.getByText('The two passphrases differ.').waitFor();
    expect((await readFile(dataFile)).equals(before)).toBe(true);

    await section.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await section.getByLabel('Repeat the passphrase').press('Enter');
    await page.getByText('The data file and its backups are encrypted now.', { exact: false }).waitFor();
    await section
      .getByText('The data file and its backups are encrypted (AES-256', { exact: false })
      .waitFor();
    expect(await everythingOnDisk()).not.toContain('Anna Berger');
    expect(await section.getByLabel('Passphrase', { exact: true }).inputValue()).toBe('');
    await app.screenshot('encryption-settings-on');

    // Off needs the passphrase again.
    const encrypted = await readFile(dataFile);
    await section.getByLabel('Passphrase', { exact: true }).fill('not it at all');
    await section.getByLabel('Passphrase', { exact: true }).press('Enter');
    await section.getByText('The passphrase does not fit. Nothing was changed.').waitFor();
    expect((await readFile(dataFile)).equals(encrypted)).toBe(true);
    await section.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await section.getByLabel('Passphrase', { exact: true }).press('Enter');
    await page.getByText('The data file is no longer encrypted.', { exact: false }).waitFor();
    expect(await readFile(dataFile, 'utf8')).toContain('Anna Berger');
    // The app still works on the file.
    await app.core.router.handle('people.create', { displayName: 'Ben Okafor' });
    expect(await readFile(dataFile, 'utf8')).toContain('Ben Okafor');
    noErrors(app);
  }, 60_000);

  it('speaks German (formal) and explains what it protects against', async () => {
    const app = await launchApp({ dataFile, locale: 'de-AT', viewport: { width: 1360, height: 1000 } });
    opened.push(app);
    const { page } = app;
    await app.core.router.handle('settings.update', { language: 'de' });
    await openSettings(page, 'Einstellungen');
    const section = page.getByTestId('encryption');
    await section.getByRole('heading', { name: 'Verschlüsselung' }).waitFor();
    await section.getByText('Verschlüsseln Sie die Datendatei', { exact: false }).waitFor();
    await section.getByRole('button', { name: 'Datendatei verschlüsseln' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await app.screenshot('encryption-settings-de');
    noErrors(app);
  }, 60_000);
});

describe('the unlock screen', () => {
  it('opens an encrypted data file with its passphrase; a wrong one is said and changes nothing', async () => {
    // An encrypted file, made through the same channels the Settings section uses.
    const setup = await openAppCore({ dataFile, version: '1', systemLocale: 'en-GB' });
    await setup.router.handle('people.create', { displayName: 'Clara Hofbauer' });
    await setup.router.handle('encryption.enable', { passphrase: PASSPHRASE, remember: false });
    await setup.close();

    const vault = createSessionVault();
    let cores: ReturnType<typeof createCoreSwitch> | undefined;
    const locked = createLockedCore({
      dataFile,
      version: '1',
      systemLocale: 'en-GB',
      vault,
      validateResponses: true,
      open: (unlock) => openAppCore({ dataFile, version: '1', systemLocale: 'en-GB', unlock }),
      onUnlocked: (core) => cores?.replace(core),
    });
    cores = createCoreSwitch(locked);
    const switcher = cores;
    opened.push({ close: () => switcher.current().close() });
    const app = await openRenderer({ router: switcher.router, onEvent: switcher.onEvent }, {});
    opened.push(app);
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'The data file is encrypted' }).waitFor();
    await page.getByText(`Enter the passphrase of ${dataFile} to open it.`).waitFor();
    const bytes = await readFile(dataFile);
    // The field has the focus: type and press Enter.
    await page.keyboard.type('wrong passphrase');
    await page.keyboard.press('Enter');
    await page.getByText('The passphrase does not fit. Nothing was changed.').waitFor();
    expect((await readFile(dataFile)).equals(bytes)).toBe(true);
    await app.screenshot('encryption-unlock');
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByLabel('Passphrase').press('Enter');
    await page.getByText('Clara Hofbauer').first().waitFor();
    noErrors(app);
  }, 60_000);
});
