import { describe, expect, it } from 'vitest';
import { formatPersonRef, parsePersonRef } from '../../electron/import/person-ref';

describe('a person as Tiefgang files name them', () => {
  it('reads "Name <address>", an address alone, or a name alone', () => {
    expect(parsePersonRef('Anna Berg <Anna@Example.org>')).toEqual({
      name: 'Anna Berg',
      email: 'anna@example.org',
    });
    expect(parsePersonRef('"Berg, Anna" <anna@example.org>')).toEqual({
      name: 'Berg, Anna',
      email: 'anna@example.org',
    });
    expect(parsePersonRef('mailto:anna@example.org')).toEqual({ email: 'anna@example.org' });
    expect(parsePersonRef('  Anna   Berg ')).toEqual({ name: 'Anna Berg' });
    expect(parsePersonRef('   ')).toBeNull();
  });

  it('keeps a line separator pasted into a name (found by the export fuzz test)', () => {
    const name = '=\u2028!';
    expect(parsePersonRef(formatPersonRef(name, 'p0@example.org'))).toEqual({
      name,
      email: 'p0@example.org',
    });
  });

  it('writes a name with quotes as a quoted string and reads it back (found by the export fuzz test)', () => {
    for (const name of ['""', '"Anna"', 'Anna "Ann" Berg', 'back\\slash', '\\"']) {
      expect(parsePersonRef(formatPersonRef(name, 'p0@example.org'))).toEqual({
        name,
        email: 'p0@example.org',
      });
    }
    expect(formatPersonRef('""', 'p0@example.org')).toBe('"\\"\\"" <p0@example.org>');
  });
});
