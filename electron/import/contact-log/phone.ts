/**
 * Phone numbers as one comparable form: `+` and the digits of the full international number.
 *
 * Chat and call logs write the same number as `+43 664 1234567`, `0043 664 1234567`, `0664/1234567` or
 * `06641234567`. A number without a country code is read in the owner's country (a setting, default
 * +43): its trunk zero is dropped, except in the few countries that keep it (Italy, San Marino, the
 * Vatican). Short codes and sender names (`A1`, `Amazon`, `4242`) are no person's number: null.
 *
 * Hand-written rather than libphonenumber: matching needs this one canonical form, not validation or
 * formatting, and the full metadata would add about half a megabyte for no better match.
 */

/** Country codes whose national numbers keep their leading zero after the country code. */
const KEEPS_TRUNK_ZERO = new Set(['+39', '+378', '+379']);

/** The shortest national number treated as a person's (shorter ones are service and short codes). */
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

export const DEFAULT_COUNTRY_CODE = '+43';

export function isCountryCode(value: string): boolean {
  return /^\+[1-9]\d{0,3}$/.test(value);
}

export function normalisePhoneNumber(raw: string, countryCode = DEFAULT_COUNTRY_CODE): string | null {
  const value = raw.trim();
  if (value === '' || /\p{L}/u.test(value)) return null;
  let digits = value.replace(/[^\d+]/g, '');
  if (digits.lastIndexOf('+') > 0) return null;
  let international: string;
  if (digits.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = `+${digits.slice(2)}`;
  else {
    const country = isCountryCode(countryCode) ? countryCode : DEFAULT_COUNTRY_CODE;
    if (digits.startsWith('0') && !KEEPS_TRUNK_ZERO.has(country)) digits = digits.slice(1);
    international = `${country}${digits}`;
  }
  const count = international.length - 1;
  if (count < MIN_DIGITS || count > MAX_DIGITS || !/^\+[1-9]\d+$/.test(international)) return null;
  // A national number shorter than a subscriber number is a short code (`0800`-style services aside).
  if (!digits.startsWith('+') && !value.startsWith('00') && digits.replace(/^0/, '').length < MIN_DIGITS - 1)
    return null;
  return international;
}

/** A readable form for a new person's name when only the number is known: the number as written. */
export function phoneLabel(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}
