/**
 * Page 2 of the coaching pack, as data: the neglected ties with their reasons in words, the open next
 * steps, the prospects'
 * touches towards the goal, and the depth-versus-breadth figures now and twelve months earlier. Pure
 * (the engine's results and a translate function in, rows of text out); PackPage.tsx draws them.
 */
import type { ModelParams } from '../../../shared/domain/model-params';
import { neglectReasonText } from '../../../shared/engine/interval';
import type { NetworkResult, NetworkSnapshot, NetworkSummary } from '../../../shared/engine/types';
import type { PrintPerson } from '../../../shared/print/options';
import type { Translate } from '../scene/text';

export interface NeglectRow {
  id: string;
  name: string;
  ring: string;
  /** "wanted: Ring 1" when the user pinned them elsewhere. */
  wanted?: string;
  reason: string;
  lastContact: string;
}

export interface ProspectRow {
  id: string;
  name: string;
  touches: number;
  /** 0–1 of the goal. */
  progress: number;
  lastContact: string;
}

export interface NextStepRow {
  id: string;
  name: string;
  text: string;
  /** The due day for the reader, '' without one. */
  due: string;
  /** Due before the print's day. */
  late: boolean;
}

export interface FigureRow {
  id: string;
  label: string;
  now: string;
  before: string;
  change: string;
  /** The change points in the direction of more contact (for a marker), or has none. */
  trend: 'up' | 'down' | 'flat' | 'none';
}

export interface PackFigures {
  neglected: { rows: NeglectRow[]; more: number; ratio: number };
  /** Open next steps, soonest due first (those without a day last); none in an anonymised print. */
  nextSteps: { rows: NextStepRow[]; more: number; anonymised: boolean };
  prospects: { rows: ProspectRow[]; more: number; goal: number; months: number };
  figures: FigureRow[];
}

export interface PackFormat {
  t: Translate;
  /** A calendar date for the reader ("27 Nov 2026" / "27.11.2026"). */
  date: (iso: string) => string;
  /** Numbers in the reader's locale. */
  number: (value: number, digits?: number) => string;
}

/** The people's open next steps as rows: by due day (undated last), then by name. */
export function packNextSteps(
  people: readonly PrintPerson[],
  asOf: string,
  limit: number,
  anonymised: boolean,
  f: PackFormat,
): PackFigures['nextSteps'] {
  // An anonymised print's data have none (anonymise.ts); never list any there anyway.
  if (anonymised) return { rows: [], more: 0, anonymised };
  const rows = people
    .filter((p) => p.nextStep && !p.archived)
    .sort(
      (a, b) =>
        (a.nextStep!.due ?? '9999').localeCompare(b.nextStep!.due ?? '9999') ||
        a.displayName.localeCompare(b.displayName),
    )
    .map(
      (p): NextStepRow => ({
        id: p.id,
        name: p.displayName,
        text: p.nextStep!.text,
        due: p.nextStep!.due ? f.date(p.nextStep!.due) : '',
        late: p.nextStep!.due !== undefined && p.nextStep!.due < asOf,
      }),
    );
  return { rows: rows.slice(0, limit), more: Math.max(0, rows.length - limit), anonymised };
}

