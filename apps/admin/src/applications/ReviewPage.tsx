import { ApplicationStatus } from '@cei/domain';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Link as MuiLink,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Link,
  Title,
  useCreatePath,
  useGetIdentity,
  useGetOne,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { useAccess } from '../auth/useAccess';
import { useOperation } from '../common/actions';
import { useGraphQuery } from '../data/useGraphQuery';
import { NARRATIVE_SECTIONS } from './ApplicationInputs';
import { type ApplicationRecord, REVIEW_WORKSPACE, SAVE_REVIEW } from './application.graphql';
import { applicationName } from './applicationName';
import {
  type Criterion,
  maximumTotal,
  type Scores,
  scoreProblems,
  weightedTotal,
} from './reviewScoring';

interface OwnReview {
  id: string;
  comment: string | null;
  submittedAt: string | null;
  scores: { nodes: { score: number; criterion: { id: string } | null }[] };
}

interface Workspace {
  rubric: { nodes: Criterion[] };
  reviews: { nodes: OwnReview[] };
}

/**
 * Reviewing a letter of interest: the letter's narrative on one side, the cohort's rubric on the
 * other (each criterion with its maximum and weight, a score input, the running weighted total),
 * then a comment. The reviewer saves as they go and submits when every criterion is scored; the
 * server keeps one review per reviewer and refuses one on an application from their own county
 * office.
 */
export function ReviewPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const { can } = useAccess();
  const { identity } = useGetIdentity();
  const { data: application, error } = useGetOne<ApplicationRecord>('applications', { id });
  const { data: workspace } = useGraphQuery<Workspace>(
    REVIEW_WORKSPACE,
    { applicationId: id, cohortId: application?.cohort?.id ?? '', reviewerId: identity?.id ?? '' },
    { enabled: !!application?.cohort && !!identity },
  );

  if (error) return <Alert severity="error">{translate((error as Error).message)}</Alert>;
  if (!can('review', 'applications')) {
    return <Alert severity="info">{translate('cei.reviews.notAllowed')}</Alert>;
  }
  if (!application || !workspace)
    return <CircularProgress aria-label={translate('ra.page.loading')} />;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('cei.reviews.title', { name: applicationName(application) })} />
      <Stack direction={{ xs: 'column', lg: 'row' }} gap={2} alignItems="flex-start">
        <Letter application={application} />
        <Scoring
          key={workspace.reviews.nodes[0]?.id ?? 'new'}
          application={application}
          rubric={workspace.rubric.nodes}
          review={workspace.reviews.nodes[0]}
        />
      </Stack>
    </Box>
  );
}

function Letter({ application }: { application: ApplicationRecord }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Card
      component="section"
      aria-label={translate('cei.reviews.letter')}
      sx={{ flex: 1, minWidth: 0 }}
    >
      <CardContent>
        <Typography variant="h6" component="h2">
          <Link to={createPath({ resource: 'applications', id: application.id, type: 'show' })}>
            {applicationName(application)}
          </Link>
        </Typography>
        <Stack direction="row" gap={2} sx={{ mb: 1 }}>
          {(application.documents?.nodes ?? []).map((document) => (
            <MuiLink key={document.id} href={document.downloadUrl} download={document.fileName}>
              {translate(`cei.applications.documents.${document.format}`)}
            </MuiLink>
          ))}
        </Stack>
        {NARRATIVE_SECTIONS.map((section) => (
          <Box key={section} sx={{ mb: 2 }}>
            <Typography variant="subtitle2" component="h3">
              {translate(`resources.applications.fields.${section}`)}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {typeof application[section] === 'string' && application[section]
                ? (application[section] as string)
                : '—'}
            </Typography>
          </Box>
        ))}
      </CardContent>
    </Card>
  );
}

interface ScoringProps {
  application: ApplicationRecord;
  rubric: Criterion[];
  review: OwnReview | undefined;
}

