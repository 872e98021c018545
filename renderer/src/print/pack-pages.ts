/**
 * The coaching pack's text pages, laid out: the sections (neglected ties, prospects, who moved, depth
 * versus breadth) flow down a page's columns — one in portrait, two in landscape — and on to as many
 * pages as they need, a table that does not fit continuing in the next column under its title marked
 * "continued"; nothing is cut to "… and 6 more". The last page ends with a box for the agreed actions
 * (people's next steps written in, then empty lines) and one for session notes, both printable empty.
 *
 * Every block has a height worked out here from the page's type scale and the measured widths of its
 * texts (a cell wraps onto as many lines as its column needs); PackPage.tsx draws the blocks at exactly
 * these heights, so what is laid out here is what is printed. Pure apart from the text measuring.
 */
import type { PageFrame } from './print-layout';
import type { Measure } from './print-legend';
import type { ActionRow, FigureRow, MoveRow, NeglectRow, PackFigures, ProspectRow } from './print-pack';

export type PackSection = 'neglected' | 'prospects' | 'moves' | 'figures' | 'actions' | 'notes';

export type PackBlock =
  | { kind: 'gap'; height: number }
  | { kind: 'title'; section: PackSection; continued: boolean; height: number }
  | { kind: 'intro'; text: string; height: number }
  | { kind: 'empty'; text: string; height: number }
  | { kind: 'neglected'; rows: NeglectRow[]; heights: number[]; height: number }
  | { kind: 'prospects'; rows: ProspectRow[]; heights: number[]; height: number }
  | { kind: 'moves'; rows: MoveRow[]; heights: number[]; height: number }
  | { kind: 'figures'; rows: FigureRow[]; heights: number[]; height: number }
  | { kind: 'actions'; rows: ActionRow[]; heights: number[]; blankLines: number; height: number }
  | { kind: 'notes'; lines: number; height: number };

export interface PackSheet {
  /** Blocks per column, top to bottom. */
  columns: PackBlock[][];
}

/** The texts the layout needs to measure (the same the page prints). */
export interface PackTexts {
  intro: Record<'neglected' | 'prospects' | 'moves' | 'figures', string>;
  empty: Record<'neglected' | 'prospects', string>;
  /** Column headings of each table. */
  headings: Record<'neglected' | 'prospects' | 'moves' | 'figures' | 'actions', string[]>;
  /** "Ring 2 (wanted: Ring 1)" as printed. */
  ringCell: (row: NeglectRow) => string;
  touches: (row: ProspectRow) => string;
}

/** Column widths of each table, as shares of its width (PackPage uses the same). */
export const COLUMNS: Record<'neglected' | 'prospects' | 'moves' | 'figures' | 'actions', number[]> = {
  neglected: [0.25, 0.17, 0.4, 0.18],
  prospects: [0.36, 0.14, 0.24, 0.26],
  moves: [0.42, 0.58],
  figures: [0.44, 0.17, 0.17, 0.22],
  actions: [0.3, 0.5, 0.2],
};

/** Padding of a cell (px, each side), as in print.css. */
export const CELL_PAD_X = 6;
export const CELL_PAD_Y = 2;
export const SECTION_GAP = 14;
export const COLUMN_GAP = 24;
/** Empty ruled lines the agreed actions box keeps for writing in, at least. */
const BLANK_ACTION_LINES = 4;
/** Ruled lines of the notes box, at least (it takes the rest of the last column). */
const MIN_NOTE_LINES = 8;

export interface PackMetrics {
  line: number;
  title: number;
  /** A ruled line to write on by hand. */
  writeLine: number;
  columnWidth: number;
  columnHeight: number;
  columns: number;
}

export function packMetrics(frame: PageFrame): PackMetrics {
  const body = frame.type.body;
  const columns = frame.landscape ? 2 : 1;
  return {
    line: body * 1.35,
    title: Math.ceil(frame.type.subtitle * 1.2 * 1.35 + body * 0.4),
    writeLine: Math.round(body * 2.6),
    columnWidth: (frame.body.width - (columns - 1) * COLUMN_GAP) / columns,
    // One line's reserve at the bottom: the browser's line breaks may differ a little from the measure.
    columnHeight: frame.body.height - body * 1.35,
    columns,
  };
}

