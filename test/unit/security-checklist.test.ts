// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), in one place.
//
// Each item is either checked here, or already checked in depth by another test. For the latter this file
// names the test (COVERED_ELSEWHERE) and asserts that it still exists, so the checklist cannot silently
// lose an item; the checks here fill the gaps those tests leave: they read the whole of electron/ and the
// built renderer, so a new window, IPC handler, opener or HTML page written later is held to the same
// rules as the ones that exist today.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CSP, CSP_META, parseCsp } from '../../electron/app-page/csp';
import { createOriginPolicy } from '../../electron/app-page/origin';
import { buildMenuTemplate } from '../../electron/main/menu';
import { secureWebPreferences } from '../../electron/main/window';
import { sourceFiles } from './i18n-lint';

const root = resolve(import.meta.dirname, '../..');
const rel = (file: string) => relative(root, file).split('\\').join('/');

/** Every TypeScript file of the main process, preload, services and CLI, parsed once. */
const electronSources = sourceFiles(join(root, 'electron')).map((file) => {
  const text = readFileSync(file, 'utf8');
  return { file: rel(file), text, ast: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true) };
});

/** All nodes of all electron/ sources that `match`, as "file:line text". */
function findInElectron(match: (node: ts.Node) => boolean): { file: string; line: number; node: ts.Node }[] {
  const found: { file: string; line: number; node: ts.Node }[] = [];
  for (const { file, ast } of electronSources) {
    const visit = (node: ts.Node) => {
      if (match(node))
        found.push({ file, line: ast.getLineAndCharacterOfPosition(node.getStart(ast)).line + 1, node });
      ts.forEachChild(node, visit);
    };
    visit(ast);
  }
  return found;
}

/** `x.name(…)` calls (any owner). */
function methodCalls(...names: string[]) {
  return findInElectron(
    (node) =>
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      names.includes(node.expression.name.text),
  );
}

const where = (hits: { file: string; line: number }[]) => hits.map((h) => `${h.file}:${h.line}`);
/** The files of the hits, one entry per hit (line numbers change with every edit; files should not). */
const filesOf = (hits: { file: string }[]) => hits.map((h) => h.file);

/** Tests elsewhere that check an item in depth: file → the titles that must still be there. */
const COVERED_ELSEWHERE: Record<string, { item: string; file: string; titles: string[] }> = {
  nodeIntegration: {
    item: '2, 3, 4, 6, 8, 9: no Node, context isolation, sandbox, webSecurity, no insecure content, no experiments',
    file: 'test/unit/shell-window.test.ts',
    titles: ['isolate, sandbox and keep Node out of every window'],
  },
  mainWindow: {
    item: '2–4: the window the app really opens has exactly these preferences',
    file: 'test/unit/shell-app.test.ts',
    titles: [
      'opens one secure window on app://tiefgang, even with a dev URL set in a packaged app',
      'installs the session lock-down and guards every web contents',
    ],
  },
  permissions: {
    item: '5: permission requests, checks and devices are denied',
    file: 'test/unit/shell-security.test.ts',
    titles: ['denies every permission request, check and device'],
  },
  csp: {
    item: '7: the CSP: strict, no remote origins, no unsafe keywords, header and meta the same policy',
    file: 'test/unit/shell-csp.test.ts',
    titles: [
      'names no remote origin, wildcard or unsafe keyword anywhere',
      'has a <meta> variant that is the same policy minus the header-only frame-ancestors',
      'is the policy in the <meta> tag of renderer/index.html, word for word',
    ],
  },
  cspHeader: {
    item: '7: every app:// response carries the CSP header; the scheme does not bypass CSP',
    file: 'test/unit/shell-protocol.test.ts',
    titles: [
      'registers app as a standard, secure scheme that does not bypass CSP',
      'serves index.html for / with the CSP header and the HTML type',
    ],
  },
  webview: {
    item: '11, 12: no <webview> can be attached',
    file: 'test/unit/shell-security.test.ts',
    titles: ['refuses every <webview>'],
  },
  navigation: {
    item: '13, 14: navigation and new windows are refused; links go to the browser',
    file: 'test/unit/shell-security.test.ts',
    titles: [
      'lets the app navigate within its own origin',
      'denies every new window and opens only http(s) links in the browser',
    ],
  },
  openExternal: {
    item: '15: openExternal only for http(s)',
    file: 'test/unit/shell-security.test.ts',
    titles: ['openExternalSafely'],
  },
  network: {
    item: '1: every request that is not to the app itself is cancelled',
    file: 'test/unit/shell-security.test.ts',
    titles: ['cancels every network request that is not to the app itself'],
  },
  sender: {
    item: '17: the sender of every IPC message is checked',
    file: 'test/unit/shell-ipc.test.ts',
    titles: [
      'rejects %s',
      'registers exactly the contract channels, routes trusted calls and refuses foreign ones',
    ],
  },
  fuses: {
    item: '19: the Electron fuses',
    file: 'test/unit/package-config.test.ts',
    titles: ['flips the Electron fuses of the security checklist'],
  },
  preload: {
    item: '20: the page gets window.tiefgang and nothing of Electron',
    file: 'test/unit/preload.test.ts',
    titles: [
      'exposes exactly window.tiefgang, derived from the contract',
      'requires nothing but electron (and is small, without zod)',
    ],
  },
  electronegativity: {
    item: 'all: Electronegativity finds nothing unjustified of medium severity or above',
    file: 'test/unit/electronegativity.test.ts',
    titles: ['finds nothing of medium severity or above that is not justified'],
  },
  noNetwork: {
    item: '1: the running renderer requests nothing but its own origin',
    file: 'test/browser/no-network.test.ts',
    titles: ['requests nothing but the app itself'],
  },
};

