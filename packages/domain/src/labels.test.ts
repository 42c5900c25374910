import { describe, expect, it } from 'vitest';
import { TEAM_ROLE_REQUIREMENT } from './composition.js';
import {
  labelOf,
  labels,
  teamRoleDescription,
  teamRoleDescriptions,
  UI_LANGUAGES,
  uiLanguageOf,
} from './labels.js';
import * as vocabulary from './vocabulary.js';
import { type EnumName, TEAM_ROLES, TeamRole, VOCABULARY } from './vocabulary.js';

const enumNames = Object.keys(VOCABULARY) as EnumName[];
const everyValue = enumNames.flatMap((enumName) =>
  Object.values(VOCABULARY[enumName]).map((value) => [enumName, value] as const),
);

/** An enum is a const object whose keys are its values, as vocabulary.ts writes them. */
function isEnumObject(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, entry]) => key === entry);
}

describe('labels', () => {
  it('registers every enum that vocabulary.ts exports', () => {
    const exported = Object.entries(vocabulary)
      .filter(([, value]) => isEnumObject(value))
      .map(([name]) => name);
    expect(exported.sort()).toEqual([...enumNames].sort());
  });

  describe.each(UI_LANGUAGES)('in %s', (language) => {
    it.each(everyValue)('labels %s.%s', (enumName, value) => {
      expect(labelOf(enumName, value as never, language).trim()).not.toBe('');
      expect(labels[language][enumName]).toHaveProperty(value);
    });

    it('has no label for a value that no longer exists', () => {
      for (const enumName of enumNames) {
        expect(Object.keys(labels[language][enumName]).sort()).toEqual(
          Object.values(VOCABULARY[enumName]).sort(),
        );
      }
    });

    it('describes every team role', () => {
      for (const role of TEAM_ROLES)
        expect(teamRoleDescription(role, language).trim()).not.toBe('');
      expect(Object.keys(teamRoleDescriptions[language]).sort()).toEqual([...TEAM_ROLES].sort());
    });
  });

  it.each([
    ['TeamRole', TeamRole.FAMILY_MEMBER, 'Family member', 'Familiar'],
    ['TeamRole', TeamRole.SITE_STAFF, 'Site staff', 'Personal del plantel'],
    ['GradeSpan', 'HIGH', 'High school', 'Preparatoria'],
    ['AttendanceStatus', 'EXCUSED', 'Excused', 'Ausencia justificada'],
    ['ApplicationStatus', 'WAITLISTED', 'Waitlisted', 'En lista de espera'],
    ['VacancyStatus', 'OVERDUE', 'Overdue', 'Vencida'],
  ] as const)('labels %s.%s "%s" in English and "%s" in Spanish', (enumName, value, en, es) => {
    expect(labelOf(enumName, value as never, 'en')).toBe(en);
    expect(labelOf(enumName, value as never, 'es')).toBe(es);
  });

  it('translates every team role label, not just copies the English', () => {
    for (const role of TEAM_ROLES)
      expect(labels.es.TeamRole[role]).not.toBe(labels.en.TeamRole[role]);
  });

  it('shows an unknown value as itself rather than blank', () => {
    expect(labelOf('TeamRole', 'MASCOT' as TeamRole, 'es')).toBe('MASCOT');
  });

  it('labels the requirement of every role', () => {
    for (const role of TEAM_ROLES) {
      expect(labelOf('TeamRoleRequirement', TEAM_ROLE_REQUIREMENT[role], 'es')).not.toBe('');
    }
    expect(labelOf('TeamRoleRequirement', TEAM_ROLE_REQUIREMENT.STUDENT, 'en')).toBe(
      'Required when the focus school serves high school grades',
    );
  });
});

describe('uiLanguageOf', () => {
  it('reads an account setting or a preferred language, English otherwise', () => {
    expect(uiLanguageOf('es')).toBe('es');
    expect(uiLanguageOf('SPANISH')).toBe('es');
    expect(uiLanguageOf('en')).toBe('en');
    expect(uiLanguageOf('OTHER')).toBe('en');
    expect(uiLanguageOf(null)).toBe('en');
  });
});