export function paginatePack(
  content: PackFigures,
  texts: PackTexts,
  frame: PageFrame,
  measure: Measure,
): PackSheet[] {
  const m = packMetrics(frame);
  const size = frame.type.body;
  const lines = (text: string, width: number, bold = false) => {
    const w = measure(text, size) * (bold ? 1.08 : 1) * 1.03;
    return Math.max(1, Math.ceil(w / Math.max(1, width - 2 * CELL_PAD_X)));
  };
  const rowHeight = (cells: readonly { text: string; bold?: boolean }[], shares: readonly number[]) => {
    let most = 1;
    cells.forEach((c, i) => {
      most = Math.max(most, lines(c.text, shares[i]! * m.columnWidth, c.bold));
    });
    return Math.ceil(most * m.line + 2 * CELL_PAD_Y + 1);
  };
  const textHeight = (text: string) =>
    Math.ceil(lines(text, m.columnWidth + 2 * CELL_PAD_X) * m.line + size * 0.5);

  // The flow: columns of pages, filled top to bottom.
  const sheets: PackSheet[] = [];
  let column: PackBlock[] = [];
  let used = 0;
  const newColumn = () => {
    let sheet = sheets.at(-1);
    if (!sheet || sheet.columns.length === m.columns) {
      sheet = { columns: [] };
      sheets.push(sheet);
    }
    column = [];
    sheet.columns.push(column);
    used = 0;
  };
  const room = () => m.columnHeight - used;
  const put = (block: PackBlock) => {
    column.push(block);
    used += block.height;
  };
  newColumn();

  /** A titled table whose rows continue in the next column (or page) under the title marked "continued". */
  const table = <R>(
    section: 'neglected' | 'prospects' | 'moves' | 'figures',
    intro: string | undefined,
    rows: readonly R[],
    cells: (row: R) => { text: string; bold?: boolean }[],
    make: (rows: R[], heights: number[]) => PackBlock,
    empty?: string,
  ) => {
    const shares = COLUMNS[section];
    const head = rowHeight(
      texts.headings[section].map((text) => ({ text, bold: true })),
      shares,
    );
    const heights = rows.map((r) => rowHeight(cells(r), shares));
    const introHeight = intro ? textHeight(intro) : 0;
    // The title, the intro and the first row (or the "none" line) stay together.
    const opening = m.title + introHeight + (rows.length > 0 ? head + heights[0]! : textHeight(empty ?? ''));
    if (used > 0 && SECTION_GAP + opening > room()) newColumn();
    if (used > 0) put({ kind: 'gap', height: SECTION_GAP });
    put({ kind: 'title', section, continued: false, height: m.title });
    if (intro) put({ kind: 'intro', text: intro, height: introHeight });
    if (rows.length === 0) {
      put({ kind: 'empty', text: empty ?? '', height: textHeight(empty ?? '') });
      return;
    }
    let i = 0;
    while (i < rows.length) {
      let h = head;
      let j = i;
      while (j < rows.length && h + heights[j]! <= room()) h += heights[j++]!;
      // A column too short for even one row still takes one (it is cut rather than looping forever).
      if (j === i) h += heights[j++]!;
      const block = make(rows.slice(i, j), [head, ...heights.slice(i, j)]);
      block.height = h;
      put(block);
      i = j;
      if (i < rows.length) {
        newColumn();
        put({ kind: 'title', section, continued: true, height: m.title });
      }
    }
  };

  table(
    'neglected',
    texts.intro.neglected,
    content.neglected.rows,
    (r) => [
      { text: r.name, bold: true },
      { text: texts.ringCell(r) },
      { text: r.reason },
      { text: r.lastContact },
    ],
    (rows, heights) => ({ kind: 'neglected', rows, heights, height: 0 }),
    texts.empty.neglected,
  );
  table(
    'prospects',
    texts.intro.prospects,
    content.prospects.rows,
    (r) => [{ text: r.name, bold: true }, { text: texts.touches(r) }, { text: '' }, { text: r.lastContact }],
    (rows, heights) => ({ kind: 'prospects', rows, heights, height: 0 }),
    texts.empty.prospects,
  );
  if (content.moves.rows.length > 0)
    table(
      'moves',
      texts.intro.moves,
      content.moves.rows,
      (r) => [{ text: r.name, bold: true }, { text: r.move }],
      (rows, heights) => ({ kind: 'moves', rows, heights, height: 0 }),
    );
  table(
    'figures',
    texts.intro.figures,
    content.figures,
    (r) => [{ text: r.label }, { text: r.now }, { text: r.before }, { text: r.change }],
    (rows, heights) => ({ kind: 'figures', rows, heights, height: 0 }),
  );

  // The last page: agreed actions (next steps written in, then lines to write on), then session notes
  // taking the rest of the column — together, on a new page if this one has no room for both.
  const shares = COLUMNS.actions;
  const actionHead = rowHeight(
    texts.headings.actions.map((text) => ({ text, bold: true })),
    shares,
  );
  const actionHeights = content.actions.map((a) =>
    rowHeight([{ text: a.name, bold: true }, { text: a.text }, { text: a.due }], shares),
  );
  const actionsHeight =
    (content.actions.length > 0 ? actionHead + actionHeights.reduce((s, h) => s + h, 0) : 0) +
    BLANK_ACTION_LINES * m.writeLine +
    4;
  const notesMin = MIN_NOTE_LINES * m.writeLine + 4;
  const closing = 2 * m.title + actionsHeight + SECTION_GAP + notesMin;
  if (used > 0 && SECTION_GAP + closing > room()) newColumn();
  if (used > 0) put({ kind: 'gap', height: SECTION_GAP });
  put({ kind: 'title', section: 'actions', continued: false, height: m.title });
  put({
    kind: 'actions',
    rows: content.actions,
    heights: content.actions.length > 0 ? [actionHead, ...actionHeights] : [],
    blankLines: BLANK_ACTION_LINES,
    height: actionsHeight,
  });
  put({ kind: 'gap', height: SECTION_GAP });
  put({ kind: 'title', section: 'notes', continued: false, height: m.title });
  const noteLines = Math.max(MIN_NOTE_LINES, Math.floor((room() - 4) / m.writeLine));
  put({ kind: 'notes', lines: noteLines, height: noteLines * m.writeLine + 4 });
  return sheets;
}
