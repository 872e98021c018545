/**
 * One text page of the coaching pack: its columns of blocks as pack-pages.ts laid them out (neglected
 * ties with their reasons, the prospects' touches, who moved, the depth-versus-breadth figures, and on the
 * last page the agreed actions and session notes boxes), each block drawn at the height it was given.
 * Plain HTML tables (they print as text, sharp and searchable); sizes follow the page's type scale so A3
 * reads as A4 does.
 */
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_GAP, COLUMNS, type PackBlock, type PackSheet } from './pack-pages';
import type { PageFrame } from './print-layout';
import { type PageTexts, PRINT_FONT } from './print-map';
import type { PackFigures } from './print-pack';

interface Props {
  frame: PageFrame;
  texts: PageTexts;
  sheet: PackSheet;
  /** What the tables' headings and intros say (shared by every text page of the pack). */
  meta: Pick<PackFigures, 'neglected' | 'prospects' | 'moves'>;
}

const px = (v: number) => `${v}px`;

export function PackPage({ frame, texts, sheet, meta }: Props) {
  const type = frame.type;
  const page: CSSProperties = {
    position: 'absolute',
    left: px(frame.content.x),
    top: px(frame.content.y),
    width: px(frame.content.width),
    height: px(frame.content.height),
    fontFamily: PRINT_FONT,
    fontSize: px(type.body),
  };
  return (
    <div className={frame.landscape ? 'pack pack-landscape' : 'pack'} style={page}>
      <header className="pack-header" style={{ height: px(frame.header.height) }}>
        <h1 style={{ fontSize: px(type.title) }}>{texts.title}</h1>
        <p style={{ fontSize: px(type.subtitle) }}>{texts.subtitle}</p>
      </header>
      <div className="pack-body" style={{ height: px(frame.body.height), columnGap: px(COLUMN_GAP) }}>
        {sheet.columns.map((column, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a page's columns never reorder
          <div key={i} className="pack-column">
            {column.map((block, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a column's blocks never reorder
              <Block key={j} block={block} frame={frame} meta={meta} />
            ))}
          </div>
        ))}
      </div>
      <footer className="pack-footer" style={{ fontSize: px(type.footer) }}>
        {texts.footer}
      </footer>
    </div>
  );
}

