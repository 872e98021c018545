/**
 * The whole print, as data: `preparePrint(data, mode)` anonymises the data if asked and indexes them once
 * (engine, contacts, layouts); `buildPrintDocument(prepared, options, env)` gives the pages — page 1 the
 * map, in the coaching pack page 2 the figures and page 3 the drift — for any options, quickly enough to
 * follow every change in the preview. Pure apart from the text measuring passed in.
 */
import { addMonths, dayOf, isoDate } from '../../../shared/engine/dates';
import { type AnonymisedData, anonymiseData, anonymiseFilters } from '../../../shared/print/anonymise';
import type { AnonymiseMode, PrintData, PrintOptions } from '../../../shared/print/options';
import { type PreparedMap, prepareMap, sceneAt } from '../scene/map-data';
import type { Translate } from '../scene/text';
import type { MapFilters, Scene, SceneOptions } from '../scene/types';
import { composeDriftPage, type DriftPageResult } from './print-drift';
import { type PageFrame, pageFrame } from './print-layout';
import type { Measure } from './print-legend';
import { composeMapPage, type MapPageResult, type PageTexts } from './print-map';
import { type PackFigures, packFigures, packNextSteps } from './print-pack';
import { mapSourceFromPrintData } from './print-source';

/** One fixed seed, the same as the map view's: the printed map looks like the one on screen. */
export const PRINT_SEED = 1;

export interface PrintEnv {
  t: Translate;
  measure: Measure;
  /** Intl locale for dates and numbers (de-AT, en-GB…). */
  intlLocale: string;
}

export interface PreparedPrint {
  data: PrintData;
  anonymised: boolean;
  /** Real tag → alias (anonymised prints translate tag filters with it). */
  tags: ReadonlyMap<string, string>;
  map: PreparedMap;
}

export type PrintPage =
  | { kind: 'map'; svg: string; result: MapPageResult }
  | { kind: 'pack'; figures: PackFigures; texts: PageTexts }
  | { kind: 'drift'; svg: string; result: DriftPageResult };

export interface PrintDocumentModel {
  /** The title on the page and of the PDF (never a name in an anonymised print unless typed in). */
  title: string;
  frame: PageFrame;
  pages: PrintPage[];
  anonymised: boolean;
  scene: Scene;
}

/**
 * Anonymises (unless `alreadyAnonymised`: the CLI does it before the data reach the browser) and
 * indexes the data.
 */
export function preparePrint(
  data: PrintData,
  mode: AnonymiseMode,
  t: Translate,
  alreadyAnonymised = false,
): PreparedPrint {
  let anonymised: AnonymisedData | undefined;
  if (mode !== 'off' && !alreadyAnonymised) {
    anonymised = anonymiseData(data, mode, (kind, letter) => t(`print:contextKind.${kind}`, { letter }));
  }
  const used = anonymised?.data ?? data;
  return {
    data: used,
    anonymised: mode !== 'off',
    tags: anonymised?.tags ?? new Map(),
    map: prepareMap(mapSourceFromPrintData(used)),
  };
}

export function formatDate(iso: string, intlLocale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

export function defaultTitle(asOf: string, env: Pick<PrintEnv, 't' | 'intlLocale'>): string {
  return env.t('print:title.default', { date: formatDate(asOf, env.intlLocale) });
}

export function sceneOptionsFor(
  options: PrintOptions,
  prepared: PreparedPrint,
  layout = options.layout,
): SceneOptions {
  const filters = prepared.anonymised ? anonymiseFilters(options.filters, prepared.tags) : options.filters;
  return {
    layout,
    colourBy: options.colourBy,
    showTies: options.showTies,
    drift: 0,
    seed: PRINT_SEED,
    filters: filters as MapFilters,
    pins: prepared.data.mapPins,
    ringCadenceDays: prepared.data.settings.model.ringCadenceDays,
  };
}

export function buildPrintDocument(
  prepared: PreparedPrint,
  options: PrintOptions,
  env: PrintEnv,
): PrintDocumentModel {
  const { t, measure } = env;
  const frame = pageFrame(options.paper, options.landscape, options.marginMm);
  const date = (iso: string) => formatDate(iso, env.intlLocale);
  const title = options.title.trim() || defaultTitle(options.asOf, env);
  const scene = sceneAt(prepared.map, options.asOf, sceneOptionsFor(options, prepared));
  const ownerName = prepared.anonymised ? '' : options.ownerName.trim();
  const meLabel = ownerName || t('map:me');
  const subtitle = [
    ownerName,
    t('print:subtitle.asOf', { date: date(options.asOf) }),
    t(`print:subtitle.layout.${options.layout}`),
    options.emptyRings
      ? ''
      : t('print:subtitle.shown', { shown: scene.stats.visible, total: scene.stats.total }),
    prepared.anonymised ? t('print:subtitle.anonymised') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const pageCount = options.pack ? (options.drift ? 3 : 2) : 1;
  const texts = (page: number, pageTitle = title): PageTexts => ({
    title: pageTitle,
    subtitle,
    footer: t('print:footer', { page, pages: pageCount }),
  });
  const ringCadenceDays = prepared.data.settings.model.ringCadenceDays;

  const first = composeMapPage({
    frame,
    scene,
    texts: texts(1),
    meLabel,
    emptyRings: options.emptyRings,
    ringCadenceDays,
    t,
    measure,
  });
  const pages: PrintPage[] = [{ kind: 'map', svg: first.svg, result: first }];

  if (options.pack) {
    const params = prepared.data.settings.model;
    const before = isoDate(addMonths(dayOf(options.asOf), -12));
    const number = (value: number, digits = 0) =>
      new Intl.NumberFormat(env.intlLocale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
    const rowHeight = frame.type.body * 2;
    const limits = frame.landscape
      ? {
          neglected: Math.floor((frame.body.height - 90) / rowHeight),
          prospects: Math.floor((frame.body.height - 330) / rowHeight),
        }
      : {
          neglected: Math.floor(((frame.body.height - 420) * 0.6) / rowHeight),
          prospects: Math.floor(((frame.body.height - 420) * 0.4) / rowHeight),
        };
    // Next steps share the left column with the neglected ties: up to six rows, and the heading's room.
    const format = { t, date, number };
    const nextSteps = packNextSteps(prepared.data.people, options.asOf, 6, prepared.anonymised, format);
    const stepRows = prepared.anonymised ? 1 : nextSteps.rows.length + (nextSteps.more > 0 ? 1 : 0);
    const stepRoom = stepRows > 0 ? stepRows + 3 : 0;
    pages.push({
      kind: 'pack',
      texts: texts(2, t('print:pack.figuresTitle')),
      figures: packFigures(
        prepared.map.engine.at(options.asOf),
        prepared.map.engine.snapshot(before),
        params,
        { neglected: Math.max(3, limits.neglected - stepRoom), prospects: Math.max(3, limits.prospects) },
        format,
        nextSteps,
      ),
    });
    if (options.drift) {
      const thenScene = sceneAt(prepared.map, before, sceneOptionsFor(options, prepared));
      const drift = composeDriftPage({
        frame,
        earlier: thenScene,
        now: scene,
        earlierCaption: t('print:pack.drift.earlier', { date: date(before) }),
        nowCaption: t('print:pack.drift.now', { date: date(options.asOf) }),
        note: t('print:pack.drift.note'),
        texts: texts(3, t('print:pack.drift.title')),
        meLabel,
        ringCadenceDays,
        t,
        measure,
      });
      pages.push({ kind: 'drift', svg: drift.svg, result: drift });
    }
  }
  return { title, frame, pages, anonymised: prepared.anonymised, scene };
}
