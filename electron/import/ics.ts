/**
 * iCalendar (.ics) → encounters. ical.js parses the calendar, resolves VTIMEZONEs, turns DURATION into
 * an end and expands recurrence rules (with EXDATE and RECURRENCE-ID exceptions). This module decides
 * what counts as an encounter: an event with at least one attendee besides "me" who did not decline.
 *
 * Who is "me": the addresses in `ownerEmails` plus the calendar's own address (Google writes it as
 * X-WR-CALNAME). Without any known address the organiser is taken to be the owner (an export of one's
 * own calendar mostly holds meetings one organised). Nothing here reads the clock: recurring events are
 * expanded only within `options.window`; single events are taken whatever their date.
 */
import ICAL from 'ical.js';
import { isEmail, naturalOrder, normaliseEmail } from '../../shared/domain/names';
import { EncounterDate } from '../../shared/domain/schema';
import { formatOffset, pad2 } from './dates';
import { ImportError } from './errors';
import { checkEventDates, matchesMonthDay } from './ics-dates';
import { normaliseNewlines, stripBom } from './text';
import type {
  ImportedEncounter,
  ImportNotice,
  ParsedImport,
  ParseOptions,
  PersonRef,
  SkippedRow,
} from './types';

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalProperty = InstanceType<typeof ICAL.Property>;

interface Block {
  /** 1-based line of BEGIN:VEVENT. */
  line: number;
  start: number;
  end: number;
}

/**
 * Limits of recurrence expansion. Occurrences are capped per event and per file: 200 events repeating
 * every second must not become a million encounters. Repetitions (steps through a rule, also before the
 * window) are capped per event and per file too: a FREQ=SECONDLY rule from 1970 never reaches this
 * year's window, and ical.js takes about 5 µs per step (ms for some monthly rules far in the future).
 */
export const RECURRENCE_LIMITS = {
  occurrencesPerEvent: 5_000,
  occurrencesPerFile: 50_000,
  repetitionsPerEvent: 200_000,
  repetitionsPerFile: 1_000_000,
};

/** What the recurring events of one file used of the limits, and which limits they reached. */
interface RecurrenceBudget {
  occurrencesPerEvent: number;
  occurrencesPerFile: number;
  repetitionsPerEvent: number;
  repetitionsPerFile: number;
  occurrences: number;
  repetitions: number;
  /** Set once a file limit is reached: every later recurring event is left out. */
  exhausted?: string;
  /** Events that reached each limit (cut short or, for the file limits, left out). */
  reached: Record<
    'occurrences-per-event' | 'occurrences-per-file' | 'repetitions-per-event' | 'repetitions-per-file',
    number
  >;
}

function recurrenceBudget(options: ParseOptions): RecurrenceBudget {
  return {
    occurrencesPerEvent: options.maxOccurrencesPerEvent ?? RECURRENCE_LIMITS.occurrencesPerEvent,
    occurrencesPerFile: options.maxOccurrencesPerFile ?? RECURRENCE_LIMITS.occurrencesPerFile,
    repetitionsPerEvent: options.maxRepetitionsPerEvent ?? RECURRENCE_LIMITS.repetitionsPerEvent,
    repetitionsPerFile: options.maxRepetitionsPerFile ?? RECURRENCE_LIMITS.repetitionsPerFile,
    occurrences: 0,
    repetitions: 0,
    reached: {
      'occurrences-per-event': 0,
      'occurrences-per-file': 0,
      'repetitions-per-event': 0,
      'repetitions-per-file': 0,
    },
  };
}

/** The preview's summary of the limits reached (see ImportNotice). */
function recurrenceNotices(budget: RecurrenceBudget): ImportNotice[] {
  const notices: ImportNotice[] = [];
  const { reached } = budget;
  if (reached['occurrences-per-event'])
    notices.push({
      code: 'occurrences-per-event',
      values: { events: reached['occurrences-per-event'], limit: budget.occurrencesPerEvent },
    });
  if (reached['occurrences-per-file'])
    notices.push({
      code: 'occurrences-per-file',
      values: {
        limit: budget.occurrencesPerFile,
        kept: budget.occurrences,
        events: reached['occurrences-per-file'],
      },
    });
  if (reached['repetitions-per-event'])
    notices.push({
      code: 'repetitions-per-event',
      values: { events: reached['repetitions-per-event'], limit: budget.repetitionsPerEvent },
    });
  if (reached['repetitions-per-file'])
    notices.push({
      code: 'repetitions-per-file',
      values: { limit: budget.repetitionsPerFile, events: reached['repetitions-per-file'] },
    });
  return notices;
}
const VIDEO_LINK =
  /zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|jitsi|skype/i;