describe('the checklist is complete', () => {
  it.each(Object.entries(COVERED_ELSEWHERE))('%s is still checked by its test', (_key, { file, titles }) => {
    const text = readFileSync(join(root, file), 'utf8');
    for (const title of titles) expect(text, `${file} should test “${title}”`).toContain(title);
  });

  it('reads the whole main process (the scans below are not blind)', () => {
    const files = electronSources.map((s) => s.file);
    expect(files).toEqual(
      expect.arrayContaining([
        'electron/main/app.ts',
        'electron/main/window.ts',
        'electron/main/ipc.ts',
        'electron/main/menu-actions.ts',
        'electron/preload/index.ts',
      ]),
    );
    expect(files.length).toBeGreaterThan(50);
  });
});

describe('2–4, 6, 8–11: web preferences of every window', () => {
  it('every BrowserWindow, BrowserView and WebContentsView in electron/ is made with secureWebPreferences', () => {
    const constructions = findInElectron(
      (node) =>
        ts.isNewExpression(node) &&
        /(BrowserWindow|BrowserView|WebContentsView)$/.test(node.expression.getText()),
    );
    expect(filesOf(constructions), where(constructions).join(', ')).toEqual(['electron/main/window.ts']);
    for (const { node, file, line } of constructions) {
      const [options] = (node as ts.NewExpression).arguments ?? [];
      const prefs =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => p.name?.getText() === 'webPreferences')
          : undefined;
      expect(
        prefs &&
          ts.isPropertyAssignment(prefs) &&
          prefs.initializer.getText().startsWith('secureWebPreferences('),
        `${file}:${line} must pass webPreferences: secureWebPreferences(…)`,
      ).toBe(true);
    }
  });

  it('sets no preference that weakens them, anywhere in electron/', () => {
    const weakening = findInElectron(
      (node) =>
        ts.isPropertyAssignment(node) &&
        ((['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag'].includes(
          node.name.getText(),
        ) &&
          node.initializer.kind === ts.SyntaxKind.TrueKeyword) ||
          (['contextIsolation', 'sandbox', 'webSecurity'].includes(node.name.getText()) &&
            node.initializer.kind === ts.SyntaxKind.FalseKeyword) ||
          ['enableBlinkFeatures', 'allowpopups', 'additionalArguments', 'partition'].includes(
            node.name.getText(),
          )),
    );
    expect(where(weakening)).toEqual([]);
  });

  it('use the default session, where the permission handlers are installed (10: no Blink features)', () => {
    const prefs = secureWebPreferences('/p.cjs') as Record<string, unknown>;
    for (const key of ['partition', 'session', 'enableBlinkFeatures', 'additionalArguments'])
      expect(prefs[key], key).toBeUndefined();
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(methodCalls('fromPartition', 'fromPath').map((h) => `${h.file}:${h.line}`)).toEqual([]);
  });

  it('11: the renderer has no <webview> and opens no windows of its own', () => {
    const renderer = sourceFiles(join(root, 'renderer/src'));
    const offending = renderer.filter((file) => /<webview\b|window\.open\(/.test(readFileSync(file, 'utf8')));
    expect(offending.map(rel)).toEqual([]);
  });
});

