import {
  INTL_LOCALE,
  labelOf,
  overdueVacancies,
  Role,
  STAFF_ROLES,
  TeamStatus,
  type UiLanguage,
  uiLanguageOf,
  VACANCY_REMINDER_DAYS,
  type VacancyState,
  vacanciesDueWithin,
  vacanciesOf,
} from '@cei/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, ScopeBinding } from '../accounts/account.entity.js';
import { queueEmail } from '../email/outbox.js';
import { Team } from '../teams/team.entity.js';
import { loadTeamRosters, vacancyId } from './team-coverage.js';

/**
 * The daily vacancy reminders (domain.md, Vacancy): for every active team, each vacancy due
 * within seven days and each overdue one is emailed to the team's leads and to its cohort's CEI
 * designee (every CEI admin while the cohort names none). Each email has a dedupe key of
 * vacancy, stage and recipient, so however often this runs, and on however many servers, a
 * recipient gets one "due soon" and one "overdue" email per vacancy.
 */

export const VACANCY_REMINDER_KIND = 'vacancy-reminder';

type Stage = 'due-soon' | 'overdue';

interface Recipient {
  email: string;
  name: string;
  language: UiLanguage;
  /** Why they get it, in their language. */
  because: string;
}

export interface ReminderRun {
  /** Emails written to the outbox by this run. */
  queued: number;
  /** Reminders this run found already written by an earlier run. */
  alreadyQueued: number;
}

export async function sendVacancyReminders(
  em: EntityManager,
  today: string,
  { publicUrl }: { publicUrl: string },
): Promise<ReminderRun> {
  const teams = await em.find(
    Team,
    { status: TeamStatus.ACTIVE },
    { populate: ['cohort'], orderBy: { name: 'asc' } },
  );
  const rosters = await loadTeamRosters(em, teams);
  const due = teams.flatMap((team) => {
    const roster = rosters.get(team.id);
    if (!roster) return [];
    const vacancies = vacanciesOf(roster.memberships, roster.facts);
    return [
      ...vacanciesDueWithin(vacancies, today, VACANCY_REMINDER_DAYS).map((state) => ({
        team,
        state,
        stage: 'due-soon' as Stage,
      })),
      ...overdueVacancies(vacancies, today).map((state) => ({
        team,
        state,
        stage: 'overdue' as Stage,
      })),
    ];
  });
  const run: ReminderRun = { queued: 0, alreadyQueued: 0 };
  if (due.length === 0) return run;

  const recipientsOf = await recipientFinder(em, [...new Set(due.map(({ team }) => team))]);
  await em.transactional(async (tx) => {
    for (const { team, state, stage } of due) {
      for (const recipient of recipientsOf(team)) {
        const written = await queueEmail(tx, {
          to: recipient.email,
          ...reminderText(team, state, stage, recipient, publicUrl),
          kind: VACANCY_REMINDER_KIND,
          dedupeKey: `${VACANCY_REMINDER_KIND}:${vacancyId(state)}:${stage}:${recipient.email}`,
        });
        if (written) run.queued++;
        else run.alreadyQueued++;
      }
    }
  });
  return run;
}

/**
 * Who is reminded about a team: the active team lead accounts bound to it, and its cohort's
 * designee when that is still an active CEI staff or admin account, else every active CEI admin.
 */
