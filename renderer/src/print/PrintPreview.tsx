/**
 * The print preview (Ctrl/Cmd+P): the options on the left, the pages on the right exactly as they will
 * print (the same print page the headless CLI renders), and the ways out: the system's print dialog,
 * PDF, SVG and PNG at 300 dpi. When the window prints, its print style sheet shows only these sheets.
 */
import {
  type CSSProperties,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_KINDS, type PersonKind } from '../../../shared/domain/schema';
import type { Snapshot } from '../../../shared/ipc/contract';
import { type AnonymiseMode, type PrintOptions, printDataFrom } from '../../../shared/print/options';
import { mmToPx } from '../../../shared/print/paper';
import { ApiError } from '../api/client';
import { intlLocale } from '../i18n/format';
import type { Translate } from '../scene/text';
import { bytesToBase64, fileNameFor, PNG_DPI, svgToBase64, svgToPng } from './export-image';
import { canvasMeasure } from './measure';
import { PrintPages } from './PrintPages';
import { setPageSize } from './page-style';
import { buildPrintDocument, defaultTitle, preparePrint } from './print-document';
import { isPrintShortcut } from './print-request';
import './print-preview.css';
import { useClient } from '../store/context';
import { selectSnapshot } from '../store/derived';
import { useAppState } from '../store/hooks';

interface Props {
  language: 'en' | 'de';
  options: PrintOptions;
  onOptions: (options: PrintOptions) => void;
  onClose: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

export function PrintPreview({ language, options, onOptions, onClose }: Props) {
  const client = useClient();
  const snapshot = useAppState(selectSnapshot)!;
  const { t } = useTranslation();
  const titleId = useId();
  const translate = useCallback<Translate>((key, values) => t(key, values ?? {}) as string, [t]);
  const measure = useMemo(() => canvasMeasure(), []);
  const data = useMemo(() => printDataFrom(snapshot), [snapshot]);
  // Anonymising and indexing the data is the slow part; it follows only the data and the name mode.
  // The pages follow the options a moment later, so typing a title never waits for a thousand labels.
  const shown = useDeferredValue(options);
  const prepared = useMemo(
    () => preparePrint(data, shown.anonymise, translate),
    [data, shown.anonymise, translate],
  );
  const model = useMemo(
    () =>
      buildPrintDocument(prepared, shown, {
        t: translate,
        measure,
        intlLocale: intlLocale(language, navigator.language),
      }),
    [prepared, shown, translate, measure, language],
  );
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [scale, setScale] = useState(0.5);
  const viewport = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => setPageSize(options.paper, options.landscape), [options.paper, options.landscape]);

