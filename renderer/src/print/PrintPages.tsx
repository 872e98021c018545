/**
 * The printed pages as DOM: one sheet per page, exactly the paper's size in millimetres. Map pages are
 * the composed SVG documents (parsed once and inserted, so the browser prints them as vector graphics),
 * the figures page is HTML. Used by the standalone print page (CLI) and by the app's print preview.
 */
import { useLayoutEffect, useRef } from 'react';
import { PackPage } from './PackPage';
import type { PrintDocumentModel, PrintPage } from './print-document';
import './print.css';

export function PrintPages({ model }: { model: PrintDocumentModel }) {
  const { frame } = model;
  const size = { width: `${frame.widthMm}mm`, height: `${frame.heightMm}mm` };
  return (
    <div className="print-pages">
      {model.pages.map((page, i) => (
        <section
          // Pages never reorder; the index is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: a page's position is what it is
          key={i}
          className="print-sheet"
          data-page={i + 1}
          data-kind={page.kind}
          style={size}
        >
          <PageContent page={page} model={model} />
        </section>
      ))}
    </div>
  );
}

function PageContent({ page, model }: { page: PrintPage; model: PrintDocumentModel }) {
  if (page.kind === 'pack')
    return <PackPage frame={model.frame} texts={page.texts} sheet={page.sheet} meta={page.figures} />;
  return <SvgDocument svg={page.svg} />;
}

/** Inserts an SVG document given as text (parsed as XML: a malformed one is reported, not half drawn). */
function SvgDocument({ svg }: { svg: string }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const error = parsed.querySelector('parsererror');
    if (error) throw new Error(`the print page could not be drawn: ${error.textContent ?? 'bad SVG'}`);
    host.current?.replaceChildren(document.importNode(parsed.documentElement, true));
  }, [svg]);
  return <div className="print-svg" ref={host} />;
}
