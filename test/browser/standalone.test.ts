/** The built renderer without the app around it (no `window.tiefgang`): a clear notice, no crash. */
import { afterEach, describe, expect, it } from 'vitest';
import { type BrowserApp, openRenderer } from '../harness/browser';

let app: BrowserApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('renderer without the bridge', () => {
  it.each([
    ['en-GB', 'Please run this inside Tiefgang'],
    ['de-AT', 'Bitte in Tiefgang öffnen'],
  ])('tells the user to run it inside Tiefgang (%s)', async (locale, heading) => {
    app = await openRenderer(undefined, { locale });
    await app.page.getByRole('heading', { name: heading }).waitFor();
    expect(await app.page.evaluate(() => 'tiefgang' in window)).toBe(false);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });
});
