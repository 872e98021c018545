#!/usr/bin/env node
// Renders the app icon from its SVG sources into every file the installers need:
//   build/icons/<n>x<n>.png  Linux (AppImage, deb): 16 … 1024
//   build/icon.png           1024 px, electron-builder's fallback for every target
//   build/icon.ico           Windows (NSIS, the .exe): 16 … 256, PNG-compressed entries
//   build/icon.icns          macOS (dmg, the .app): 16 … 1024 incl. the @2x variants
// Sizes up to 32 px are drawn from build/icon-small.svg (thicker lines, fewer nodes), larger ones from
// build/icon.svg. Rendering uses the system Chromium through playwright-core, so it matches what a
// browser shows and needs no image library. Run it after changing an SVG and commit the results:
//   node scripts/make-icons.mjs
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = resolve(root, 'build');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const SMALL_UP_TO = 48;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types holding PNG data, by pixel size (Apple's "icns" format; @2x types reuse a size).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

/** An .ico file: header, one 16-byte directory entry per image, then the PNG images themselves. */
export function buildIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** An .icns file: 'icns' + total length, then elements of 4-char type + length (incl. 8-byte header) + PNG. */
export function buildIcns(elements) {
  const parts = elements.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

async function render(browser, svg, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style>` +
      `<img src="${src}" width="${size}" height="${size}">`,
  );
  await page.waitForFunction(() => document.images[0]?.complete);
  const png = await page.screenshot({
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  await page.close();
  return png;
}

async function main() {
  const large = await readFile(resolve(buildDir, 'icon.svg'));
  const small = await readFile(resolve(buildDir, 'icon-small.svg'));
  const browser = await chromium.launch({
    executablePath: process.env.TIEFGANG_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const pngs = new Map();
  try {
    for (const size of SIZES)
      pngs.set(size, await render(browser, size <= SMALL_UP_TO ? small : large, size));
  } finally {
    await browser.close();
  }
  await mkdir(resolve(buildDir, 'icons'), { recursive: true });
  for (const [size, png] of pngs) await writeFile(resolve(buildDir, 'icons', `${size}x${size}.png`), png);
  await writeFile(resolve(buildDir, 'icon.png'), pngs.get(1024));
  await writeFile(
    resolve(buildDir, 'icon.ico'),
    buildIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
  );
  await writeFile(
    resolve(buildDir, 'icon.icns'),
    buildIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size) }))),
  );
  console.log(`icons written to build/: ${SIZES.join(', ')} px, icon.png, icon.ico, icon.icns`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