describe('7: the Content-Security-Policy of every page', () => {
  const built = join(root, 'out/renderer');
  const pages = (dir: string) =>
    ['index.html', 'print.html'].map((name) => join(dir, name)).filter((path) => existsSync(path));

  it('every HTML page of the renderer, source and built, carries the policy word for word', () => {
    if (!existsSync(join(built, 'index.html')))
      throw new Error(
        'out/renderer is not built: run `node scripts/build.mjs renderer` (npm test builds first)',
      );
    const all = [...pages(join(root, 'renderer')), ...pages(built)];
    expect(all.map(rel)).toEqual([
      'renderer/index.html',
      'renderer/print.html',
      'out/renderer/index.html',
      'out/renderer/print.html',
    ]);
    for (const page of all) {
      const html = readFileSync(page, 'utf8');
      const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)];
      expect(
        metas.map((m) => m[1]?.replace(/\s+/g, ' ').trim()),
        rel(page),
      ).toEqual([CSP_META]);
    }
  });

  it('no built page needs what the policy forbids: inline scripts, styles, handlers or remote files', () => {
    for (const page of pages(built)) {
      const html = readFileSync(page, 'utf8');
      const name = rel(page);
      for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        expect(script[1], `${name}: every script is a file`).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
        expect(script[2]?.trim(), `${name}: no inline script`).toBe('');
      }
      expect(html, `${name}: no <style> block`).not.toMatch(/<style\b/);
      expect(html, `${name}: no style attribute`).not.toMatch(/\sstyle=/);
      expect(html, `${name}: no inline event handler`).not.toMatch(/\son[a-z]+=/);
      for (const [, url] of html.matchAll(/\s(?:src|href)="([^"]+)"/g))
        expect(url, `${name}: only the app's own files`).toMatch(/^\.\/assets\//);
    }
  });

  it('the header and the meta tag are one policy (the header adds only frame-ancestors)', () => {
    const header = parseCsp(CSP);
    const meta = parseCsp(CSP_META);
    expect([...header.keys()].filter((k) => !meta.has(k))).toEqual(['frame-ancestors']);
  });
});

