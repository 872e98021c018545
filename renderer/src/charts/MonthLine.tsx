/** A line over the months for a share (0–100 %), with dots at each month (D3 scales and line). */
import { line, scaleLinear, scalePoint } from 'd3';
import { ChartFrame, MonthLabels, YGrid } from './axes';
import { axisLeftMargin } from './axis-margin';

interface Props {
  data: readonly { month: string; value: number }[];
  locale: string;
  titleId: string;
  descId: string;
  /** The chart's title, also as the SVG's own <title>. */
  label: string;
  colour: string;
  width?: number;
  height?: number;
}

const MARGIN = { top: 12, right: 22, bottom: 26 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];

export function MonthLine({
  data,
  locale,
  titleId,
  descId,
  label,
  colour,
  width = 560,
  height = 200,
}: Props) {
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const tickLabels = TICKS.map((v) => pct.format(v));
  const left = axisLeftMargin(tickLabels);
  const innerWidth = width - left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const x = scalePoint<string>()
    .domain(data.map((d) => d.month))
    .range([0, innerWidth])
    .padding(0.3);
  const y = scaleLinear().domain([0, 1]).range([innerHeight, 0]);
  const path = line<{ month: string; value: number }>()
    .x((d) => x(d.month) ?? 0)
    .y((d) => y(d.value))(data as { month: string; value: number }[]);
  return (
    <ChartFrame
      width={width}
      height={height}
      left={left}
      top={MARGIN.top}
      label={label}
      titleId={titleId}
      descId={descId}
    >
      <YGrid ticks={TICKS} labels={tickLabels} y={y} width={innerWidth} />
      {path && <path d={path} fill="none" stroke={colour} strokeWidth={2.5} strokeLinejoin="round" />}
      {data.map((d) => (
        <circle key={d.month} cx={x(d.month)} cy={y(d.value)} r={3} fill={colour} />
      ))}
      <MonthLabels
        months={data.map((d) => d.month)}
        x={(month) => x(month) ?? 0}
        y={innerHeight + 16}
        plotWidth={innerWidth}
        locale={locale}
      />
    </ChartFrame>
  );
}
