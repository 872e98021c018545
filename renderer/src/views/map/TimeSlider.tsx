/**
 * "As of" any day of the record: a slider over the days from the first encounter to today, month
 * steps, and a play button that walks through time (each step asks for one scene; a slow step is
 * skipped, never queued).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths, dayOf, isoDate } from '../../../../shared/engine/dates';
import { formatEncounterDate } from '../../i18n/format';

interface Props {
  asOf: string;
  first: string;
  today: string;
  playing: boolean;
  locale: string;
  onChange: (asOf: string) => void;
  onPlaying: (playing: boolean) => void;
}

/** About 150 steps from start to end, at least a week each. */
export function playStepDays(first: string, last: string): number {
  return Math.max(7, Math.round((dayOf(last) - dayOf(first)) / 150));
}
const PLAY_INTERVAL_MS = 120;

export function TimeSlider({ asOf, first, today, playing, locale, onChange, onPlaying }: Props) {
  const { t } = useTranslation();
  const min = Math.min(dayOf(first), dayOf(today));
  const max = dayOf(today);
  const value = Math.min(max, Math.max(min, dayOf(asOf)));
  const current = useRef(value);
  current.current = value;

  useEffect(() => {
    if (!playing) return;
    const step = playStepDays(isoDate(min), isoDate(max));
    if (current.current >= max) onChange(isoDate(min));
    const timer = setInterval(() => {
      const next = current.current + step;
      if (next >= max) {
        onChange(isoDate(max));
        onPlaying(false);
      } else onChange(isoDate(next));
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing, min, max, onChange, onPlaying]);

  const clamp = (d: number) => isoDate(Math.min(max, Math.max(min, d)));
  return (
    <fieldset className="map-time">
      <legend className="visually-hidden">{t('map:time.label')}</legend>
      <button
        type="button"
        className="button"
        aria-pressed={playing}
        onClick={() => onPlaying(!playing)}
        title={playing ? t('map:time.pause') : t('map:time.play')}
      >
        {playing ? '❚❚' : '▶'}
        <span className="visually-hidden">{playing ? t('map:time.pause') : t('map:time.play')}</span>
      </button>
      <button
        type="button"
        className="button"
        onClick={() => onChange(clamp(addMonths(value, -1)))}
        title={t('map:time.stepBack')}
      >
        ‹<span className="visually-hidden">{t('map:time.stepBack')}</span>
      </button>
      <label className="map-time-label" htmlFor="map-as-of">
        {t('map:time.label')}
      </label>
      <input
        id="map-as-of"
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-valuetext={formatEncounterDate(isoDate(value), locale)}
        onChange={(e) => onChange(isoDate(Number(e.target.value)))}
      />
      <output htmlFor="map-as-of" className="map-time-value" data-as-of={isoDate(value)}>
        {formatEncounterDate(isoDate(value), locale)}
      </output>
      <button
        type="button"
        className="button"
        onClick={() => onChange(clamp(addMonths(value, 1)))}
        title={t('map:time.stepForward')}
      >
        ›<span className="visually-hidden">{t('map:time.stepForward')}</span>
      </button>
      <button
        type="button"
        className="button"
        disabled={value === max}
        onClick={() => onChange(isoDate(max))}
      >
        {t('map:time.today')}
      </button>
    </fieldset>
  );
}
