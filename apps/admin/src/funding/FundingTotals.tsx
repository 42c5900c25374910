import { compareMoney, formatMoney } from '@cei/domain';
import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { useUiLanguage } from '../common/enums';
import { useGraphQuery } from '../data/useGraphQuery';
import { FUNDING_SUMMARY, type FundingSummary } from './funding.graphql';

const STIPENDS = ['stipendsPlanned', 'stipendsApproved', 'stipendsPaid'] as const;
const REIMBURSEMENTS = [
  'reimbursementsSubmitted',
  'reimbursementsApproved',
  'reimbursementsPaid',
] as const;

/**
 * The totals against the appropriation, for the list's cohort and program year filters (all when
 * unset): what is planned, approved and paid, committed and remaining. CEI staff only.
 */
export function FundingTotals({ focus }: { focus: 'stipends' | 'reimbursements' }) {
  const { can } = useAccess();
  const { filterValues } = useListContext();
  const translate = useTranslate();
  const language = useUiLanguage();
  const cohortId = (filterValues.cohortId as string | undefined) || null;
  const programYear = (filterValues.programYear as string | undefined) || null;
  const { data } = useGraphQuery<{ fundingSummary: FundingSummary }>(
    FUNDING_SUMMARY,
    { cohortId, programYear },
    { enabled: can('read', 'fundingSummary') },
  );
  const summary = data?.fundingSummary;
  if (!summary) return null;
  const money = (amount: string) => formatMoney(amount, language);
  const overCommitted = compareMoney(summary.remaining, '0') < 0;
  const first = focus === 'stipends' ? STIPENDS : REIMBURSEMENTS;
  const second = focus === 'stipends' ? REIMBURSEMENTS : STIPENDS;
  const figure = (key: keyof FundingSummary, emphasis = false) => (
    <Stack key={key} component="div" sx={{ minWidth: 150 }}>
      <Typography variant="caption" color="text.secondary" component="dt">
        {translate(`cei.funding.${key}`)}
      </Typography>
      <Typography variant={emphasis ? 'h6' : 'body1'} component="dd" sx={{ m: 0 }} data-total={key}>
        {money(summary[key] ?? '0')}
      </Typography>
    </Stack>
  );
  return (
    <Card
      variant="outlined"
      sx={{ mb: 1 }}
      component="section"
      aria-label={translate('cei.funding.totals')}
    >
      <CardContent>
        <Typography variant="subtitle2" component="h2" gutterBottom>
          {translate('cei.funding.totalsFor', {
            scope:
              [programYear, cohortId ? translate('cei.funding.oneCohort') : null]
                .filter(Boolean)
                .join(', ') || translate('cei.funding.allYears'),
          })}
        </Typography>
        <Stack direction="row" gap={3} flexWrap="wrap" component="dl" sx={{ m: 0 }}>
          {first.map((key) => figure(key, true))}
          {second.map((key) => figure(key))}
          {figure('appropriation')}
          {figure('committed')}
          {figure('remaining', true)}
        </Stack>
        {overCommitted && (
          <Typography color="error" role="alert" sx={{ mt: 1 }}>
            {translate('cei.funding.overCommitted')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
