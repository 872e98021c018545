/**
 * Mounts the print preview when asked (Ctrl/Cmd+P, or `requestPrint()` from a menu or the map), outside
 * the app's layout (a portal on <body>), so that the window's print style sheet can show the sheets and
 * nothing else. Remembers the options between openings of the same session.
 */
import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Snapshot } from '../../../shared/ipc/contract';
import { PrintOptions } from '../../../shared/print/options';
import type { Client } from '../api/client';
import { todayIso } from '../i18n/format';
import { initialPrintOptions, PrintPreview } from './PrintPreview';
import { isPrintShortcut, PRINT_REQUEST_EVENT, type PrintRequest } from './print-request';

interface Props {
  client: Client;
  snapshot: Snapshot;
  language: 'en' | 'de';
}

export function PrintHost({ client, snapshot, language }: Props) {
  const [options, setOptions] = useState<PrintOptions | undefined>();
  const [open, setOpen] = useState(false);

  const openWith = useCallback(
    (request: PrintRequest) => {
      setOptions((current) => {
        const base = current ?? initialPrintOptions(snapshot, todayIso());
        const merged = PrintOptions.safeParse({
          ...base,
          ...request,
          filters: request.filters ?? base.filters,
        });
        return merged.success ? merged.data : base;
      });
      setOpen(true);
    },
    [snapshot],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (open || !isPrintShortcut(event)) return;
      event.preventDefault();
      openWith({});
    };
    const onRequest = (event: Event) => openWith((event as CustomEvent<PrintRequest>).detail ?? {});
    window.addEventListener('keydown', onKey);
    window.addEventListener(PRINT_REQUEST_EVENT, onRequest);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(PRINT_REQUEST_EVENT, onRequest);
    };
  }, [open, openWith]);

  useEffect(() => {
    document.body.classList.toggle('is-print-preview', open);
    return () => document.body.classList.remove('is-print-preview');
  }, [open]);

  if (!open || !options) return null;
  return createPortal(
    <div className="print-host">
      <PrintPreview
        client={client}
        snapshot={snapshot}
        language={language}
        options={options}
        onOptions={setOptions}
        onClose={() => setOpen(false)}
      />
    </div>,
    document.body,
  );
}
