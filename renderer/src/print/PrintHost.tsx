/**
 * Mounts the print preview when the store says it is open (Ctrl/Cmd+P, File ▸ Print, or a view's
 * "Print"), outside the app's layout (a portal on <body>), so that the window's print style sheet can
 * show the sheets and nothing else. Remembers the options between openings of the same session; each
 * opening starts from what was asked for (on the map: what the map shows).
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { PrintOptions } from '../../../shared/print/options';
import { useLanguage } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useActions, useAppState } from '../store/hooks';
import { initialPrintOptions, PrintPreview } from './PrintPreview';
import { isPrintShortcut } from './print-request';

export function PrintHost() {
  const language = useLanguage();
  const actions = useActions();
  const snapshot = useAppState(selectSnapshot)!;
  const print = useAppState((s) => s.print);
  const today = useAppState((s) => s.today);
  const [options, setOptions] = useState<PrintOptions | undefined>();
  const [openedFor, setOpenedFor] = useState(0);

  // Each new request (seq) starts from the options of the last opening, with what it asks for.
  if (print.open && print.seq !== openedFor) {
    setOpenedFor(print.seq);
    const base = options ?? initialPrintOptions(snapshot, today);
    const request = print.request;
    const merged = PrintOptions.safeParse({ ...base, ...request, filters: request.filters ?? base.filters });
    setOptions(merged.success ? merged.data : base);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (print.open || !isPrintShortcut(event)) return;
      event.preventDefault();
      actions.openPrint();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [print.open, actions]);

  useEffect(() => {
    document.body.classList.toggle('is-print-preview', print.open);
    return () => document.body.classList.remove('is-print-preview');
  }, [print.open]);

  if (!print.open || !options) return null;
  return createPortal(
    <div className="print-host">
      <PrintPreview
        language={language}
        options={options}
        onOptions={setOptions}
        onClose={actions.closePrint}
      />
    </div>,
    document.body,
  );
}
