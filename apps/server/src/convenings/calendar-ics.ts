import {
  labelOf,
  Modality,
  PACIFIC_TIME_ZONE,
  pacificDateTimeOf,
  type UiLanguage,
} from '@cei/domain';
import ical, {
  type ICalTemporalPlainDateTimeStub,
  type ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import type { Convening } from './convening.entity.js';

/**
 * The iCalendar file of a feed (RFC 5545), built with ical-generator. Times are written as
 * Pacific wall-clock times with their time zone, which the file defines, so calendars show
 * "9:00 a.m." as announced whatever the viewer's own zone; each convening keeps one UID, and its
 * version is the event's SEQUENCE, so a changed convening replaces its event.
 */

/** Convenings without an end time are shown as a working day's session. */
export const DEFAULT_CONVENING_HOURS = 6;

/** One UID per convening, the same in every feed and for ever. */
export const conveningUid = (convening: Pick<Convening, 'id'>): string =>
  `convening-${convening.id}@cei`;

/**
 * America/Los_Angeles as RFC 5545 describes a zone (US rules since 2007: daylight time from the
 * second Sunday of March to the first Sunday of November), so that parsers without a time-zone
 * database read the times right. Convenings start in 2019.
 */
const PACIFIC_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${PACIFIC_TIME_ZONE}`,
  `X-LIC-LOCATION:${PACIFIC_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0800',
  'TZOFFSETTO:-0700',
  'TZNAME:PDT',
  'DTSTART:19700308T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0700',
  'TZOFFSETTO:-0800',
  'TZNAME:PST',
  'DTSTART:19701101T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const WORDS: Record<UiLanguage, { video: string; venue: string; overnight: string }> = {
  en: {
    video: 'Video link',
    venue: 'Venue',
    overnight: 'Travel and an overnight stay may be needed.',
  },
  es: {
    video: 'Enlace de video',
    venue: 'Lugar',
    overnight: 'Puede requerir viaje y pasar la noche.',
  },
};

/**
 * An instant as Pacific wall-clock time, in the shape of a Temporal ZonedDateTime that
 * ical-generator accepts (Node has no Temporal yet): it then writes `TZID=America/Los_Angeles:`
 * and the local time, whatever the server's own time zone.
 */
function pacificTime(instant: Date): ICalTemporalZonedDateTimeStub {
  const { date, time } = pacificDateTimeOf(instant);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const second = instant.getUTCSeconds();
  const text = `${date}T${time}:${String(second).padStart(2, '0')}`;
  const parts = {
    year,
    month,
    day,
    hour,
    minute,
    second,
    toJSON: () => text,
    toString: () => text,
  };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...parts,
    toPlainDate: () => ({ year, month, day, toJSON: () => date, toString: () => date }),
    toZonedDateTime: () => zoned,
  };
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...parts,
    timeZoneId: PACIFIC_TIME_ZONE,
    toPlainDateTime: () => plain,
    withTimeZone: () => zoned,
    toInstant: () => ({
      epochMilliseconds: instant.getTime(),
      toJSON: () => instant.toISOString(),
      toString: () => instant.toISOString(),
      toZonedDateTimeISO: () => zoned,
    }),
  };
  return zoned;
}

export function conveningEndsAt(convening: Pick<Convening, 'startsAt' | 'endsAt'>): Date {
  return (
    convening.endsAt ?? new Date(convening.startsAt.getTime() + DEFAULT_CONVENING_HOURS * 3_600_000)
  );
}

function summaryOf(convening: Convening, language: UiLanguage): string {
  return (
    convening.title ??
    `${labelOf('ConveningKind', convening.kind, language)} ${convening.number} (${convening.programYear})`
  );
}

function descriptionOf(convening: Convening, language: UiLanguage): string {
  const words = WORDS[language];
  const lines = [
    `${labelOf('ConveningKind', convening.kind, language)} · ${labelOf('Modality', convening.modality, language)} · ${convening.programYear} #${convening.number}`,
  ];
  if (convening.venue && convening.modality !== Modality.VIRTUAL)
    lines.push(`${words.venue}: ${convening.venue}`);
  if (convening.videoUrl && convening.modality !== Modality.IN_PERSON)
    lines.push(`${words.video}: ${convening.videoUrl}`);
  if (convening.overnightStay) lines.push(words.overnight);
  return lines.join('\n');
}

/** The feed's file: one event per convening, with its public schedule information only. */
export function calendarIcs(
  name: string,
  convenings: readonly Convening[],
  language: UiLanguage,
): string {
  const calendar = ical({
    name,
    prodId: { company: 'Community Engagement Initiative', product: 'convenings', language: 'EN' },
    // A null name: no calendar-wide zone, so stamps stay UTC; events name Pacific time themselves.
    timezone: {
      name: null,
      generator: (zone) => (zone === PACIFIC_TIME_ZONE ? PACIFIC_VTIMEZONE : null),
    },
    ttl: 60 * 60,
  });
  for (const convening of convenings) {
    const inPerson = convening.modality !== Modality.VIRTUAL ? convening.venue : null;
    const online = convening.modality !== Modality.IN_PERSON ? convening.videoUrl : null;
    calendar.createEvent({
      id: conveningUid(convening),
      sequence: convening.version,
      stamp: convening.updatedAt,
      created: convening.createdAt,
      lastModified: convening.updatedAt,
      start: pacificTime(convening.startsAt),
      end: pacificTime(conveningEndsAt(convening)),
      timezone: PACIFIC_TIME_ZONE,
      summary: summaryOf(convening, language),
      description: descriptionOf(convening, language),
      location: inPerson ?? online ?? convening.venue ?? convening.videoUrl ?? null,
      url: online ?? null,
    });
  }
  return calendar.toString();
}
