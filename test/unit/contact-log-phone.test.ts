import { describe, expect, it } from 'vitest';
import { normalisePhoneNumber } from '../../electron/import/contact-log/phone';
import { looksLikePhone, Owner } from '../../electron/import/contact-log/tally';

describe('phone numbers in one form', () => {
  it.each([
    ['+43 664 1234567', '+436641234567'],
    ['0043 664 1234567', '+436641234567'],
    ['0664/123 45 67', '+436641234567'],
    ['(0664) 123-4567', '+436641234567'],
    ['06641234567', '+436641234567'],
    ['+49 (30) 1234567', '+49301234567'],
    ['‪+43 664 1234567‬', '+436641234567'],
  ])('%s → %s (country code +43)', (raw, expected) => {
    expect(normalisePhoneNumber(raw, '+43')).toBe(expected);
  });

  it('reads numbers without a country code in the given country, keeping Italy’s trunk zero', () => {
    expect(normalisePhoneNumber('030 1234567', '+49')).toBe('+49301234567');
    expect(normalisePhoneNumber('06 12345678', '+39')).toBe('+390612345678');
  });

  it.each(['A1', 'Amazon', '4242', '0800', '', '+', '12+34'])('%s is no person’s number', (raw) => {
    expect(normalisePhoneNumber(raw, '+43')).toBeNull();
  });

  it('tells numbers from names', () => {
    expect(looksLikePhone('+43 664 1234567')).toBe(true);
    expect(looksLikePhone('Anna Berg')).toBe(false);
    expect(looksLikePhone('Max 2')).toBe(false);
  });

  it('recognises the owner by name, address or number however written', () => {
    const owner = new Owner({
      names: ['Max Mustermann'],
      emails: ['Max@Mustermann.at'],
      phones: ['0660 7654321'],
      countryCode: '+43',
    });
    expect(owner.isSender('max mustermann')).toBe(true);
    expect(owner.isSender('+43 660 7654321')).toBe(true);
    expect(owner.hasEmail('max@mustermann.AT')).toBe(true);
    expect(owner.isSender('Anna Berg')).toBe(false);
    expect(
      new Owner({ names: ['+43 660 7654321'], emails: [], phones: [], countryCode: '+43' }).isSender(
        '06607654321',
      ),
    ).toBe(true);
  });
});
