/**
 * Pieces shared by the dashboard's charts: the accessible SVG frame, the y-axis grid with its tick labels,
 * and the month labels under the x-axis (thinned out so they never crowd).
 */
import type { ReactNode } from 'react';
import { monthLabel } from './series';

/** The chart's SVG: an image named by its title and described by the table beside it; the plot at (left, top). */
export function ChartFrame({
  width,
  height,
  left,
  top,
  label,
  titleId,
  descId,
  children,
}: {
  width: number;
  height: number;
  left: number;
  top: number;
  label: string;
  titleId: string;
  descId: string;
  children: ReactNode;
}) {
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title>{label}</title>
      <g transform={`translate(${left},${top})`}>{children}</g>
    </svg>
  );
}

/** Month labels at `x(month)` under the plot, about one per 60 px, the last month always labelled. */
export function MonthLabels({
  months,
  x,
  y,
  plotWidth,
  locale,
}: {
  months: readonly string[];
  x: (month: string) => number;
  y: number;
  plotWidth: number;
  locale: string;
}) {
  const every = monthLabelStep(months.length, plotWidth);
  return (
    <>
      {months.map((month, i) =>
        i % every === (months.length - 1) % every ? (
          <text key={month} className="chart-tick" x={x(month)} y={y} textAnchor="middle">
            {monthLabel(month, locale)}
          </text>
        ) : null,
      )}
    </>
  );
}

/** Horizontal grid lines with right-aligned labels left of the plot, one per tick. */
export function YGrid({
  ticks,
  labels,
  y,
  width,
}: {
  ticks: readonly number[];
  labels: readonly string[];
  y: (value: number) => number;
  width: number;
}) {
  return (
    <>
      {ticks.map((v, i) => (
        <g key={v} transform={`translate(0,${y(v)})`}>
          <line className="chart-grid" x1={0} x2={width} />
          <text className="chart-tick" x={-6} dy="0.32em" textAnchor="end">
            {labels[i]}
          </text>
        </g>
      ))}
    </>
  );
}

/** About one month label per 60 px: label month i when `i % step === (count - 1) % step` (the last one always). */
export function monthLabelStep(count: number, plotWidth: number): number {
  return Math.max(1, Math.ceil(count / Math.max(2, Math.floor(plotWidth / 60))));
}
