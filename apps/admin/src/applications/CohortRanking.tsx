import { type ApplicationStatus, labelOf } from '@cei/domain';
import ScheduleIcon from '@mui/icons-material/Schedule';
import {
  Chip,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { useUiLanguage } from '../common/enums';
import { formatScore } from '../common/values';
import { useGraphQuery } from '../data/useGraphQuery';
import { COHORT_RANKING } from './application.graphql';

export interface RankedApplication {
  id: string;
  status: ApplicationStatus;
  isLate: boolean;
  submittedAt: string | null;
  totalScore: number | null;
  rank: number | null;
  lea: { id: string; name: string } | null;
  reviews: { totalCount: number };
}

/** Ranked first by rank, then unranked ones (drafts, unscored) by score, then by name. */
export function rankApplications(applications: readonly RankedApplication[]): RankedApplication[] {
  return [...applications].sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      (b.totalScore ?? -1) - (a.totalScore ?? -1) ||
      (a.lea?.name ?? '').localeCompare(b.lea?.name ?? ''),
  );
}

/** A cohort's applications in the order of their reviews' scores: the ranking staff decide on. */
export function CohortRanking({ cohortId }: { cohortId: string }) {
  const translate = useTranslate();
  const language = useUiLanguage();
  const createPath = useCreatePath();
  const { data, isPending } = useGraphQuery<{ applications: { nodes: RankedApplication[] } }>(
    COHORT_RANKING,
    { cohortId },
  );
  if (isPending) return <CircularProgress aria-label={translate('ra.page.loading')} />;
  const ranked = rankApplications(data?.applications.nodes ?? []);
  if (ranked.length === 0) {
    return <Typography variant="body2">{translate('cei.ranking.empty')}</Typography>;
  }
  return (
    <Table size="small" aria-label={translate('cei.ranking.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.applications.fields.rank')}</TableCell>
          <TableCell>{translate('resources.applications.fields.lea')}</TableCell>
          <TableCell>{translate('resources.applications.fields.status')}</TableCell>
          <TableCell align="right">
            {translate('resources.applications.fields.totalScore')}
          </TableCell>
          <TableCell align="right">{translate('cei.ranking.reviews')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {ranked.map((application) => (
          <TableRow key={application.id}>
            <TableCell>{application.rank ?? '—'}</TableCell>
            <TableCell>
              <Link to={createPath({ resource: 'applications', id: application.id, type: 'show' })}>
                {application.lea?.name ?? application.id}
              </Link>
            </TableCell>
            <TableCell>
              <Stack direction="row" gap={1} alignItems="center">
                {labelOf('ApplicationStatus', application.status, language)}
                {application.isLate && (
                  <Chip
                    size="small"
                    color="warning"
                    icon={<ScheduleIcon />}
                    label={translate('cei.applications.late')}
                  />
                )}
              </Stack>
            </TableCell>
            <TableCell align="right">
              {application.totalScore == null ? '—' : formatScore(application.totalScore, language)}
            </TableCell>
            <TableCell align="right">{application.reviews.totalCount}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
