/** How a person is named on screens: given then family name, either of which may be hidden. */
export function personName(person: {
  givenName?: unknown;
  familyName?: unknown;
  id?: unknown;
}): string {
  const name = [person.givenName, person.familyName]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' ');
  return name || 'Name not shown';
}
