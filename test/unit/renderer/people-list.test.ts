import { describe, expect, it } from 'vitest';
import type { PersonSummary } from '../../../renderer/src/model/people-view';
import { FIRST_ROWS, shownRows } from '../../../renderer/src/views/map/PeopleList';

const summary = (i: number) => ({ person: { id: `p${i}` } }) as unknown as PersonSummary;
const people = Array.from({ length: 250 }, (_, i) => summary(i));
const ids = (rows: readonly PersonSummary[]) => rows.map((r) => r.person.id);

describe('shownRows (the people list before "Show all")', () => {
  it('shows everyone when there are no more than the limit', () => {
    const few = people.slice(0, FIRST_ROWS);
    expect(shownRows(few, FIRST_ROWS, undefined)).toBe(few);
  });

  it('shows the first rows in their order when there are more', () => {
    expect(ids(shownRows(people, 100, undefined))).toEqual(ids(people.slice(0, 100)));
  });

  it('adds the selected person after the first rows when they are further down', () => {
    const rows = shownRows(people, 100, 'p200');
    expect(rows).toHaveLength(101);
    expect(rows[100]?.person.id).toBe('p200');
  });

  it('does not repeat a selected person who is already shown, and ignores an unknown one', () => {
    expect(ids(shownRows(people, 100, 'p5'))).toEqual(ids(people.slice(0, 100)));
    expect(shownRows(people, 100, 'gone')).toHaveLength(100);
  });

  it('shows everyone without a limit', () => {
    expect(shownRows(people, Number.POSITIVE_INFINITY, 'p3')).toBe(people);
  });
});
