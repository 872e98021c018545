// Small file-level pieces of printing: the PDF page size made exact, the PNG marked as 300 dpi, the
// search for a browser, the print page's location.
import { describe, expect, it } from 'vitest';
import { findChromium, knownLocations } from '../../electron/print/find-chromium';
import { mediaBoxes, setMediaBox } from '../../electron/print/pdf-page-size';
import { findRendererDir } from '../../electron/print/print-page';
import { crc32, dpiOf, isPng, pixelsPerMetre, withDpi } from '../../renderer/src/print/png-dpi';
import { pageSizePt } from '../../shared/print/paper';

/** A minimal PDF as Chromium writes it: objects, an xref table with byte offsets, a trailer. */
function tinyPdf(box: string): Buffer {
  const objects = [
    '<</Type /Catalog /Pages 2 0 R>>',
    '<</Type /Pages /Kids [3 0 R] /Count 1>>',
    `<</Type /Page /Parent 2 0 R /MediaBox ${box} /Resources <<>>>>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('exact PDF page size', () => {
  it('rewrites Chromium’s 300-dpi page size to ISO A4 in the same number of bytes', () => {
    const pdf = tinyPdf('[0 0 595.91998 841.91998]');
    const a4 = pageSizePt('A4', false);
    const { pdf: fixed, changed } = setMediaBox(pdf, a4.width, a4.height);
    expect(changed).toBe(1);
    expect(fixed.length).toBe(pdf.length);
    expect(mediaBoxes(fixed)).toEqual([{ width: 595.27559, height: 841.88976 }]);
    // The cross-reference offsets still point at the objects.
    const text = fixed.toString('latin1');
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.map((o) => text.slice(o, o + 7))).toEqual(['1 0 obj', '2 0 obj', '3 0 obj']);
  });

  it('rounds to fewer digits when the old numbers were short', () => {
    const a3 = pageSizePt('A3', true);
    const { pdf } = setMediaBox(tinyPdf('[0 0 1191 842]'), a3.width, a3.height);
    const [box] = mediaBoxes(pdf);
    expect(Math.round(box!.width)).toBe(1191);
    expect(Math.round(box!.height)).toBe(842);
  });

  it('knows the ISO sizes in points', () => {
    expect(pageSizePt('A4', false)).toEqual({
      width: expect.closeTo(595.28, 2),
      height: expect.closeTo(841.89, 2),
    });
    expect(pageSizePt('A3', true)).toEqual({
      width: expect.closeTo(1190.55, 2),
      height: expect.closeTo(841.89, 2),
    });
  });
});

describe('PNG resolution', () => {
  // A 1×1 white PNG.
  const png = Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
      'base64',
    ),
  );

  it('computes PNG CRCs', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('marks the image as 300 dpi right after its header, and replaces an earlier mark', () => {
    expect(isPng(png)).toBe(true);
    expect(dpiOf(png)).toBeUndefined();
    const marked = withDpi(png, 300);
    expect(dpiOf(marked)).toBe(300);
    expect(String.fromCharCode(...marked.subarray(37, 41))).toBe('pHYs');
    expect(pixelsPerMetre(300)).toBe(11811);
    const again = withDpi(marked, 150);
    expect(dpiOf(again)).toBe(150);
    expect(again.length).toBe(marked.length);
    expect(() => withDpi(new Uint8Array([1, 2, 3]), 300)).toThrow(/not a PNG/);
  });
});

describe('finding a browser', () => {
  const only =
    (...paths: string[]) =>
    (p: string) =>
      paths.includes(p);

  it('takes TIEFGANG_CHROMIUM first, and says so when it points at nothing', () => {
    expect(
      findChromium({
        env: { TIEFGANG_CHROMIUM: '/opt/c/chrome' },
        platform: 'linux',
        isExecutable: only('/opt/c/chrome', '/usr/bin/chromium'),
      }),
    ).toEqual({ ok: true, path: '/opt/c/chrome' });
    expect(
      findChromium({
        env: { TIEFGANG_CHROMIUM: '/nowhere' },
        platform: 'linux',
        isExecutable: only('/usr/bin/chromium'),
      }),
    ).toEqual({ ok: false, reason: 'bad-env', path: '/nowhere' });
  });

  it('then Debian’s chromium, chromium-browser, Google Chrome, then the PATH', () => {
    const env = { PATH: '/home/u/bin:/usr/local/bin' };
    expect(
      findChromium({
        env,
        platform: 'linux',
        isExecutable: only('/usr/bin/google-chrome', '/usr/bin/chromium'),
      }),
    ).toEqual({
      ok: true,
      path: '/usr/bin/chromium',
    });
    expect(
      findChromium({ env, platform: 'linux', isExecutable: only('/usr/local/bin/chromium-browser') }),
    ).toEqual({
      ok: true,
      path: '/usr/local/bin/chromium-browser',
    });
    const none = findChromium({ env, platform: 'linux', isExecutable: () => false });
    expect(none).toMatchObject({ ok: false, reason: 'not-found' });
    expect(none.ok === false && none.reason === 'not-found' && none.looked).toContain('/usr/bin/chromium');
  });

  it('knows where macOS and Windows keep Chrome', () => {
    expect(knownLocations('darwin', {})).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(
      knownLocations('win32', { PROGRAMFILES: 'C:\\Program Files' }).some((p) => p.endsWith('chrome.exe')),
    ).toBe(true);
  });
});

describe('the print page', () => {
  it('is found in out/renderer from the sources and from the bundled CLI', () => {
    const fromSource = findRendererDir(
      'file:///repo/electron/print/print-page.ts',
      (p) => p === '/repo/out/renderer/print.html',
    );
    expect(fromSource).toEqual({ ok: true, dir: '/repo/out/renderer' });
    const fromBundle = findRendererDir(
      'file:///app/out/cli/tiefgang.mjs',
      (p) => p === '/app/out/renderer/print.html',
    );
    expect(fromBundle).toEqual({ ok: true, dir: '/app/out/renderer' });
    // Not built: the message names where the build puts it.
    const missing = findRendererDir('file:///repo/electron/print/print-page.ts', (p) => p === '/repo/out');
    expect(missing).toEqual({ ok: false, expected: '/repo/out/renderer/print.html' });
    expect(findRendererDir('file:///app/out/cli/tiefgang.mjs', (p) => p === '/app/out')).toEqual({
      ok: false,
      expected: '/app/out/renderer/print.html',
    });
  });
});
