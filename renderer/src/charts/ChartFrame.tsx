/**
 * A chart's frame: a figure with its title and a sentence saying what it shows, the SVG (an image to
 * assistive technology, described by both), and the numbers as a table one click away.
 */
import { type ReactNode, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWidth } from './use-width';

interface Props {
  title: string;
  description: string;
  /** Column headings and rows of the data table. */
  table: { head: string[]; rows: (string | number)[][] };
  legend?: ReactNode;
  children: (ids: { titleId: string; descId: string; label: string; width: number }) => ReactNode;
}

export function ChartFrame({ title, description, table, legend, children }: Props) {
  const { t } = useTranslation('dashboard');
  const titleId = useId();
  const descId = useId();
  const area = useRef<HTMLDivElement>(null);
  const width = useWidth(area, 480);
  return (
    <figure className="chart card">
      <figcaption>
        <h2 id={titleId}>{title}</h2>
        <p id={descId} className="muted">
          {description}
        </p>
      </figcaption>
      {legend}
      <div ref={area} className="chart-area">
        {children({ titleId, descId, label: title, width })}
      </div>
      <details className="chart-table">
        <summary>{t('dashboard:showTable')}</summary>
        <table className="data-table">
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={table.head[i]} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={table.head[i]}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
