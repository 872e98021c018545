/**
 * Bars per month, stacked when there are several series (D3 scales and stack, drawn by React). The
 * x axis names every third month, the y axis has a few round ticks and light grid lines.
 */
import { max, scaleBand, scaleLinear, stack } from 'd3';
import { ChartFrame, MonthLabels, YGrid } from './axes';
import { axisLeftMargin } from './axis-margin';

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
}

interface Props {
  data: readonly ({ month: string } & Record<string, number | string>)[];
  series: readonly BarSeries[];
  locale: string;
  titleId: string;
  descId: string;
  /** The chart's title, also as the SVG's own <title>. */
  label: string;
  width?: number;
  height?: number;
}

const MARGIN = { top: 10, right: 22, bottom: 26 };

export function MonthBars({
  data,
  series,
  locale,
  titleId,
  descId,
  label,
  width = 560,
  height = 200,
}: Props) {
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const stacked = stack<{ month: string } & Record<string, number | string>>()
    .keys(series.map((s) => s.key))
    .value((d, key) => Number(d[key] ?? 0))(data as ({ month: string } & Record<string, number | string>)[]);
  const top = max(stacked.at(-1) ?? [], (d) => d[1]) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(1, top)])
    .nice(4)
    .range([innerHeight, 0]);
  const ticks = y.ticks(4).filter((v) => Number.isInteger(v));
  const count = new Intl.NumberFormat(locale);
  const tickLabels = ticks.map((v) => count.format(v));
  const left = axisLeftMargin(tickLabels);
  const innerWidth = width - left - MARGIN.right;
  const x = scaleBand<string>()
    .domain(data.map((d) => d.month))
    .range([0, innerWidth])
    .padding(0.22);
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
      <YGrid ticks={ticks} labels={tickLabels} y={y} width={innerWidth} />
      {stacked.map((layer, i) => (
        <g key={layer.key} fill={series[i]!.colour}>
          {layer.map((d) => (
            <rect
              key={d.data.month}
              x={x(d.data.month)}
              y={y(d[1])}
              width={x.bandwidth()}
              height={Math.max(0, y(d[0]) - y(d[1]))}
            />
          ))}
        </g>
      ))}
      <line className="chart-axis" x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} />
      <MonthLabels
        months={data.map((d) => d.month)}
        x={(month) => (x(month) ?? 0) + x.bandwidth() / 2}
        y={innerHeight + 16}
        plotWidth={innerWidth}
        locale={locale}
      />
    </ChartFrame>
  );
}
