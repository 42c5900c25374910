import type { UiLanguage } from './labels.js';
import { canTransition } from './transitions.js';
import { ApplicationStatus } from './vocabulary.js';

/**
 * A letter of interest's path through review (domain.md, Applications). Selecting is the only
 * way in to a cohort, and a decision is final: an application declined in error is re-entered,
 * not reopened, so that the review record stays true to what happened.
 */

const { SUBMITTED, UNDER_REVIEW, SELECTED, WAITLISTED, DECLINED, WITHDRAWN } = ApplicationStatus;

export const APPLICATION_TRANSITIONS: Readonly<
  Record<ApplicationStatus, readonly ApplicationStatus[]>
> = {
  DRAFT: [SUBMITTED, WITHDRAWN],
  SUBMITTED: [UNDER_REVIEW, WITHDRAWN],
  UNDER_REVIEW: [SELECTED, WAITLISTED, DECLINED, WITHDRAWN],
  // A waitlist is not yet a decision: the district may still withdraw, or be selected when a seat frees.
  WAITLISTED: [SELECTED, DECLINED, WITHDRAWN],
  SELECTED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

export function canApplicationTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return canTransition(APPLICATION_TRANSITIONS, from, to);
}

/** Selected, declined or withdrawn: nothing further can happen to the application. */
export function isApplicationFinal(status: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS[status]?.length === 0;
}

/**
 * Submitted after the window closed. A submission at the due instant itself is on time ("due 16
 * June 2022, 9 a.m." accepts 9:00:00). Pass the latest due date when the deadline was extended.
 */
export function isLate(submittedAt: Date, dueAt: Date): boolean {
  if (Number.isNaN(submittedAt.getTime()) || Number.isNaN(dueAt.getTime())) {
    throw new RangeError('isLate needs two valid dates');
  }
  return submittedAt.getTime() > dueAt.getTime();
}

/** What a complete letter of interest contains, as the application record holds it. */
export interface LetterOfInterest {
  focusSchoolId?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  /** The superintendent who signs the letter. */
  superintendentName?: string | null;
  /** The district, its community and student body. */
  districtDescription?: string | null;
  /** Why the district wants to join. */
  motivation?: string | null;
  /** How it has engaged, or hopes to engage, community members and families (e.g. through the LCAP). */
  engagementHistory?: string | null;
  /** Efforts and barriers in building capacity for difficult conversations and trust. */
  difficultConversations?: string | null;
  /** Engaging communities not historically engaged. */
  underservedEngagement?: string | null;
  /** The letter is uploaded both as a Word document and as a PDF. */
  hasWordDocument?: boolean | null;
  hasPdfDocument?: boolean | null;
}

export const LETTER_OF_INTEREST_PARTS = [
  'focusSchoolId',
  'contactName',
  'contactPhone',
  'contactEmail',
  'superintendentName',
  'districtDescription',
  'motivation',
  'engagementHistory',
  'difficultConversations',
  'underservedEngagement',
  'hasWordDocument',
  'hasPdfDocument',
] as const satisfies readonly (keyof LetterOfInterest)[];
export type LetterOfInterestPart = (typeof LETTER_OF_INTEREST_PARTS)[number];

/**
 * The parts a letter still lacks before it can be submitted, in the order of the letter. Text
 * made only of spaces counts as missing: a form that sends "" or " " has not answered.
 */
export function missingParts(application: LetterOfInterest): LetterOfInterestPart[] {
  return LETTER_OF_INTEREST_PARTS.filter((part) => {
    const value = application[part];
    return typeof value === 'boolean' ? !value : typeof value !== 'string' || value.trim() === '';
  });
}

export const letterOfInterestPartLabels: Record<
  UiLanguage,
  Record<LetterOfInterestPart, string>
> = {
  en: {
    focusSchoolId: 'Focus school',
    contactName: 'Point of contact’s name',
    contactPhone: 'Point of contact’s phone',
    contactEmail: 'Point of contact’s email',
    superintendentName: 'Superintendent’s name (signature)',
    districtDescription: 'The district, its community and student body',
    motivation: 'Why the district wants to join',
    engagementHistory:
      'How the district has engaged, or hopes to engage, its community and families',
    difficultConversations: 'Building capacity for difficult conversations and trust',
    underservedEngagement: 'Engaging communities not historically engaged',
    hasWordDocument: 'Letter as a Word document',
    hasPdfDocument: 'Letter as a PDF',
  },
  es: {
    focusSchoolId: 'Escuela de enfoque',
    contactName: 'Nombre de la persona de contacto',
    contactPhone: 'Teléfono de la persona de contacto',
    contactEmail: 'Correo electrónico de la persona de contacto',
    superintendentName: 'Nombre del superintendente (firma)',
    districtDescription: 'El distrito, su comunidad y su población estudiantil',
    motivation: 'Por qué el distrito desea participar',
    engagementHistory:
      'Cómo el distrito ha involucrado, o espera involucrar, a su comunidad y a las familias',
    difficultConversations:
      'Desarrollo de la capacidad para las conversaciones difíciles y la confianza',
    underservedEngagement: 'Participación de las comunidades que históricamente no han participado',
    hasWordDocument: 'Carta en formato Word',
    hasPdfDocument: 'Carta en formato PDF',
  },
};

/** A criterion's score in a review, with the criterion's weight. */
export interface WeightedScore {
  score: number;
  weight: number;
}

/** A review's total: each criterion's score times its weight, summed. */
export function reviewTotal(scores: readonly WeightedScore[]): number {
  return scores.reduce((total, { score, weight }) => total + score * weight, 0);
}

/**
 * Places in a ranking by score, highest first ("competition" ranking: two applications tied for
 * first are both 1, and the next is 3). Unscored applications have no place.
 */
export function rankByScore(scores: ReadonlyMap<string, number | null>): Map<string, number> {
  const scored = [...scores].filter((entry): entry is [string, number] => entry[1] !== null);
  scored.sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number>();
  scored.forEach(([id, score], index) => {
    const previous = scored[index - 1];
    ranks.set(
      id,
      previous && previous[1] === score ? (ranks.get(previous[0]) as number) : index + 1,
    );
  });
  return ranks;
}
