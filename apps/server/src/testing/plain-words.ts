import { type EnumName, labelOf, VOCABULARY } from '@cei/domain';

/**
 * The vocabulary codes that read differently from their English label (`FAMILY_MEMBER` is
 * "Family member"); a code that is its own label or an acronym (`LEA`, `COE`) reads fine.
 */
const CODES = new Set(
  Object.entries(VOCABULARY).flatMap(([name, values]) =>
    Object.values(values as Record<string, string>).filter(
      (value) => value.length > 3 && labelOf(name as EnumName, value as never, 'en') !== value,
    ),
  ),
);

/**
 * What in a message a person would not read as words: vocabulary codes (`COMMUNITY_PARTNER`),
 * camelCase field names (`startsAt`) and ISO dates (`2021-01-21`). Empty when it reads right.
 */
export function notInWords(message: string): string[] {
  const codes = [...message.matchAll(/\b[A-Z][A-Z0-9_]+\b/g)]
    .map((match) => match[0])
    .filter((token) => CODES.has(token));
  const camelCase = [...message.matchAll(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g)].map((m) => m[0]);
  const isoDates = [...message.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((match) => match[0]);
  return [...codes, ...camelCase, ...isoDates];
}
