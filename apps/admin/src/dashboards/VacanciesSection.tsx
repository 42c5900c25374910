import { useTranslate } from 'react-admin';
import type { VacancyRecord } from '../teams/team.graphql';
import { VacancyTable } from '../teams/VacancyTable';
import { type AttentionLine, DashboardSection, EmptyState, Scrollable } from './DashboardSection';
import { useFormats } from './formats';

/** How many vacancies a dashboard lists; the vacancies screen has them all. */
const SHOWN = 8;

/** Which vacancies need attention first: the overdue ones, then those due, each by due date. */
export function vacancyAttention(
  overdue: readonly VacancyRecord[],
  due: readonly VacancyRecord[],
  translate: (key: string, options?: object) => string,
  day: (value: string) => string,
): AttentionLine[] {
  const lines: AttentionLine[] = [];
  const first = (vacancies: readonly VacancyRecord[]) =>
    [...vacancies].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0]?.dueOn ?? '';
  if (overdue.length > 0) {
    lines.push({
      urgency: 'error',
      text: translate('cei.dashboard.vacancies.overdue', {
        smart_count: overdue.length,
        date: day(first(overdue)),
      }),
    });
  }
  if (due.length > 0) {
    lines.push({
      urgency: 'warning',
      text: translate('cei.dashboard.vacancies.due', {
        smart_count: due.length,
        date: day(first(due)),
      }),
    });
  }
  if (lines.length === 0) {
    lines.push({ urgency: 'success', text: translate('cei.dashboard.vacancies.none') });
  }
  return lines;
}

/** Open vacancies on the viewer's teams, overdue first (the server orders each by due date). */
export function VacanciesSection({
  overdue,
  due,
}: {
  overdue: readonly VacancyRecord[];
  due: readonly VacancyRecord[];
}) {
  const translate = useTranslate();
  const { day } = useFormats();
  const open = [...overdue, ...due];
  return (
    <DashboardSection
      testId="vacancies"
      title={translate('cei.dashboard.vacancies.title')}
      attention={vacancyAttention(overdue, due, translate, day)}
      links={[{ label: translate('cei.dashboard.vacancies.all'), to: '/vacancies' }]}
    >
      {open.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.vacancies.empty')}</EmptyState>
      ) : (
        <>
          <Scrollable
            label={translate('cei.dashboard.tableOf', {
              title: translate('cei.dashboard.vacancies.title'),
            })}
          >
            <VacancyTable vacancies={open.slice(0, SHOWN)} showTeam />
          </Scrollable>
          {open.length > SHOWN && (
            <EmptyState>
              {translate('cei.dashboard.moreNotShown', { smart_count: open.length - SHOWN })}
            </EmptyState>
          )}
        </>
      )}
    </DashboardSection>
  );
}