export function parseIcs(file: string, rawText: string, options: ParseOptions): ParsedImport {
  const text = normaliseNewlines(stripBom(rawText));
  const lines = text.split('\n');
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  if (firstLine === -1 || lines[firstLine]!.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw new ImportError('not-format', {
      file,
      line: firstLine + 1,
      format: 'iCalendar',
      detail: 'it does not begin with BEGIN:VCALENDAR',
    });
  }
  const blocks = findEvents(file, lines);
  if (blocks.length === 0)
    throw new ImportError('no-records', { file, detail: 'the calendar holds no events' });

  const skipped: SkippedRow[] = [];
  const events = parseEvents(lines, blocks, skipped);
  const calendarName = events.calendar?.getFirstPropertyValue('x-wr-calname');
  const me = new Set((options.ownerEmails ?? []).map(normaliseEmail));
  if (typeof calendarName === 'string' && isEmail(calendarName)) me.add(normaliseEmail(calendarName));

  const encounters: ImportedEncounter[] = [];
  const budget = recurrenceBudget(options);
  const context: EventContext = { file, options, me, skipped, encounters, budget };

  // One event that ical.js cannot expand (an odd rule, a broken date) costs that event, not the file.
  const guarded = (line: number, work: () => void) => {
    const before = encounters.length;
    try {
      work();
    } catch (error) {
      if (error instanceof ImportError) throw error;
      encounters.length = before;
      skipped.push({ line, reason: 'invalid-record', detail: shortMessage(error) });
    }
  };

  // Exceptions (RECURRENCE-ID) belong to the recurring event with the same UID.
  const masters = new Map<string, { event: IcalEvent; line: number }>();
  // An event with an impossible date is skipped with the line of that date (see ics-dates.ts).
  const dates = new Map(blocks.map((block) => [block.line, checkEventDates(lines, block)]));
  const impossible = (line: number) => {
    const problem = dates.get(line)?.problem;
    if (problem) skipped.push(problem);
    return problem !== undefined;
  };

  for (const { component, line } of events.list) {
    if (component.hasProperty('recurrence-id') || impossible(line)) continue;
    guarded(line, () => {
      const event = new ICAL.Event(component, { strictExceptions: false });
      const uid = event.uid ?? '';
      masters.set(uid && !masters.has(uid) ? uid : `${uid}#${line}`, { event, line });
    });
  }
  // Progress counts the events as they are taken: exceptions first, then the masters (the costly part).
  const progress = options.onProgress;
  const total = events.list.length;
  let done =
    total - masters.size - events.list.filter((e) => e.component.hasProperty('recurrence-id')).length;
  progress?.(done, total);
  for (const { component, line } of events.list) {
    if (!component.hasProperty('recurrence-id')) continue;
    progress?.(++done, total);
    if (impossible(line)) continue;
    guarded(line, () => {
      const exception = new ICAL.Event(component);
      const master = masters.get(exception.uid ?? '');
      if (master?.event.isRecurring()) master.event.relateException(exception);
      else takeSingle(context, exception, line);
    });
  }
  for (const { event, line } of masters.values()) {
    progress?.(++done, total);
    guarded(line, () => {
      if (!event.component.hasProperty('dtstart')) skipped.push({ line, reason: 'no-start' });
      else if (event.isRecurring()) takeRecurring(context, event, line, dates.get(line)?.ruleLine ?? line);
      else takeSingle(context, event, line);
    });
  }
  encounters.sort((a, b) => a.line - b.line || a.date.localeCompare(b.date));
  skipped.sort((a, b) => a.line - b.line);
  const notices = recurrenceNotices(budget);
  return {
    format: 'ics',
    fileName: file,
    people: [],
    encounters,
    ties: [],
    skipped,
    ...(notices.length ? { notices } : {}),
  };
}