function Scoring({ application, rubric, review }: ScoringProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const run = useOperation();
  // The inputs start from the review as saved (a new reading remounts this: see its key).
  const [scores, setScores] = useState<Scores>(() =>
    Object.fromEntries(
      (review?.scores.nodes ?? []).flatMap((entry) =>
        entry.criterion ? [[entry.criterion.id, entry.score]] : [],
      ),
    ),
  );
  const [comment, setComment] = useState(review?.comment ?? '');
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const reviewing = [ApplicationStatus.UNDER_REVIEW, ApplicationStatus.WAITLISTED].includes(
    application.status as 'UNDER_REVIEW',
  );
  const problems = scoreProblems(rubric, scores, { submitting });

  async function save(submit: boolean) {
    setSubmitting(submit);
    setFailure(null);
    if (Object.keys(scoreProblems(rubric, scores, { submitting: submit })).length > 0) return;
    setPending(true);
    try {
      await run(
        SAVE_REVIEW,
        {
          applicationId: application.id,
          input: {
            scores: rubric.flatMap((criterion) => {
              const score = scores[criterion.id];
              return typeof score === 'number' ? [{ criterionId: criterion.id, score }] : [];
            }),
            comment: comment.trim() || null,
            submit,
          },
        },
        { success: submit ? 'cei.reviews.submitted' : 'cei.reviews.saved' },
      );
      if (submit) {
        navigate(createPath({ resource: 'applications', id: application.id, type: 'show' }));
      }
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  }

  if (rubric.length === 0) {
    return (
      <Alert severity="info" sx={{ flex: 1 }}>
        {translate('cei.reviews.noRubric')}
      </Alert>
    );
  }

  return (
    <Card
      component="section"
      aria-label={translate('cei.reviews.rubric')}
      sx={{ flex: 1, minWidth: 0, position: { lg: 'sticky' }, top: { lg: 72 } }}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('cei.reviews.rubric')}
        </Typography>
        {review?.submittedAt && (
          <Alert severity="success" sx={{ mb: 2 }}>
            {translate('cei.reviews.alreadySubmitted')}
          </Alert>
        )}
        {!reviewing && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('cei.reviews.notUnderReview')}
          </Alert>
        )}
        <Stack gap={2}>
          {rubric.map((criterion) => {
            const problem = problems[criterion.id];
            return (
              <Box key={criterion.id}>
                <TextField
                  type="number"
                  label={criterion.name}
                  value={scores[criterion.id] ?? ''}
                  onChange={(event) => {
                    const value = event.target.value;
                    setScores((current) => ({
                      ...current,
                      [criterion.id]: value === '' ? undefined : Number(value),
                    }));
                  }}
                  error={!!problem}
                  helperText={
                    problem
                      ? translate(`cei.reviews.problem.${problem}`, { max: criterion.maxScore })
                      : translate('cei.reviews.outOf', {
                          max: criterion.maxScore,
                          weight: criterion.weight,
                        })
                  }
                  slotProps={{ htmlInput: { min: 0, max: criterion.maxScore, step: 1 } }}
                  disabled={!reviewing}
                  fullWidth
                />
                {criterion.description && (
                  <Typography variant="caption" color="text.secondary" component="p">
                    {criterion.description}
                  </Typography>
                )}
              </Box>
            );
          })}
          <Typography role="status" aria-live="polite">
            {translate('cei.reviews.total', {
              total: weightedTotal(rubric, scores),
              max: maximumTotal(rubric),
            })}
          </Typography>
          <TextField
            label={translate('cei.reviews.comment')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            multiline
            minRows={3}
            disabled={!reviewing}
            fullWidth
          />
          {failure && (
            <Alert severity="error" role="alert">
              {translate(failure)}
            </Alert>
          )}
          <Stack direction="row" gap={1}>
            <Button variant="outlined" onClick={() => save(false)} disabled={!reviewing || pending}>
              {translate('cei.reviews.save')}
            </Button>
            <Button variant="contained" onClick={() => save(true)} disabled={!reviewing || pending}>
              {translate('cei.reviews.submit')}
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
