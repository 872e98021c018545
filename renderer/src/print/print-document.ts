/**
 * The whole print, as data: `preparePrint(data, mode)` anonymises the data if asked and indexes them once
 * (engine, contacts, layouts); `buildPrintDocument(prepared, options, env)` gives the pages — page 1 the
 * map, in the coaching pack page 2 the figures and page 3 the drift — for any options, quickly enough to
 * follow every change in the preview. Pure apart from the text measuring passed in.
 */
import { addMonths, dayOf, isoDate } from '../../../shared/engine/dates';
import { type AnonymisedData, anonymiseData, anonymiseFilters } from '../../../shared/print/anonymise';
import type { AnonymiseMode, PrintData, PrintOptions } from '../../../shared/print/options';
import { formatMonth } from '../i18n/format';
import { driftMoves } from '../model/drift-moves';
import { type PreparedMap, prepareMap, sceneAt } from '../scene/map-data';
import type { Translate } from '../scene/text';
import type { MapFilters, Scene, SceneOptions } from '../scene/types';
import { type PackSheet, paginatePack } from './pack-pages';
import { composeDriftPage, type DriftListRow, type DriftPageResult, driftListRoom } from './print-drift';
import { type PageFrame, pageFrame } from './print-layout';
import type { Measure } from './print-legend';
import { composeMapPage, type MapPageResult, type PageTexts } from './print-map';
import { agreedActions, type PackFigures, packFigures } from './print-pack';
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
  | { kind: 'pack'; figures: PackFigures; sheet: PackSheet; texts: PageTexts }
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
    // Paper has one zoom: everyone is drawn (labels and the key decide who is named), nothing folded.
    folding: { known: 'open', 'not-met': 'open' },
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
  const ringCadenceDays = prepared.data.settings.model.ringCadenceDays;
  const texts = (page: number, pages: number, pageTitle = title): PageTexts => ({
    title: pageTitle,
    subtitle,
    footer: t('print:footer', { page, pages }),
  });

  const mapPage = (pages: number): PrintPage => {
    const first = composeMapPage({
      frame,
      scene,
      texts: texts(1, pages),
      meLabel,
      emptyRings: options.emptyRings,
      ringCadenceDays,
      t,
      measure,
    });
    return { kind: 'map', svg: first.svg, result: first };
  };
  if (!options.pack) return { title, frame, pages: [mapPage(1)], anonymised: prepared.anonymised, scene };

  const params = prepared.data.settings.model;
  const before = isoDate(addMonths(dayOf(options.asOf), -12));
  const number = (value: number, digits = 0) =>
    new Intl.NumberFormat(env.intlLocale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  const format = { t, date, number };

  // Who moved in the last twelve months: on the drift page as far as its column holds, the rest on the
  // text pages.
  const ringName = (ring: string | number) => t(`engine:ring.${ring}`);
  const month = (iso: string) => formatMonth(iso, env.intlLocale);
  const visible = new Set(scene.nodes.filter((n) => n.visible).map((n) => n.id));
  const moved = options.drift
    ? driftMoves(prepared.map.engine, options.asOf, 12, (id) => visible.has(id))
    : undefined;
  const moveRows: DriftListRow[] = moved
    ? [
        ...moved.inward.map((m) => ({ ...m, direction: 'inward' as const })),
        ...moved.outward.map((m) => ({ ...m, direction: 'outward' as const })),
      ].map((m) => ({
        id: m.id,
        name: m.name,
        move: t('print:pack.moves.row', {
          from: ringName(m.from),
          to: ringName(m.to),
          since: month(m.since),
        }),
        direction: m.direction,
      }))
    : [];
  const room = options.drift ? driftListRoom(frame, scene, ringCadenceDays, t, measure) : 0;
  const listed = Math.min(moveRows.length, room);

  const figures = packFigures(
    prepared.map.engine.at(options.asOf),
    prepared.map.engine.snapshot(before),
    params,
    format,
    {
      moves: { rows: moveRows.slice(listed).map((r) => ({ ...r })), months: 12 },
      actions: agreedActions(prepared.data.people, options.asOf, prepared.anonymised, format),
    },
  );
  const sheets = paginatePack(
    figures,
    {
      intro: {
        neglected: t('print:pack.neglected.intro', { ratio: figures.neglected.ratio }),
        prospects: t('print:pack.prospects.intro', {
          months: figures.prospects.months,
          goal: figures.prospects.goal,
        }),
        moves: t('print:pack.moves.intro'),
        figures: t('print:pack.figures.intro'),
      },
      empty: { neglected: t('print:pack.neglected.none'), prospects: t('print:pack.prospects.none') },
      headings: {
        neglected: ['person', 'ring', 'reason', 'lastContact'].map((k) => t(`print:pack.neglected.${k}`)),
        prospects: ['person', 'touches', 'progress', 'lastContact'].map((k) =>
          t(`print:pack.prospects.${k}`),
        ),
        moves: [t('print:pack.moves.person'), t('print:pack.moves.move')],
        figures: ['figure', 'now', 'before', 'change'].map((k) => t(`print:pack.figures.${k}`)),
        actions: ['person', 'step', 'due'].map((k) => t(`print:pack.actions.${k}`)),
      },
      ringCell: (row) => (row.wanted ? `${row.ring} (${row.wanted})` : row.ring),
      touches: (row) => `${row.touches} / ${figures.prospects.goal}`,
    },
    frame,
    measure,
  );

  const driftPages = options.drift ? 1 : 0;
  const pageCount = 1 + driftPages + sheets.length;
  const pages: PrintPage[] = [mapPage(pageCount)];
  if (options.drift) {
    // Where the list continues: the text page that holds the "who moved" table.
    const continued = sheets.findIndex((sheet) =>
      sheet.columns.some((c) => c.some((b) => b.kind === 'title' && b.section === 'moves')),
    );
    const thenScene = sceneAt(prepared.map, before, sceneOptionsFor(options, prepared));
    const drift = composeDriftPage({
      frame,
      earlier: thenScene,
      now: scene,
      earlierCaption: t('print:pack.drift.earlier', { date: date(before) }),
      nowCaption: t('print:pack.drift.now', { date: date(options.asOf) }),
      note: t('print:pack.drift.note'),
      list: {
        title: t('print:pack.moves.listTitle'),
        inwardTitle: t('print:pack.moves.inward', {
          count: moveRows.filter((r) => r.direction === 'inward').length,
        }),
        outwardTitle: t('print:pack.moves.outward', {
          count: moveRows.filter((r) => r.direction === 'outward').length,
        }),
        nobody: t('print:pack.moves.nobody'),
        rows: moveRows,
        listed,
        ...(listed < moveRows.length
          ? {
              more: t('print:pack.moves.more', {
                count: moveRows.length - listed,
                page: 1 + driftPages + continued + 1,
              }),
            }
          : {}),
      },
      texts: texts(2, pageCount, t('print:pack.drift.title')),
      meLabel,
      ringCadenceDays,
      t,
      measure,
    });
    pages.push({ kind: 'drift', svg: drift.svg, result: drift });
  }
  sheets.forEach((sheet, i) => {
    pages.push({
      kind: 'pack',
      figures,
      sheet,
      texts: texts(2 + driftPages + i, pageCount, t('print:pack.figuresTitle')),
    });
  });
  return { title, frame, pages, anonymised: prepared.anonymised, scene };
}