describe('13–15: navigation, new windows and external links', () => {
  it('only the guarded opener calls shell.openExternal (http and https only, security.ts)', () => {
    const calls = methodCalls('openExternal');
    expect(filesOf(calls), where(calls).join(', ')).toEqual(['electron/main/app.ts']);
    // …and that opener is only handed to guardWebContents, which passes it through openExternalSafely.
    const app = electronSources.find((s) => s.file === 'electron/main/app.ts')!.text;
    expect(app).toMatch(/guardWebContents\(contents, policy, openExternal, log\.error\)/);
    // The Pick type, the opener's name, the shell call inside it, and its one use.
    expect(app.match(/\bopenExternal\b/g)).toHaveLength(4);
  });

  it('the menu opens only local files: the user guide through shell.openPath, never a URL', () => {
    // openPath (hands a file to its viewer) only for the user guide; showItemInFolder only for the data file.
    expect(filesOf(methodCalls('openPath'))).toEqual(['electron/main/menu-actions.ts']);
    expect(new Set(filesOf(methodCalls('showItemInFolder')))).toEqual(
      new Set(['electron/main/app.ts', 'electron/main/menu-actions.ts']),
    );
    const calls: string[] = [];
    const actions = {
      send: () => calls.push('send'),
      exportData: () => calls.push('export'),
      openDataFolder: () => calls.push('folder'),
      openUserGuide: () => calls.push('guide'),
      showAbout: () => calls.push('about'),
    };
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const template = buildMenuTemplate(((key: string) => key) as never, platform, actions, {
        appName: 'Tiefgang',
        dev: false,
      });
      const text = JSON.stringify(template);
      expect(text).not.toMatch(/https?:|www\./);
      expect(text, 'no developer tools in an installed app').not.toContain('toggleDevTools');
    }
  });

  it('wires the navigation guard for every web contents and the session lock-down before any window', () => {
    const app = electronSources.find((s) => s.file === 'electron/main/app.ts')!.text;
    const guard = app.indexOf("app.on('web-contents-created'");
    const session = app.indexOf('installSessionSecurity(electron.session.defaultSession');
    const window = app.lastIndexOf('mainWindow = openWindow();');
    expect(guard).toBeGreaterThan(0);
    expect(session).toBeGreaterThan(0);
    expect(guard).toBeLessThan(window);
    expect(session).toBeLessThan(window);
  });
});

describe('16: a current Electron', () => {
  it('is the Electron the app is built and tested with, of a supported major version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const installed = (
      JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const major = Number(installed.split('.')[0]);
    // package.json asks for the major version that is installed (and tested).
    expect(pkg.devDependencies.electron?.replace(/^[\^~]/, '').split('.')[0]).toBe(String(major));
    // Electron supports the latest three major versions; 45 was current when this was written (2026).
    expect(major).toBeGreaterThanOrEqual(45);
  });
});

describe('17: IPC', () => {
  it('only registerIpc (which checks the sender first) listens to the renderer', () => {
    const listeners = findInElectron(
      (node) =>
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        /ipcMain$/i.test(node.expression.expression.getText()) &&
        ['handle', 'handleOnce', 'on', 'once', 'addListener', 'prependListener'].includes(
          node.expression.name.text,
        ),
    );
    expect(filesOf(listeners), where(listeners).join(', ')).toEqual(['electron/main/ipc.ts']);
    // The handler there refuses an untrusted sender before the router sees the request.
    const ipc = electronSources.find((s) => s.file === 'electron/main/ipc.ts')!.text;
    expect(ipc).toMatch(
      /isTrustedSender\(event\) \? router\.handle\(channel, payload\) : Promise\.resolve\(FORBIDDEN\)/,
    );
  });

  it('the preload sends nothing but invoke on contract channels (no send, sendSync or postMessage)', () => {
    const preload = electronSources.filter((s) => s.file.startsWith('electron/preload/'));
    const calls = methodCalls('send', 'sendSync', 'sendTo', 'sendToHost', 'postMessage').filter((h) =>
      h.file.startsWith('electron/preload/'),
    );
    expect(preload.length).toBeGreaterThan(0);
    expect(where(calls)).toEqual([]);
  });
});

describe('18: no file:// anywhere', () => {
  it('loads the app only from app:// (or the loopback dev server), never with loadFile or file:', () => {
    expect(where(methodCalls('loadFile'))).toEqual([]);
    const fileUrls = findInElectron(
      (node) =>
        (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^file:/i.test(node.text),
    );
    expect(where(fileUrls)).toEqual([]);
    expect(filesOf(methodCalls('loadURL'))).toEqual(['electron/main/window.ts']);
    // …with the URL the origin policy chose (app://tiefgang/index.html, or the loopback dev server).
    expect(electronSources.find((s) => s.file === 'electron/main/window.ts')!.text).toContain(
      'window.loadURL(deps.url)',
    );
    expect(createOriginPolicy({ isPackaged: true }).entryUrl).toBe('app://tiefgang/index.html');
    expect(createOriginPolicy({ isPackaged: true }).isTrustedUrl('file:///index.html')).toBe(false);
  });
});
