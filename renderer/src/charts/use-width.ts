/** The width of an element, kept current with a ResizeObserver, so charts draw at 1:1 pixels and their text stays readable. */
import { type RefObject, useLayoutEffect, useState } from 'react';

export function useWidth(ref: RefObject<Element | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (w: number) => {
      // Zero while hidden or not laid out yet: keep the last useful width.
      if (w >= 1) setWidth(Math.round(w));
    };
    update(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
