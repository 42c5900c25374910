import { gql } from '@apollo/client';
import { ApplicationStatus, labelOf } from '@cei/domain';
import { Tab, Tabs } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { useUiLanguage } from '../common/enums';
import { useGraphQuery } from '../data/useGraphQuery';

/** Applications counted per status, over the cohort filtered on (the viewer's scope applied). */
export const APPLICATION_STATUS_COUNTS = gql`
  query ApplicationStatusCounts($filter: ApplicationFilter) {
    applicationCounts(filter: $filter) {
      status
      count
    }
  }
`;

/**
 * The applications board's columns as tabs: All, then each status with how many letters are in
 * it (over the list's cohort filter); choosing one filters the list on that status. A letter
 * moves on with the buttons of its row (ApplicationActions), which offer only the steps its
 * status allows.
 */
export function ApplicationStatusTabs() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const language = useUiLanguage();
  const cohortId = filterValues.cohortId as string | undefined;
  const { data } = useGraphQuery<{
    applicationCounts: { status: ApplicationStatus; count: number }[];
  }>(APPLICATION_STATUS_COUNTS, { filter: cohortId ? { cohortId } : {} });
  const counts = new Map<string, number>();
  for (const { status, count } of data?.applicationCounts ?? [])
    counts.set(status, (counts.get(status) ?? 0) + count);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const current = (filterValues.status as string | undefined) ?? 'ALL';
  return (
    <Tabs
      value={current}
      onChange={(_event, status: string) => {
        const { status: _previous, ...others } = filterValues;
        setFilters(status === 'ALL' ? others : { ...others, status }, displayedFilters);
      }}
      variant="scrollable"
      aria-label={translate('cei.applications.board')}
      sx={{ px: 1 }}
    >
      <Tab value="ALL" label={translate('cei.applications.allCount', { count: total })} />
      {Object.values(ApplicationStatus).map((status) => (
        <Tab
          key={status}
          value={status}
          label={translate('cei.applications.statusCount', {
            status: labelOf('ApplicationStatus', status, language),
            count: counts.get(status) ?? 0,
          })}
        />
      ))}
    </Tabs>
  );
}
