/**
 * The coaching pack's text pages, as data: the neglected ties with their reasons in words, the prospects'
 * touches towards the goal, the depth-versus-breadth figures now and twelve months earlier in plain words
 * (no "Gini", no "pp"), who moved between rings (what the drift page had no room for), and the agreed
 * actions (people's next steps) for the last page's boxes. Every row, none cut: pack-pages.ts lays them
 * out over as many pages as they need. Pure (the engine's results and a translate function in, rows of
 * text out); PackPage.tsx draws them.
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

export interface FigureRow {
  id: string;
  label: string;
  now: string;
  before: string;
  change: string;
  /** The change points in the direction of more contact (for a marker), or has none. */
  trend: 'up' | 'down' | 'flat' | 'none';
}

/** A person who moved between rings: "Ring 3 → Ring 2, since Mar 2026". */
export interface MoveRow {
  id: string;
  name: string;
  move: string;
  direction: 'inward' | 'outward';
}

/** A next step agreed with a person (from their record), for the agreed actions box. */
export interface ActionRow {
  id: string;
  name: string;
  text: string;
  /** The due day for the reader ("3 Dec 2026 (late)" once it has passed), '' without one. */
  due: string;
  late: boolean;
}

export interface PackFigures {
  neglected: { rows: NeglectRow[]; ratio: number };
  prospects: { rows: ProspectRow[]; goal: number; months: number };
  figures: FigureRow[];
  /** Who moved, continued from the drift page (empty when it had room for everyone). */
  moves: { rows: MoveRow[]; months: number };
  /** People's next steps, for the agreed actions box (none in an anonymised print). */
  actions: ActionRow[];
}

export interface PackFormat {
  t: Translate;
  /** A calendar date for the reader ("27 Nov 2026" / "27.11.2026"). */
  date: (iso: string) => string;
  /** Numbers in the reader's locale. */
  number: (value: number, digits?: number) => string;
}

export function packFigures(
  now: NetworkResult,
  before: NetworkSnapshot,
  params: ModelParams,
  f: PackFormat,
  extra: { moves?: PackFigures['moves']; actions?: ActionRow[] } = {},
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
    neglected: { rows: neglectedRows, ratio: params.neglectRatio },
    prospects: { rows: prospects, goal: params.touchGoal, months: params.touchWindowMonths },
    figures: figureRows(now.summary, before.summary, f),
    moves: extra.moves ?? { rows: [], months: 12 },
    actions: extra.actions ?? [],
  };
}

/**
 * People's next steps (where their record has one), soonest due first, undated last, then by name; none
 * in an anonymised print (the text may name anyone).
 */
export function agreedActions(
  people: readonly PrintPerson[],
  asOf: string,
  anonymised: boolean,
  f: Pick<PackFormat, 'date' | 't'>,
): ActionRow[] {
  // An anonymised print's data have none (anonymise.ts); never list any there anyway: the text may
  // name anyone.
  if (anonymised) return [];
  return people
    .filter((p): p is PrintPerson & { nextStep: NonNullable<PrintPerson['nextStep']> } =>
      Boolean(p.nextStep?.text && !p.archived),
    )
    .sort(
      (a, b) =>
        (a.nextStep.due ?? '9999').localeCompare(b.nextStep.due ?? '9999') ||
        a.displayName.localeCompare(b.displayName),
    )
    .map((p) => {
      const due = p.nextStep.due;
      const late = due !== undefined && due < asOf;
      return {
        id: p.id,
        name: p.displayName,
        text: p.nextStep.text,
        due: due ? (late ? `${f.date(due)} ${f.t('print:pack.actions.late')}` : f.date(due)) : '',
        late,
      };
    });
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
      // Written out: "+5.3 percentage points", never "pp".
      change: signed(
        (now.top15Share - before.top15Share) * 100,
        (v) => t('print:pack.figures.points', { value: number(v, 1), count: Number(v.toFixed(1)) }),
        1,
      ),
      trend: trendOf(now.top15Share - before.top15Share, 0.0005),
    },
    {
      id: 'spread',
      label: label('spread'),
      now: number(now.gini, 2),
      before: number(before.gini, 2),
      change: signed(now.gini - before.gini, (v) => number(v, 2), 2),
      trend: trendOf(now.gini - before.gini, 0.005),
    },
    {
      id: 'encounters',
      label: label('encounters'),
      now: number(perMonth(now), 1),
      before: number(perMonth(before), 1),
      change: signed(perMonth(now) - perMonth(before), (v) => number(v, 1), 1),
      trend: trendOf(perMonth(now) - perMonth(before), 0.05),
    },
  ];
}

function trendOf(delta: number, epsilon: number): FigureRow['trend'] {
  return delta > epsilon ? 'up' : delta < -epsilon ? 'down' : 'flat';
}

/** "+3", "−2" (a real minus sign), "±0" for a value that rounds to zero at `digits` decimals. */
function signed(value: number, format: (abs: number) => string, digits = 0): string {
  const text = format(Math.abs(value));
  if (Math.round(Math.abs(value) * 10 ** digits) === 0) return `±${text}`;
  return `${value > 0 ? '+' : '−'}${text}`;
}
