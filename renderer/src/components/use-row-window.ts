/**
 * Which rows of a long table to render: those in view in its scroll container, plus a margin, with the
 * height of the rest kept by two spacer rows, so a table of 5,000 people costs what a screenful does.
 * Rows are taken to be of equal height (measured from the first rendered row). Written by hand: this
 * one case (a table, equal rows, one scroll box) is a few lines, smaller than a general library's API.
 * Up to `threshold` rows everything is rendered (find-in-page and every test see all rows).
 */
import { type RefObject, useCallback, useLayoutEffect, useState } from 'react';

export interface RowWindow {
  start: number;
  end: number;
  /** Heights (px) of the spacer rows before and after the rendered ones. */
  before: number;
  after: number;
}

const OVERSCAN = 12;
const GUESS_ROW_PX = 34;

export function useRowWindow(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  threshold = 300,
): RowWindow {
  const [rowHeight, setRowHeight] = useState(GUESS_ROW_PX);
  const [view, setView] = useState({ top: 0, height: 800 });
  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    setView((v) =>
      v.top === el.scrollTop && v.height === el.clientHeight
        ? v
        : { top: el.scrollTop, height: el.clientHeight },
    );
    const row = el.querySelector<HTMLElement>('tbody tr:not(.row-spacer)');
    const h = row?.getBoundingClientRect().height;
    if (h && Math.abs(h - rowHeight) > 0.5) setRowHeight(h);
  }, [scroller, rowHeight]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || count <= threshold) return;
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [scroller, count, threshold, measure]);

  if (count <= threshold) return { start: 0, end: count, before: 0, after: 0 };
  const start = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const end = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}
