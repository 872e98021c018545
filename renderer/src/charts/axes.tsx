/**
 * Axis pieces shared by the dashboard's charts: the y-axis grid with its tick labels, and how many months
 * to skip between x-axis labels so they never crowd.
 */

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
