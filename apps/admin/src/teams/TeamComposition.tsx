import { labelOf, VacancyStatus } from '@cei/domain';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Alert, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useUiLanguage } from '../common/enums';
import { useGraphQuery } from '../data/useGraphQuery';
import { badgeOrder, type CoverageState, coverageState } from './compositionBadges';
import { type RoleCoverage, TEAM_HEALTH, type VacancyRecord } from './team.graphql';
import { VacancyTable } from './VacancyTable';

interface TeamHealth {
  team: {
    id: string;
    composition: {
      asOf: string;
      isComplete: boolean;
      missingRoles: string[];
      roles: RoleCoverage[];
    } | null;
    vacancies: VacancyRecord[];
  } | null;
}

const ICON: Record<CoverageState, typeof CheckCircleIcon> = {
  filled: CheckCircleIcon,
  missing: ErrorIcon,
  open: RadioButtonUncheckedIcon,
};
const COLOR: Record<CoverageState, 'success' | 'error' | 'default'> = {
  filled: 'success',
  missing: 'error',
  open: 'default',
};

/** One role's badge: its name, whether it is required, and filled or missing, in words. */
export function CoverageBadge({ coverage }: { coverage: RoleCoverage }) {
  const translate = useTranslate();
  const language = useUiLanguage();
  const state = coverageState(coverage);
  const Icon = ICON[state];
  const label = translate(`cei.composition.${state}`, {
    role: labelOf('TeamRole', coverage.role, language),
    requirement: labelOf('TeamRoleRequirement', coverage.requirement, language),
    smart_count: coverage.activeCount,
  });
  return (
    <Chip
      icon={<Icon />}
      color={COLOR[state]}
      variant={state === 'open' ? 'outlined' : 'filled'}
      label={label}
      component="li"
    />
  );
}

/**
 * The team's composition today, role by role (the server's `composition`, by the domain's
 * rules), and its vacancies with their due dates and status. Shown to those who cover the team.
 */
export function TeamComposition() {
  const team = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const { data } = useGraphQuery<TeamHealth>(
    TEAM_HEALTH,
    { teamId: team?.id ?? '' },
    { enabled: !!team },
  );
  const composition = data?.team?.composition;
  if (!composition) return null;
  const vacancies = data?.team?.vacancies ?? [];
  return (
    <Stack
      gap={1}
      sx={{ mb: 2 }}
      component="section"
      aria-label={translate('cei.composition.title')}
    >
      {composition.isComplete ? (
        <Alert severity="success">{translate('cei.composition.complete')}</Alert>
      ) : (
        <Alert severity="warning">
          {translate('cei.composition.incomplete', {
            smart_count: composition.missingRoles.length,
          })}
        </Alert>
      )}
      <Stack
        direction="row"
        gap={1}
        flexWrap="wrap"
        component="ul"
        sx={{ listStyle: 'none', p: 0, m: 0 }}
        aria-label={translate('cei.composition.roles')}
      >
        {badgeOrder(composition.roles).map((coverage) => (
          <CoverageBadge key={coverage.role} coverage={coverage} />
        ))}
      </Stack>
      {vacancies.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
            {translate('cei.vacancies.title')}
          </Typography>
          <VacancyTable
            vacancies={[...vacancies].sort(
              (a, b) =>
                Number(a.status === VacancyStatus.FILLED) -
                  Number(b.status === VacancyStatus.FILLED) || a.dueOn.localeCompare(b.dueOn),
            )}
          />
        </>
      )}
    </Stack>
  );
}
