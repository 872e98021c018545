/**
 * The printed page size for Chromium's print engine (`@page { size: A4 landscape; margin: 0 }`), set
 * through a constructed stylesheet: the app's Content-Security-Policy allows no inline <style>, and
 * constructed sheets are CSSOM, which CSP does not restrict. The page's own margins are drawn inside
 * the sheets, so the printer's margin is 0.
 */
import type { PaperSize } from '../../../shared/print/options';

let sheet: CSSStyleSheet | undefined;

export function pageRule(paper: PaperSize, landscape: boolean): string {
  return `@page { size: ${paper} ${landscape ? 'landscape' : 'portrait'}; margin: 0; }`;
}

export function setPageSize(paper: PaperSize, landscape: boolean): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(pageRule(paper, landscape));
}