/** Top-level VEVENT blocks; a file that ends inside a component is truncated. */
function findEvents(file: string, lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const stack: { name: string; line: number }[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim().toUpperCase();
    if (line.startsWith('BEGIN:')) {
      stack.push({ name: line.slice(6), line: index + 1 });
    } else if (line.startsWith('END:') && stack.length > 0) {
      const open = stack.pop()!;
      if (open.name === 'VEVENT' && stack.length === 1)
        blocks.push({ line: open.line, start: open.line - 1, end: index });
    }
  });
  if (stack.length > 0) throw new ImportError('truncated', { file, line: stack[stack.length - 1]!.line });
  return blocks;
}

interface ParsedEvents {
  calendar: IcalComponent | null;
  list: { component: IcalComponent; line: number }[];
}

/**
 * Parses the whole calendar with ical.js; if it rejects the file, parses each event on its own (with the
 * calendar's time zones) so one broken event costs that event, not the calendar.
 */
function parseEvents(
  lines: readonly string[],
  blocks: readonly Block[],
  skipped: SkippedRow[],
): ParsedEvents {
  try {
    const calendar = new ICAL.Component(ICAL.parse(lines.join('\r\n')));
    const vevents = calendar.getAllSubcomponents('vevent');
    if (vevents.length === blocks.length) {
      return { calendar, list: vevents.map((component, i) => ({ component, line: blocks[i]!.line })) };
    }
  } catch {
    // fall through to event-by-event parsing
  }
  const inEvent = new Set<number>();
  for (const b of blocks) for (let i = b.start; i <= b.end; i++) inEvent.add(i);
  const frame = lines.filter((_, i) => !inEvent.has(i));
  const endIndex = frame.findLastIndex((l) => l.trim().toUpperCase() === 'END:VCALENDAR');
  let calendar: IcalComponent | null = null;
  try {
    calendar = new ICAL.Component(ICAL.parse(frame.join('\r\n')));
  } catch {
    calendar = null;
  }
  const list: ParsedEvents['list'] = [];
  for (const block of blocks) {
    const eventLines = lines.slice(block.start, block.end + 1);
    const wrapped = [...frame.slice(0, endIndex), ...eventLines, ...frame.slice(endIndex)];
    try {
      const component = new ICAL.Component(ICAL.parse(wrapped.join('\r\n')));
      const vevent = component.getFirstSubcomponent('vevent');
      if (vevent) list.push({ component: vevent, line: block.line });
    } catch (error) {
      skipped.push({ line: block.line, reason: 'invalid-record', detail: shortMessage(error) });
    }
  }
  return { calendar, list };
}

function shortMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

interface EventContext {
  file: string;
  options: ParseOptions;
  me: Set<string>;
  skipped: SkippedRow[];
  encounters: ImportedEncounter[];
  budget: RecurrenceBudget;
}

function takeSingle(context: EventContext, event: IcalEvent, line: number): void {
  if (!event.component.hasProperty('dtstart')) {
    context.skipped.push({ line, reason: 'no-start' });
    return;
  }
  const end = safeEnd(event);
  const encounter = toEncounter(context, event, event.startDate, end, line);
  if ('reason' in encounter) context.skipped.push(encounter);
  else context.encounters.push(encounter);
}

