import { describe, expect, it } from 'vitest';
import { dataFileIn, defaultDataFile, userDataDir } from '../../electron/paths';

describe('defaultDataFile', () => {
  it('uses TIEFGANG_DB when set', () => {
    expect(
      defaultDataFile({ TIEFGANG_DB: '/data/mine.json', XDG_CONFIG_HOME: '/x' }, 'linux', '/home/mia'),
    ).toBe('/data/mine.json');
  });

  it('is Electron’s userData folder for “Tiefgang” on Linux ($XDG_CONFIG_HOME or ~/.config)', () => {
    expect(defaultDataFile({}, 'linux', '/home/mia')).toBe('/home/mia/.config/Tiefgang/tiefgang.json');
    expect(defaultDataFile({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/mia')).toBe(
      '/cfg/Tiefgang/tiefgang.json',
    );
    expect(defaultDataFile({ TIEFGANG_DB: '  ' }, 'linux', '/home/mia')).toBe(
      '/home/mia/.config/Tiefgang/tiefgang.json',
    );
  });

  it('is ~/Library/Application Support/Tiefgang on macOS', () => {
    expect(defaultDataFile({ XDG_CONFIG_HOME: '/ignored' }, 'darwin', '/Users/mia')).toBe(
      '/Users/mia/Library/Application Support/Tiefgang/tiefgang.json',
    );
  });

  it('is %APPDATA%\\Tiefgang on Windows', () => {
    expect(defaultDataFile({ APPDATA: 'C:\\Users\\mia\\AppData\\Roaming' }, 'win32', 'C:\\Users\\mia')).toBe(
      'C:\\Users\\mia\\AppData\\Roaming\\Tiefgang\\tiefgang.json',
    );
    expect(userDataDir({}, 'win32', 'C:\\Users\\mia')).toBe('C:\\Users\\mia\\AppData\\Roaming\\Tiefgang');
  });

  it('puts the file in a given userData folder (the main process passes app.getPath)', () => {
    expect(dataFileIn('/home/mia/.config/Tiefgang', 'linux')).toBe(
      '/home/mia/.config/Tiefgang/tiefgang.json',
    );
  });
});