  // Pages as wide as the preview area allows (never larger than print size).
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const fitToWidth = () => setScale(Math.min(1, (element.clientWidth - 48) / mmToPx(model.frame.widthMm)));
    fitToWidth();
    const observer = new ResizeObserver(fitToWidth);
    observer.observe(element);
    return () => observer.disconnect();
  }, [model.frame.widthMm]);

  useEffect(() => dialog.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), []);

  const set = <K extends keyof PrintOptions>(key: K, value: PrintOptions[K]) =>
    onOptions({ ...options, [key]: value });

  /** Runs an action with the document titled as the print (the PDF's title), then restores the title. */
  const run = useCallback(
    async (action: () => Promise<string | undefined>) => {
      setStatus({ kind: 'busy' });
      const before = document.title;
      document.title = model.title;
      try {
        const text = await action();
        setStatus(text ? { kind: 'done', text } : { kind: 'idle' });
      } catch (error) {
        const forbidden = error instanceof ApiError && error.code === 'forbidden';
        setStatus({
          kind: 'error',
          text: forbidden
            ? t('print:preview.unavailable')
            : t('print:preview.failed', { message: error instanceof Error ? error.message : String(error) }),
        });
      } finally {
        document.title = before;
      }
    },
    [model.title, t],
  );
  const saved = (result: { saved: boolean; path?: string }) =>
    result.saved ? t('print:preview.saved', { path: result.path ?? '' }) : t('print:preview.cancelled');

  const print = () =>
    run(async () => {
      const r = await client.print.print({ paper: options.paper, landscape: options.landscape });
      return r.printed ? t('print:preview.printed') : t('print:preview.cancelled');
    });
  const savePdf = () =>
    run(async () =>
      saved(
        await client.print.savePdf({
          paper: options.paper,
          landscape: options.landscape,
          fileName: fileNameFor(model.title, 'pdf'),
        }),
      ),
    );
  const firstSvg = model.pages[0]?.kind === 'map' ? model.pages[0].svg : '';
  const exportSvg = () =>
    run(async () =>
      saved(
        await client.print.export({
          format: 'svg',
          fileName: fileNameFor(model.title, 'svg'),
          base64: svgToBase64(firstSvg),
        }),
      ),
    );
  const exportPng = () =>
    run(async () => {
      const png = await svgToPng(firstSvg, model.frame.widthMm, model.frame.heightMm, PNG_DPI);
      return saved(
        await client.print.export({
          format: 'png',
          fileName: fileNameFor(model.title, 'png'),
          base64: bytesToBase64(png),
        }),
      );
    });

  // Escape closes, Ctrl/Cmd+P prints, wherever the focus is (a disabled button hands it to <body>).
  const printRef = useRef(print);
  printRef.current = print;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (isPrintShortcut(event)) {
        event.preventDefault();
        void printRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const kinds = options.filters.kinds;
  const toggleKind = (kind: PersonKind) =>
    set('filters', {
      ...options.filters,
      kinds: kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind],
    });
  const outer = options.filters.rings.includes('known');
  const busy = status.kind === 'busy';

  return (
    <div className="print-preview" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={dialog}>
      <form className="print-preview-controls" onSubmit={(event) => event.preventDefault()}>
        <h2 id={titleId}>{t('print:preview.title')}</h2>
        <label>
          {t('print:preview.heading')}
          <input
            data-autofocus
            type="text"
            value={options.title}
            maxLength={200}
            placeholder={defaultTitle(options.asOf, {
              t: translate,
              intlLocale: intlLocale(language, navigator.language),
            })}
            onChange={(e) => set('title', e.target.value)}
          />
        </label>
        <label>
          {t('print:preview.owner')}
          <input
            type="text"
            value={options.anonymise === 'off' ? options.ownerName : ''}
            maxLength={200}
            disabled={options.anonymise !== 'off'}
            onChange={(e) => set('ownerName', e.target.value)}
          />
        </label>
        <label>
          {t('print:preview.asOf')}
          <input
            type="date"
            value={options.asOf}
            required
            onChange={(e) => e.target.value && set('asOf', e.target.value)}
          />
        </label>
        <div className="print-preview-row is-page">
          <label>
            {t('print:preview.paper')}
            <select
              value={options.paper}
              onChange={(e) => set('paper', e.target.value === 'A3' ? 'A3' : 'A4')}
            >
              <option value="A4">A4</option>
              <option value="A3">A3</option>
            </select>
          </label>
          <label>
            {t('print:preview.orientation')}
            <select
              value={options.landscape ? 'landscape' : 'portrait'}
              onChange={(e) => set('landscape', e.target.value === 'landscape')}
            >
              <option value="portrait">{t('print:preview.portrait')}</option>
              <option value="landscape">{t('print:preview.landscape')}</option>
            </select>
          </label>
          <label>
            {t('print:preview.margin')}
            <input
              type="number"
              min={0}
              max={40}
              value={options.marginMm}
              onChange={(e) => set('marginMm', Math.min(40, Math.max(0, Number(e.target.value) || 0)))}
            />
          </label>
        </div>
        <div className="print-preview-row">
          <label>
            {t('print:preview.layout')}
            <select
              value={options.layout}
              onChange={(e) => set('layout', e.target.value as PrintOptions['layout'])}
            >
              <option value="ego">{t('map:toolbar.layoutEgo')}</option>
              <option value="force">{t('map:toolbar.layoutForce')}</option>
              <option value="context">{t('map:toolbar.layoutContext')}</option>
            </select>
          </label>
          <label>
            {t('print:preview.colourBy')}
            <select
              value={options.colourBy}
              onChange={(e) => set('colourBy', e.target.value === 'context' ? 'context' : 'kind')}
            >
              <option value="kind">{t('print:preview.colourKind')}</option>
              <option value="context">{t('print:preview.colourContext')}</option>
            </select>
          </label>
        </div>
        <label>
          {t('print:preview.anonymise')}
          <select
            value={options.anonymise}
            onChange={(e) => set('anonymise', e.target.value as AnonymiseMode)}
          >
            <option value="off">{t('print:preview.anonymiseOff')}</option>
            <option value="initials">{t('print:preview.anonymiseInitials')}</option>
            <option value="pseudonyms">{t('print:preview.anonymisePseudonyms')}</option>
          </select>
        </label>
        <label className="print-preview-check">
          <input
            type="checkbox"
            checked={options.showTies}
            onChange={(e) => set('showTies', e.target.checked)}
          />
          {t('print:preview.ties')}
        </label>
        <label className="print-preview-check">
          <input
            type="checkbox"
            checked={options.emptyRings}
            onChange={(e) => set('emptyRings', e.target.checked)}
          />
          {t('print:preview.emptyRings')}
        </label>
        <label className="print-preview-check">
          <input
            type="checkbox"
            checked={outer}
            onChange={(e) =>
              set('filters', {
                ...options.filters,
                rings: e.target.checked ? [1, 2, 3, 4, 'known'] : [1, 2, 3, 4],
              })
            }
          />
          {t('print:preview.outerRing')}
        </label>
        <fieldset className="print-preview-kinds">
          <legend>{t('print:preview.kinds')}</legend>
          {PERSON_KINDS.map((kind) => (
            <label key={kind} className="print-preview-check">
              <input
                type="checkbox"
                checked={kinds.length === 0 || kinds.includes(kind)}
                onChange={() => toggleKind(kind)}
              />
              {t(`common:personKind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <label className="print-preview-check">
          <input type="checkbox" checked={options.pack} onChange={(e) => set('pack', e.target.checked)} />
          {t('print:preview.pack')}
        </label>
        <label className="print-preview-check">
          <input
            type="checkbox"
            checked={options.pack && options.drift}
            disabled={!options.pack}
            onChange={(e) => set('drift', e.target.checked)}
          />
          {t('print:preview.drift')}
        </label>
        <p className="print-preview-count">{t('print:preview.pages', { count: model.pages.length })}</p>
        <div className="print-preview-actions">
          <button type="button" className="button is-primary" disabled={busy} onClick={() => void print()}>
            {t('print:preview.print')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void savePdf()}>
            {t('print:preview.savePdf')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void exportSvg()}>
            {t('print:preview.exportSvg')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void exportPng()}>
            {t('print:preview.exportPng')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('print:preview.close')}
          </button>
        </div>
        <p className="print-preview-status" role="status">
          {status.kind === 'busy' ? t('print:preview.preparing') : status.kind === 'idle' ? '' : status.text}
        </p>
      </form>
      <div className="print-preview-viewport" ref={viewport}>
        <div className="print-preview-pages" style={{ '--preview-zoom': scale } as CSSProperties}>
          <PrintPages model={model} />
        </div>
      </div>
    </div>
  );
}

/** Options for a first opening: today, the owner's name, A4 portrait, the map's defaults. */
export function initialPrintOptions(snapshot: Snapshot, today: string): PrintOptions {
  return {
    paper: 'A4',
    landscape: false,
    marginMm: 12,
    title: '',
    ownerName: snapshot.settings.ownerName,
    asOf: today,
    layout: 'ego',
    colourBy: 'kind',
    showTies: false,
    emptyRings: false,
    filters: { kinds: [], tags: [], contexts: [], channels: [], rings: [1, 2, 3, 4, 'known'], statuses: [] },
    anonymise: 'off',
    pack: false,
    drift: false,
  };
}