function Block({ block, frame, meta }: { block: PackBlock; frame: PageFrame; meta: Props['meta'] }) {
  const { t } = useTranslation();
  const height = { height: px(block.height) };
  switch (block.kind) {
    case 'gap':
      return <div aria-hidden="true" style={height} />;
    case 'title':
      return (
        <h2
          className="pack-title"
          data-section={block.section}
          style={{ ...height, fontSize: px(frame.type.subtitle * 1.2) }}
        >
          {t(`print:pack.${block.section}.title`, { months: meta.moves.months })}
          {block.continued ? <span className="pack-muted"> ({t('print:pack.continued')})</span> : null}
        </h2>
      );
    case 'intro':
      return (
        <p className="pack-intro" style={height}>
          {block.text}
        </p>
      );
    case 'empty':
      return <p style={height}>{block.text}</p>;
    case 'neglected':
      return (
        <Table
          section="neglected"
          heights={block.heights}
          height={block.height}
          head={[
            t('print:pack.neglected.person'),
            t('print:pack.neglected.ring'),
            t('print:pack.neglected.reason'),
            t('print:pack.neglected.lastContact'),
          ]}
          rows={block.rows.map((row) => [
            <span key="n" className="pack-name">
              {row.name}
            </span>,
            <span key="r">
              {row.ring}
              {row.wanted ? <span className="pack-muted"> ({row.wanted})</span> : null}
            </span>,
            row.reason,
            <span key="d" className="pack-date">
              {row.lastContact}
            </span>,
          ])}
        />
      );
    case 'prospects':
      return (
        <Table
          section="prospects"
          heights={block.heights}
          height={block.height}
          head={[
            t('print:pack.prospects.person'),
            t('print:pack.prospects.touches'),
            t('print:pack.prospects.progress'),
            t('print:pack.prospects.lastContact'),
          ]}
          numeric={[1]}
          rows={block.rows.map((row) => [
            <span key="n" className="pack-name">
              {row.name}
            </span>,
            `${row.touches} / ${meta.prospects.goal}`,
            <ProgressBar key="p" value={row.progress} height={frame.type.body} />,
            <span key="d" className="pack-date">
              {row.lastContact}
            </span>,
          ])}
        />
      );
    case 'moves':
      return (
        <Table
          section="moves"
          heights={block.heights}
          height={block.height}
          head={[t('print:pack.moves.person'), t('print:pack.moves.move')]}
          rows={block.rows.map((row) => [
            <span key="n" className="pack-name">
              {row.name}
            </span>,
            row.move,
          ])}
        />
      );
    case 'figures':
      return (
        <Table
          section="figures"
          heights={block.heights}
          height={block.height}
          head={[
            t('print:pack.figures.figure'),
            t('print:pack.figures.now'),
            t('print:pack.figures.before'),
            t('print:pack.figures.change'),
          ]}
          numeric={[1, 2, 3]}
          rows={block.rows.map((row) => [row.label, row.now, row.before, row.change])}
        />
      );
    case 'actions':
      return (
        <div className="pack-box" data-box="actions" style={height}>
          {block.rows.length > 0 && (
            <Table
              section="actions"
              heights={block.heights}
              height={block.heights.reduce((s, h) => s + h, 0)}
              head={[
                t('print:pack.actions.person'),
                t('print:pack.actions.step'),
                t('print:pack.actions.due'),
              ]}
              rows={block.rows.map((row) => [
                <span key="n" className="pack-name">
                  {row.name}
                </span>,
                row.text,
                <span key="d" className="pack-date">
                  {row.due}
                </span>,
              ])}
            />
          )}
          <WriteLines count={block.blankLines} frame={frame} />
        </div>
      );
    case 'notes':
      return (
        <div className="pack-box" data-box="notes" style={height}>
          <WriteLines count={block.lines} frame={frame} />
        </div>
      );
  }
}

/** A table at the heights it was laid out with (heights[0] the heading row), columns as COLUMNS says. */
function Table({
  section,
  head,
  rows,
  heights,
  height,
  numeric = [],
}: {
  section: keyof typeof COLUMNS;
  head: string[];
  rows: React.ReactNode[][];
  heights: number[];
  height: number;
  numeric?: number[];
}) {
  const shares = COLUMNS[section];
  const align = (i: number) => (numeric.includes(i) ? 'pack-number' : undefined);
  return (
    <table className="pack-table" data-table={section} style={{ height: px(height) }}>
      <colgroup>
        {shares.map((share, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one column per share, in order
          <col key={i} style={{ width: `${share * 100}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr style={{ height: px(heights[0] ?? 0) }}>
          {head.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one heading per column, in order
            <th key={i} className={align(i)}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows keep their order within a page
          <tr key={r} style={{ height: px(heights[r + 1] ?? 0) }}>
            {cells.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one cell per column, in order
              <td key={i} className={align(i)}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Ruled lines to write on by hand. */
function WriteLines({ count, frame }: { count: number; frame: PageFrame }) {
  const line = Math.round(frame.type.body * 2.6);
  return (
    <div className="pack-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical empty lines
        <div key={i} className="pack-line" style={{ height: px(line) }} />
      ))}
    </div>
  );
}

/** A bar that reads in greyscale: an outline, a dark fill for the share reached. */
function ProgressBar({ value, height }: { value: number; height: number }) {
  const width = 60;
  const clamped = Math.max(0, Math.min(1, value));
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      className="pack-bar"
    >
      <rect
        x={0.5}
        y={0.5}
        width={width - 1}
        height={height - 1}
        fill="#ffffff"
        stroke="#52606d"
        strokeWidth={0.75}
      />
      <rect x={1.5} y={1.5} width={Math.max(0, (width - 3) * clamped)} height={height - 3} fill="#3e4c59" />
    </svg>
  );
}