function takeRecurring(context: EventContext, event: IcalEvent, line: number, ruleLine: number): void {
  const window = context.options.window;
  if (!window) throw new ImportError('missing-window', { file: context.file });
  const budget = context.budget;
  if (budget.exhausted) {
    budget.reached[`${budget.exhausted === 'occurrences' ? 'occurrences' : 'repetitions'}-per-file`]++;
    const limit = budget.exhausted === 'occurrences' ? budget.occurrencesPerFile : budget.repetitionsPerFile;
    context.skipped.push({
      line,
      reason: 'recurrence-capped',
      detail: `left out: the file reached its limit of ${limit} ${budget.exhausted}`,
    });
    return;
  }
  const monthDays = byMonthDays(event);
  const rolled = { count: 0, first: '' };
  const iterator = event.iterator();
  let taken = 0;
  let nobodyElse = 0;
  const fileLimit = (kind: 'occurrences' | 'repetitions', limit: number): SkippedRow => {
    budget.exhausted = kind;
    budget.reached[`${kind}-per-file`]++;
    return { line, reason: 'recurrence-capped', detail: `the file reached its limit of ${limit} ${kind}` };
  };
  const expand = (): SkippedRow | null => {
    for (let i = 0; i < budget.repetitionsPerEvent; i++) {
      if (budget.repetitions >= budget.repetitionsPerFile)
        return fileLimit('repetitions', budget.repetitionsPerFile);
      budget.repetitions++;
      const next = iterator.next();
      if (!next) return null;
      const day = dayOf(next);
      if (day > window.to) return null;
      if (day < window.from) continue;
      // ical.js rolls a day the rule names but the month lacks (BYMONTHDAY=30 in February) forward.
      if (
        monthDays &&
        !matchesMonthDay(next.year, next.month, next.day, monthDays) &&
        next.compare(event.startDate) !== 0
      ) {
        rolled.count++;
        rolled.first ||= day;
        continue;
      }
      if (taken >= budget.occurrencesPerEvent) {
        budget.reached['occurrences-per-event']++;
        return {
          line,
          reason: 'recurrence-capped',
          detail: `more than ${budget.occurrencesPerEvent} occurrences`,
        };
      }
      if (budget.occurrences >= budget.occurrencesPerFile)
        return fileLimit('occurrences', budget.occurrencesPerFile);
      const details = event.getOccurrenceDetails(next);
      const occurrence = toEncounter(context, details.item, details.startDate, details.endDate, line);
      if ('reason' in occurrence) {
        // One skip line per recurring event and reason, not one per occurrence.
        if (occurrence.reason === 'nobody-else') {
          if (nobodyElse++ === 0) context.skipped.push(occurrence);
        } else context.skipped.push({ ...occurrence, detail: occurrence.detail ?? day });
        continue;
      }
      context.encounters.push(occurrence);
      taken++;
      budget.occurrences++;
    }
    budget.reached['repetitions-per-event']++;
    return {
      line,
      reason: 'recurrence-capped',
      detail: `stopped after ${budget.repetitionsPerEvent} repetitions`,
    };
  };
  const capped = expand();
  if (rolled.count > 0) {
    const days = monthDays!.join(',');
    context.skipped.push({
      line: ruleLine,
      reason: 'bad-date',
      detail:
        rolled.count === 1
          ? `RRULE BYMONTHDAY=${days}: 1 occurrence on a day that does not exist (it would fall on ${rolled.first})`
          : `RRULE BYMONTHDAY=${days}: ${rolled.count} occurrences on days that do not exist (the first would fall on ${rolled.first})`,
    });
  }
  if (capped) context.skipped.push(capped);
}

/** The BYMONTHDAY values every rule of the event names, or null when a date may come from elsewhere. */
function byMonthDays(event: IcalEvent): number[] | null {
  const component = event.component;
  if (component.hasProperty('rdate')) return null;
  const rules = component
    .getAllProperties('rrule')
    .map((p) => p.getFirstValue() as { parts?: Record<string, unknown> });
  const days = rules.map((rule) => rule?.parts?.BYMONTHDAY);
  if (days.length === 0 || !days.every((d) => Array.isArray(d) && d.length > 0)) return null;
  return (days as unknown[][]).flat().map(Number);
}

function safeEnd(event: IcalEvent): IcalTime | null {
  try {
    return event.endDate;
  } catch {
    return null;
  }
}

function dayOf(time: IcalTime): string {
  return `${String(time.year).padStart(4, '0')}-${pad2(time.month)}-${pad2(time.day)}`;
}

function emailOf(property: IcalProperty | null | undefined): string | undefined {
  const value = property?.getFirstValue();
  if (typeof value !== 'string') return undefined;
  const address = value.replace(/^mailto:/i, '').trim();
  return isEmail(address) ? normaliseEmail(address) : undefined;
}

function parameter(property: IcalProperty, name: string): string | undefined {
  const value = property.getParameter(name);
  if (Array.isArray(value)) return value[0] === undefined ? undefined : String(value[0]);
  return value === undefined || value === null ? undefined : String(value);
}