export function packFigures(
  now: NetworkResult,
  before: NetworkSnapshot,
  params: ModelParams,
  limits: { neglected: number; prospects: number },
  f: PackFormat,
  nextSteps: PackFigures['nextSteps'] = { rows: [], more: 0, anonymised: false },
): PackFigures {
  const { t } = f;
  const ringName = (ring: string | number) => t(`engine:ring.${ring}`);
  const neglectedRows = now.neglected.map(
    (n): NeglectRow => ({
      id: n.id,
      name: n.name,
      ring: ringName(n.ring),
      ...(n.pinnedRing !== null && n.pinnedRing !== n.ring
        ? { wanted: t('print:pack.neglected.wanted', { ring: ringName(n.pinnedRing) }) }
        : {}),
      reason: neglectReasonText((key, options) => t(key, options), n.reason),
      lastContact: f.date(n.lastContact),
    }),
  );
  const prospects = now.people
    .filter((p) => p.kind === 'prospect')
    .sort((a, b) => b.touches - a.touches || a.name.localeCompare(b.name))
    .map(
      (p): ProspectRow => ({
        id: p.id,
        name: p.name,
        touches: p.touches,
        progress: p.touchProgress,
        lastContact: p.lastContact ? f.date(p.lastContact) : t('print:pack.prospects.never'),
      }),
    );
  return {
    neglected: {
      rows: neglectedRows.slice(0, limits.neglected),
      more: Math.max(0, neglectedRows.length - limits.neglected),
      ratio: params.neglectRatio,
    },
    nextSteps,
    prospects: {
      rows: prospects.slice(0, limits.prospects),
      more: Math.max(0, prospects.length - limits.prospects),
      goal: params.touchGoal,
      months: params.touchWindowMonths,
    },
    figures: figureRows(now.summary, before.summary, f),
  };
}

function figureRows(now: NetworkSummary, before: NetworkSummary, f: PackFormat): FigureRow[] {
  const { t, number } = f;
  const label = (key: string) => t(`print:pack.figures.${key}`);
  const count = (id: string, a: number, b: number): FigureRow => ({
    id,
    label: label(id),
    now: number(a),
    before: number(b),
    change: signed(a - b, (v) => number(v)),
    trend: a > b ? 'up' : a < b ? 'down' : 'flat',
  });
  const inRings = (s: NetworkSummary) => s.rings['1'] + s.rings['2'] + s.rings['3'] + s.rings['4'];
  const perMonth = (s: NetworkSummary) => Object.values(s.encountersPerMonth).reduce((a, b) => a + b, 0);
  const rings = (s: NetworkSummary) => [s.rings['1'], s.rings['2'], s.rings['3'], s.rings['4']].join(' · ');
  const percent = (v: number) => `${number(v * 100, 1)} %`;
  return [
    count('people', now.people, before.people),
    count('met', now.metLast12Months, before.metLast12Months),
    count('rings', inRings(now), inRings(before)),
    {
      id: 'ring',
      label: t('print:pack.figures.ring', { ring: '1 · 2 · 3 · 4' }),
      now: rings(now),
      before: rings(before),
      change: '',
      trend: 'none',
    },
    {
      id: 'top15',
      label: label('top15'),
      now: percent(now.top15Share),
      before: percent(before.top15Share),
      change: signed((now.top15Share - before.top15Share) * 100, (v) => `${number(v, 1)} pp`),
      trend: trendOf(now.top15Share - before.top15Share, 0.0005),
    },
    {
      id: 'gini',
      label: label('gini'),
      now: number(now.gini, 2),
      before: number(before.gini, 2),
      change: signed(now.gini - before.gini, (v) => number(v, 2)),
      trend: trendOf(now.gini - before.gini, 0.005),
    },
    {
      id: 'encounters',
      label: label('encounters'),
      now: number(perMonth(now), 1),
      before: number(perMonth(before), 1),
      change: signed(perMonth(now) - perMonth(before), (v) => number(v, 1)),
      trend: trendOf(perMonth(now) - perMonth(before), 0.05),
    },
  ];
}

function trendOf(delta: number, epsilon: number): FigureRow['trend'] {
  return delta > epsilon ? 'up' : delta < -epsilon ? 'down' : 'flat';
}

/** "+3", "−2" (a real minus sign), "±0". */
function signed(value: number, format: (abs: number) => string): string {
  const text = format(Math.abs(value));
  if (/^[0.,\s]*$/.test(text.replace(/\s*pp$/, ''))) return `±${text}`;
  return `${value > 0 ? '+' : '−'}${text}`;
}
