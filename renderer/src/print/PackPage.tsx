/**
 * Page 2 of the coaching pack: neglected ties with their reasons and the open next steps, the prospects'
 * touches, and the depth-versus-breadth figures. Plain HTML tables (they print as text, sharp and searchable); sizes
 * follow the page's type scale so A3 reads as A4 does.
 */
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageFrame } from './print-layout';
import { type PageTexts, PRINT_FONT } from './print-map';
import type { PackFigures } from './print-pack';

interface Props {
  frame: PageFrame;
  texts: PageTexts;
  figures: PackFigures;
}

export function PackPage({ frame, texts, figures }: Props) {
  const { t } = useTranslation();
  const type = frame.type;
  const px = (v: number) => `${v}px`;
  const page: CSSProperties = {
    position: 'absolute',
    left: px(frame.content.x),
    top: px(frame.content.y),
    width: px(frame.content.width),
    height: px(frame.content.height),
    fontFamily: PRINT_FONT,
    fontSize: px(type.body),
  };
  const { neglected, prospects } = figures;
  return (
    <div className={frame.landscape ? 'pack pack-landscape' : 'pack'} style={page}>
      <header className="pack-header" style={{ height: px(frame.header.height) }}>
        <h1 style={{ fontSize: px(type.title) }}>{texts.title}</h1>
        <p style={{ fontSize: px(type.subtitle) }}>{texts.subtitle}</p>
      </header>
      <div className="pack-body" style={{ height: px(frame.body.height) }}>
        <div className="pack-left">
          <section className="pack-neglected">
            <h2 style={{ fontSize: px(type.subtitle * 1.2) }}>{t('print:pack.neglected.title')}</h2>
            <p className="pack-intro">{t('print:pack.neglected.intro', { ratio: neglected.ratio })}</p>
            {neglected.rows.length === 0 ? (
              <p>{t('print:pack.neglected.none')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>{t('print:pack.neglected.person')}</th>
                    <th>{t('print:pack.neglected.ring')}</th>
                    <th>{t('print:pack.neglected.reason')}</th>
                    <th>{t('print:pack.neglected.lastContact')}</th>
                  </tr>
                </thead>
                <tbody>
                  {neglected.rows.map((row) => (
                    <tr key={row.id}>
                      <td className="pack-name">{row.name}</td>
                      <td>
                        {row.ring}
                        {row.wanted ? <span className="pack-muted"> ({row.wanted})</span> : null}
                      </td>
                      <td>{row.reason}</td>
                      <td className="pack-date">{row.lastContact}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {neglected.more > 0 ? (
              <p className="pack-muted">{t('print:pack.neglected.more', { count: neglected.more })}</p>
            ) : null}
          </section>
          <PackNextSteps steps={figures.nextSteps} size={type.subtitle * 1.2} />
        </div>
        <div className="pack-right">
          <section className="pack-prospects">
            <h2 style={{ fontSize: px(type.subtitle * 1.2) }}>{t('print:pack.prospects.title')}</h2>
            <p className="pack-intro">
              {t('print:pack.prospects.intro', { months: prospects.months, goal: prospects.goal })}
            </p>
            {prospects.rows.length === 0 ? (
              <p>{t('print:pack.prospects.none')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>{t('print:pack.prospects.person')}</th>
                    <th>{t('print:pack.prospects.touches')}</th>
                    <th>{t('print:pack.prospects.progress')}</th>
                    <th>{t('print:pack.prospects.lastContact')}</th>
                  </tr>
                </thead>
                <tbody>
                  {prospects.rows.map((row) => (
                    <tr key={row.id}>
                      <td className="pack-name">{row.name}</td>
                      <td className="pack-number">
                        {row.touches} / {prospects.goal}
                      </td>
                      <td>
                        <ProgressBar value={row.progress} height={type.body} />
                      </td>
                      <td className="pack-date">{row.lastContact}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {prospects.more > 0 ? (
              <p className="pack-muted">{t('print:pack.prospects.more', { count: prospects.more })}</p>
            ) : null}
          </section>
          <section className="pack-figures">
            <h2 style={{ fontSize: px(type.subtitle * 1.2) }}>{t('print:pack.figures.title')}</h2>
            <p className="pack-intro">{t('print:pack.figures.intro')}</p>
            <table>
              <thead>
                <tr>
                  <th>{t('print:pack.figures.figure')}</th>
                  <th className="pack-number">{t('print:pack.figures.now')}</th>
                  <th className="pack-number">{t('print:pack.figures.before')}</th>
                  <th className="pack-number">{t('print:pack.figures.change')}</th>
                </tr>
              </thead>
              <tbody>
                {figures.figures.map((row) => (
                  <tr key={row.id}>
                    <td>{row.label}</td>
                    <td className="pack-number">{row.now}</td>
                    <td className="pack-number">{row.before}</td>
                    <td className="pack-number">{row.change}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      </div>
      <footer className="pack-footer" style={{ fontSize: px(type.footer) }}>
        {texts.footer}
      </footer>
    </div>
  );
}

/** The open next steps: who, what, by when (late ones marked); left out of an anonymised pack. */
function PackNextSteps({ steps, size }: { steps: PackFigures['nextSteps']; size: number }) {
  const { t } = useTranslation('agenda');
  if (!steps.anonymised && steps.rows.length === 0) return null;
  return (
    <section className="pack-next-steps">
      <h2 style={{ fontSize: `${size}px` }}>{t('agenda:pack.title')}</h2>
      {steps.anonymised ? (
        <p className="pack-muted">{t('agenda:pack.anonymised')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('agenda:pack.person')}</th>
              <th>{t('agenda:pack.step')}</th>
              <th>{t('agenda:pack.due')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.rows.map((row) => (
              <tr key={row.id}>
                <td className="pack-name">{row.name}</td>
                <td>{row.text}</td>
                <td className="pack-date">
                  {row.due}
                  {row.late ? <strong> {t('agenda:pack.late')}</strong> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {steps.more > 0 ? <p className="pack-muted">{t('agenda:pack.more', { count: steps.more })}</p> : null}
    </section>
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
