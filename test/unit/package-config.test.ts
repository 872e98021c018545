// electron-builder.yml as electron-builder itself reads and validates it, the Electron fuses it sets, and
// the icon files in build/ that it points at (made by scripts/make-icons.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const builderRequire = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder'));

interface Config {
  appId: string;
  productName: string;
  files: { filter?: string[] }[] | string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string; maintainer: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  publish: null;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number; rgba: boolean } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), rgba: png[25] === 6 };
}

describe('electron-builder.yml', () => {
  let config: Config;

  beforeAll(async () => {
    const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config');
    const { DebugLogger } = builderRequire('builder-util');
    config = await getConfig(root, null, null);
    // Throws with electron-builder's own message on any unknown or mistyped option.
    await validateConfiguration(config, new DebugLogger(false));
  });

  it('names the app and builds AppImage, deb, NSIS and dmg', () => {
    expect(config.appId).toBe('app.tiefgang.desktop');
    expect(config.productName).toBe('Tiefgang');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>$/); // fpm refuses a deb without an e-mail
    expect(config.publish).toBeNull();
  });

  it('packs only the build output, without source maps', () => {
    const patterns = JSON.stringify(config.files);
    for (const p of ['out/main/**', 'out/preload/**', 'out/renderer/**', 'out/cli/**', '!**/*.map'])
      expect(patterns).toContain(JSON.stringify(p));
    expect(patterns).not.toMatch(/"(?:electron|shared|renderer|test)\//);
  });

  it('flips the Electron fuses of the security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('has a Linux icon set of 16 to 1024 px, all RGBA PNGs of the size in their name', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(join(root, config.linux.icon, `${size}x${size}.png`));
      expect(pngSize(png)).toEqual({ width: size, height: size, rgba: true });
    }
  });

  it('has a Windows .ico with PNG images from 16 to 256 px', () => {
    const ico = readFileSync(join(root, config.win.icon));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const declared = ico[entry] || 256;
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      expect(pngSize(png)).toEqual({ width: declared, height: declared, rgba: true });
      sizes.push(declared);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns with every size from 16 to 1024 px', () => {
    const icns = readFileSync(join(root, config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Record<string, number> = {};
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const png = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4));
      found[icns.subarray(at, at + 4).toString('ascii')] = pngSize(png).width;
    }
    expect(found).toEqual({
      icp4: 16,
      icp5: 32,
      ic11: 32,
      icp6: 64,
      ic12: 64,
      ic07: 128,
      ic08: 256,
      ic13: 256,
      ic09: 512,
      ic14: 512,
      ic10: 1024,
    });
  });
});
