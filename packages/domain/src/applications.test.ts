import { describe, expect, it } from 'vitest';
import {
  APPLICATION_TRANSITIONS,
  canApplicationTransition,
  isApplicationFinal,
  isLate,
  LETTER_OF_INTEREST_PARTS,
  type LetterOfInterest,
  letterOfInterestPartLabels,
  missingParts,
  rankByScore,
  reviewTotal,
} from './applications.js';
import { pacificToInstant } from './dates.js';
import { UI_LANGUAGES } from './labels.js';
import { ApplicationStatus } from './vocabulary.js';

const APPLICATION_STATUSES = Object.values(ApplicationStatus);

const ALLOWED: [ApplicationStatus, ApplicationStatus][] = [
  ['DRAFT', 'SUBMITTED'],
  ['SUBMITTED', 'UNDER_REVIEW'],
  ['UNDER_REVIEW', 'SELECTED'],
  ['UNDER_REVIEW', 'WAITLISTED'],
  ['UNDER_REVIEW', 'DECLINED'],
  ['WAITLISTED', 'SELECTED'],
  ['WAITLISTED', 'DECLINED'],
  ['DRAFT', 'WITHDRAWN'],
  ['SUBMITTED', 'WITHDRAWN'],
  ['UNDER_REVIEW', 'WITHDRAWN'],
  ['WAITLISTED', 'WITHDRAWN'],
];
const isAllowed = (from: ApplicationStatus, to: ApplicationStatus) =>
  ALLOWED.some(([a, b]) => a === from && b === to);
const REFUSED = APPLICATION_STATUSES.flatMap((from) =>
  APPLICATION_STATUSES.filter((to) => !isAllowed(from, to)).map((to) => [from, to] as const),
);

describe('application status', () => {
  it.each(ALLOWED)('may go from %s to %s', (from, to) => {
    expect(canApplicationTransition(from, to)).toBe(true);
  });

  it.each(REFUSED)('may not go from %s to %s', (from, to) => {
    expect(canApplicationTransition(from, to)).toBe(false);
  });

  it('lists the moves out of every status', () => {
    expect(Object.keys(APPLICATION_TRANSITIONS).sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  it.each([
    ['SELECTED', true],
    ['DECLINED', true],
    ['WITHDRAWN', true],
    ['WAITLISTED', false],
    ['DRAFT', false],
  ] as const)('treats %s as final: %s', (status, final) => {
    expect(isApplicationFinal(status)).toBe(final);
  });

  it('refuses a status it does not know', () => {
    expect(canApplicationTransition('LOST' as ApplicationStatus, 'DRAFT')).toBe(false);
  });
});

describe('isLate', () => {
  const due = pacificToInstant('2022-06-16', '09:00');

  it.each([
    ['the evening before', pacificToInstant('2022-06-15', '21:00'), false],
    ['at the due instant', due, false],
    ['one second after', new Date(due.getTime() + 1000), true],
    ['the next day', pacificToInstant('2022-06-17', '08:00'), true],
  ])('marks a letter submitted %s as late: %s', (_, submittedAt, late) => {
    expect(isLate(submittedAt, due)).toBe(late);
  });

  it('is late against the first deadline and on time against the moved one', () => {
    const submittedAt = pacificToInstant('2022-06-01', '12:00');
    expect(isLate(submittedAt, pacificToInstant('2022-05-17', '09:00'))).toBe(true);
    expect(isLate(submittedAt, due)).toBe(false);
  });

  it('refuses an invalid date', () => {
    expect(() => isLate(new Date(Number.NaN), due)).toThrow(RangeError);
  });
});

describe('missingParts', () => {
  const complete: LetterOfInterest = {
    focusSchoolId: 'school-1',
    contactName: 'Ana Example',
    contactPhone: '555-0100',
    contactEmail: 'ana@example.org',
    superintendentName: 'Sam Example',
    districtDescription: 'A rural unified district.',
    motivation: 'To learn from peers.',
    engagementHistory: 'LCAP family forums.',
    difficultConversations: 'Listening sessions.',
    underservedEngagement: 'Outreach in Spanish and Mixteco.',
    hasWordDocument: true,
    hasPdfDocument: true,
  };

  it('finds nothing missing in a complete letter', () => {
    expect(missingParts(complete)).toEqual([]);
  });

  it('lists every part of an empty letter, in the order of the letter', () => {
    expect(missingParts({})).toEqual([...LETTER_OF_INTEREST_PARTS]);
  });

  it.each<[string, Partial<LetterOfInterest>, string[]]>([
    ['a null focus school', { focusSchoolId: null }, ['focusSchoolId']],
    ['a blank narrative', { motivation: '   ' }, ['motivation']],
    ['an empty email', { contactEmail: '' }, ['contactEmail']],
    ['no PDF', { hasPdfDocument: false }, ['hasPdfDocument']],
    [
      'neither document',
      { hasWordDocument: null, hasPdfDocument: undefined },
      ['hasWordDocument', 'hasPdfDocument'],
    ],
  ])('reports %s', (_, change, missing) => {
    expect(missingParts({ ...complete, ...change })).toEqual(missing);
  });

  it.each(UI_LANGUAGES)('names every part in %s', (language) => {
    for (const part of LETTER_OF_INTEREST_PARTS) {
      expect(letterOfInterestPartLabels[language][part].trim()).not.toBe('');
    }
  });
});

describe('reviewTotal', () => {
  it('sums scores times weights', () => {
    expect(
      reviewTotal([
        { score: 3, weight: 1 },
        { score: 4, weight: 2 },
      ]),
    ).toBe(11);
  });

  it('is 0 without scores', () => {
    expect(reviewTotal([])).toBe(0);
  });
});

describe('rankByScore', () => {
  it('ranks highest first, ties share a place and the next place is skipped', () => {
    const ranks = rankByScore(
      new Map<string, number | null>([
        ['a', 10],
        ['b', 14],
        ['c', 14],
        ['d', null],
        ['e', 7.5],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, c: 1, a: 3, e: 4 });
    expect(ranks.has('d')).toBe(false);
  });
});