async function recipientFinder(
  em: EntityManager,
  teams: Team[],
): Promise<(team: Team) => Recipient[]> {
  const bindings = await em.find(
    ScopeBinding,
    {
      team: { $in: teams.map((team) => team.id) },
      account: { role: Role.TEAM_LEAD, disabledAt: null },
    },
    { populate: ['account'] },
  );
  const designeeIds = teams.flatMap((team) => {
    const designee = team.cohort.getEntity().designee;
    return designee ? [designee.id] : [];
  });
  const designees = designeeIds.length
    ? await em.find(Account, {
        id: { $in: designeeIds },
        role: { $in: [...STAFF_ROLES] },
        disabledAt: null,
      })
    : [];
  const admins = await em.find(
    Account,
    { role: Role.CEI_ADMIN, disabledAt: null },
    { orderBy: { email: 'asc' } },
  );

  return (team) => {
    const cohort = team.cohort.getEntity();
    const recipients = new Map<string, Recipient>();
    const add = (account: Account, because: Record<UiLanguage, string>) => {
      const language = uiLanguageOf(account.language);
      if (!recipients.has(account.email)) {
        recipients.set(account.email, {
          email: account.email,
          name: account.displayName,
          language,
          because: because[language],
        });
      }
    };
    for (const binding of bindings) {
      if (binding.team?.id !== team.id) continue;
      add(binding.account.getEntity(), {
        en: 'a lead of this team',
        es: 'líder de este equipo',
      });
    }
    const designee = designees.find((account) => account.id === cohort.designee?.id);
    if (designee) {
      add(designee, {
        en: `the CEI designee for ${cohort.name}`,
        es: `la persona designada por CEI para ${cohort.name}`,
      });
    } else {
      for (const admin of admins) {
        add(admin, {
          en: `a CEI admin: ${cohort.name} has no CEI designee`,
          es: `administrador de CEI: ${cohort.name} no tiene una persona designada por CEI`,
        });
      }
    }
    return [...recipients.values()];
  };
}

function longDate(date: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The subject and body of one reminder, in the recipient's language. */
export function reminderText(
  team: Team,
  state: VacancyState,
  stage: Stage,
  recipient: Recipient,
  publicUrl: string,
): { subject: string; text: string } {
  const language = recipient.language;
  const role = labelOf('TeamRole', state.role, language);
  const cohort = team.cohort.getEntity().name;
  const opened = longDate(state.openedOn, language);
  const dueOn = longDate(state.dueOn, language);
  const days = Math.abs(state.daysUntilDue ?? 0);
  const link = `${publicUrl}/#/teams/${team.id}/show`;
  if (language === 'es') {
    const when = days === 0 ? 'hoy' : days === 1 ? 'mañana' : `en ${days} días`;
    const ago = days === 1 ? 'hace 1 día' : `hace ${days} días`;
    return {
      subject:
        stage === 'due-soon'
          ? `Vacante en ${team.name}: ${role}, a cubrir antes del ${dueOn}`
          : `Vacante vencida en ${team.name}: ${role}, venció el ${dueOn}`,
      text: [
        `Hola, ${recipient.name}:`,
        '',
        `${team.name} (${cohort}) no tiene a nadie en el puesto «${role}» desde el ${opened}. Un equipo debe reemplazar en el plazo de un mes a un miembro que se va.`,
        stage === 'due-soon'
          ? `Este puesto debe cubrirse a más tardar el ${dueOn} (${when}).`
          : `Este puesto debía cubrirse a más tardar el ${dueOn}, ${ago}.`,
        '',
        'Agregue al nuevo miembro a la lista del equipo:',
        link,
        '',
        `Recibe este recordatorio como ${recipient.because}.`,
      ].join('\n'),
    };
  }
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  const ago = days === 1 ? '1 day ago' : `${days} days ago`;
  return {
    subject:
      stage === 'due-soon'
        ? `Vacancy on ${team.name}: ${role}, to fill by ${dueOn}`
        : `Overdue vacancy on ${team.name}: ${role}, was due ${dueOn}`,
    text: [
      `Hello ${recipient.name},`,
      '',
      `${team.name} (${cohort}) has had nobody in the role "${role}" since ${opened}. A team replaces a member who leaves within one month.`,
      stage === 'due-soon'
        ? `This role is to be filled by ${dueOn} (${when}).`
        : `This role was to be filled by ${dueOn}, ${ago}.`,
      '',
      "Add the new member to the team's roster:",
      link,
      '',
      `You receive this reminder as ${recipient.because}.`,
    ].join('\n'),
  };
}
