import { afterAll, describe, expect, it } from 'vitest';
import { en } from './en';
import { i18nProvider } from './i18nProvider';

/** Issue 14, point 9: a saved record is named ("Team saved"), not react-admin's "Element updated". */
describe('the notice after a save', () => {
  afterAll(() => i18nProvider.changeLocale('en'));

  it('names the record in English', () => {
    expect(i18nProvider.translate('resources.teams.notifications.updated')).toBe('Team saved');
    expect(i18nProvider.translate('resources.people.notifications.created')).toBe('Person created');
    expect(
      i18nProvider.translate('resources.memberships.notifications.deleted', { smart_count: 3 }),
    ).toBe('3 memberships deleted');
    expect(
      i18nProvider.translate('resources.apiTokens.notifications.deleted', { smart_count: 2 }),
    ).toBe('2 API tokens deleted');
  });

  it('exists for every resource', () => {
    for (const [resource, messages] of Object.entries(en.resources))
      expect(Object.keys(messages.notifications), resource).toEqual([
        'created',
        'updated',
        'deleted',
      ]);
  });

  it('names it in Spanish, the participle agreeing with the noun', async () => {
    await i18nProvider.changeLocale('es');
    expect(i18nProvider.translate('resources.teams.notifications.updated')).toBe('Equipo guardado');
    expect(i18nProvider.translate('resources.applications.notifications.updated')).toBe(
      'Solicitud guardada',
    );
    expect(
      i18nProvider.translate('resources.memberships.notifications.deleted', { smart_count: 2 }),
    ).toBe('2 membresías eliminadas');
  });
});
