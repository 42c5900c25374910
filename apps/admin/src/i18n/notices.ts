/**
 * What react-admin says after a record is created, saved or deleted, per resource
 * (`resources.<name>.notifications.*`, read by react-admin before its generic "Element
 * updated"): "Team saved", "Equipo guardado".
 */
// A type, not an interface: react-admin's message trees need an index signature.
export type RecordNotices = {
  created: string;
  updated: string;
  deleted: string;
};

type WithNotices<R> = { [K in keyof R]: R[K] & { notifications: RecordNotices } };

/** Each resource's messages with its notices, made from its own name (`One |||| Many`). */
export function withNotices<R extends Record<string, { name: string }>>(
  resources: R,
  notices: (resource: string, one: string, many: string) => RecordNotices,
): WithNotices<R> {
  return Object.fromEntries(
    Object.entries(resources).map(([resource, messages]) => {
      const [one = '', many = one] = messages.name.split('||||').map((part) => part.trim());
      return [resource, { ...messages, notifications: notices(resource, one, many) }];
    }),
  ) as WithNotices<R>;
}

/** A name inside a sentence: "Teams" → "teams", but "API tokens" stays. */
export function inSentence(name: string): string {
  return /^.[a-záéíóúñ]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

export const englishNotices = (_resource: string, one: string, many: string): RecordNotices => ({
  created: `${one} created`,
  updated: `${one} saved`,
  deleted: `${one} deleted |||| {smart_count} ${inSentence(many)} deleted`,
});

/** Spanish participles agree with the noun: "Equipo guardado", "Solicitud guardada". */
const FEMININE = new Set([
  'cohorts',
  'convenings',
  'attendances',
  'organizations',
  'leadAgencies',
  'people',
  'memberships',
  'applications',
  'reviews',
  'vacancies',
  'measurements',
  'followUps',
  'subscriptions',
  'accounts',
  'cohortDeadlines',
  'facilitations',
  'reviewScores',
]);

export const spanishNotices = (resource: string, one: string, many: string): RecordNotices => {
  const ending = FEMININE.has(resource) ? 'a' : 'o';
  return {
    created: `${one} cread${ending}`,
    updated: `${one} guardad${ending}`,
    deleted: `${one} eliminad${ending} |||| {smart_count} ${inSentence(many)} eliminad${ending}s`,
  };
};
