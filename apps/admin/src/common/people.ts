import { i18nProvider } from '../i18n/i18nProvider';

/**
 * How a person is named on screens: given then family name, either of which may be hidden (then
 * said so, in the interface's language: this also names people in titles, outside React).
 */
export function personName(person: {
  givenName?: unknown;
  familyName?: unknown;
  id?: unknown;
}): string {
  const name = [person.givenName, person.familyName]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' ');
  return name || i18nProvider.translate('cei.people.nameHidden');
}