function toEncounter(
  context: EventContext,
  event: IcalEvent,
  start: IcalTime,
  end: IcalTime | null,
  line: number,
): ImportedEncounter | SkippedRow {
  const component = event.component;
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  if (status === 'CANCELLED') return { line, reason: 'cancelled' };

  const organiserProperty = component.getFirstProperty('organizer');
  const organiser = emailOf(organiserProperty);
  const organiserIsMe = organiser !== undefined && (context.me.size === 0 || context.me.has(organiser));
  const isMe = (email: string | undefined) =>
    email !== undefined && (context.me.has(email) || (organiserIsMe && email === organiser));

  const participants: PersonRef[] = [];
  const seen = new Set<string>();
  for (const attendee of component.getAllProperties('attendee')) {
    const email = emailOf(attendee);
    const name = parameter(attendee, 'cn')
      ?.trim()
      .replace(/^"(.*)"$/, '$1');
    const cutype = parameter(attendee, 'cutype')?.toUpperCase();
    const partstat = parameter(attendee, 'partstat')?.toUpperCase();
    if (cutype === 'ROOM' || cutype === 'RESOURCE') continue;
    if (isMe(email)) {
      if (partstat === 'DECLINED') return { line, reason: 'declined' };
      continue;
    }
    if (partstat === 'DECLINED') continue;
    const ref: PersonRef = {};
    if (name && !isEmail(name)) ref.name = naturalOrder(name);
    if (email) ref.email = email;
    if (ref.name === undefined && ref.email === undefined) continue;
    const key = ref.email ?? `name:${ref.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    participants.push(ref);
  }
  if (organiser && !organiserIsMe && !seen.has(organiser)) {
    const name = organiserProperty ? parameter(organiserProperty, 'cn') : undefined;
    participants.push(
      name && !isEmail(name) ? { name: naturalOrder(name), email: organiser } : { email: organiser },
    );
  }
  if (participants.length === 0) return { line, reason: 'nobody-else' };

  const summary = String(event.summary ?? '').trim();
  const location = String(event.location ?? '').trim();
  const description = String(event.description ?? '').trim();
  const video =
    [location, description, String(component.getFirstPropertyValue('url') ?? '')].some((t) =>
      VIDEO_LINK.test(t),
    ) ||
    component.hasProperty('x-google-conference') ||
    component.hasProperty('x-microsoft-skypeteamsmeetingurl');
  const date = formatStart(context.options, event, start);
  // The last word on a date is the schema's (a year past 9999, an offset ical.js computed oddly).
  if (!EncounterDate.safeParse(date).success) return { line, reason: 'bad-date', detail: date };
  const encounter: ImportedEncounter = {
    line,
    date,
    participants,
    channel: video ? 'video' : (context.options.icsDefaultChannel ?? 'in_person'),
    notes: [summary, location && !/^https?:/i.test(location) ? `(${location})` : '']
      .filter(Boolean)
      .join(' '),
  };
  if (!start.isDate && end) {
    const minutes = Math.round((end.toUnixTime() - start.toUnixTime()) / 60);
    if (minutes > 0 && minutes <= 60 * 24 * 14) encounter.durationMinutes = minutes;
  }
  if (organiser) encounter.initiator = organiserIsMe ? 'me' : 'them';
  return encounter;
}

/** `YYYY-MM-DD` for all-day events, else the wall-clock time in the event's zone with its offset. */
function formatStart(options: ParseOptions, event: IcalEvent, time: IcalTime): string {
  const day = dayOf(time);
  if (time.isDate) return day;
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute };
  const clock = `${day}T${pad2(time.hour)}:${pad2(time.minute)}`;
  const zone = time.zone?.tzid;
  if (zone === 'UTC') return `${clock}Z`;
  if (zone && zone !== 'floating') return `${clock}${formatOffset(Math.round(time.utcOffset() / 60))}`;
  // A TZID without a VTIMEZONE: resolve IANA names through Intl; otherwise it is floating time.
  const tzid = event.component.getFirstProperty('dtstart')?.getParameter('tzid');
  const iana = typeof tzid === 'string' ? ianaOffsetMinutes(tzid, wall) : null;
  const offset = iana ?? options.floatingOffsetMinutes?.(wall) ?? 0;
  return `${clock}${formatOffset(offset)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The UTC offset of an IANA zone at a wall-clock time (pure: uses the tz database, not the clock). */
export function ianaOffsetMinutes(
  zone: string,
  wall: { year: number; month: number; day: number; hour: number; minute: number },
): number | null {
  let format = formatters.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      format = null;
    }
    formatters.set(zone, format);
  }
  if (format === null) return null;
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(format!.formatToParts(instant).map((p) => [p.type, p.value]));
    const local = Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
    );
    return (local - instant) / 60000;
  };
  const first = offsetAt(asUtc);
  return offsetAt(asUtc - first * 60000);
}
