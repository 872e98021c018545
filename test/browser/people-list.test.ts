/**
 * The people list below the map with more people than it shows at first: the first rows, the count,
 * and a "Show all" button reached and pressed with the keyboard that shows every row.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIRST_ROWS } from '../../renderer/src/views/map/PeopleList';
import { type AppHarness, launchApp } from '../harness/app-harness';

const COUNT = FIRST_ROWS + 30;
let dir: string;
let app: AppHarness;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-people-list-'));
  app = await launchApp({ dataFile: join(dir, 'tiefgang.json'), viewport: { width: 1360, height: 860 } });
  for (let i = 0; i < COUNT; i++) {
    const r = await app.core.router.handle('people.create', {
      displayName: `Person ${String(i).padStart(3, '0')}`,
      kind: 'friend',
      tags: [],
      contexts: [],
    });
    expect(r.ok).toBe(true);
  }
});

afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

it('shows the first rows of a long list, then every row after "Show all" from the keyboard', async () => {
  const { page } = app;
  const rows = page.locator('table.people-table tbody tr');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(FIRST_ROWS);
  const people = page.getByRole('region', { name: 'People' });
  await expect.poll(() => people.textContent()).toContain(`Showing ${FIRST_ROWS} of ${COUNT}.`);
  const showAll = people.getByRole('button', { name: `Show all ${COUNT}` });
  // Keyboard: Tab from the last person in the table reaches the button.
  await rows.last().getByRole('button').focus();
  await page.keyboard.press('Tab');
  expect(await showAll.evaluate((b) => b === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => rows.count()).toBe(COUNT);
  expect(await showAll.count()).toBe(0);
  expect(await rows.last().locator('th').textContent()).toBe(`Person ${String(COUNT - 1).padStart(3, '0')}`);
});
