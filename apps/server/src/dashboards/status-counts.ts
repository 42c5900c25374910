import { type ApplicationStatus, type StipendStatus, sumMoney } from '@cei/domain';
import { ApplicationList } from '../applications/application.inputs.js';
import { StipendList } from '../funding/funding.inputs.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { ApplicationCount, StipendCount } from './dashboard.types.js';

/**
 * Applications per cohort and status, over the applications the viewer may read and the filter
 * of the applications list; one grouped statement.
 */
export async function applicationCounts(
  data: ScopedData,
  filter: object | null | undefined,
): Promise<ApplicationCount[]> {
  const groups = await data.countBy(ApplicationList.spec, filter, ['cohort', 'status']);
  return groups.map(({ keys: [cohortId, status], count }) =>
    Object.assign(new ApplicationCount(), {
      cohortId: cohortId as string,
      status: status as ApplicationStatus,
      count,
    }),
  );
}

/** Stipends per status with their total, over the stipends the viewer may read and the filter. */
export async function stipendCounts(
  data: ScopedData,
  filter: object | null | undefined,
): Promise<StipendCount[]> {
  const groups = await data.countBy(StipendList.spec, filter, ['status'], 'amount');
  return groups.map(({ keys: [status], count, sum }) =>
    Object.assign(new StipendCount(), {
      status: status as StipendStatus,
      count,
      amount: sumMoney([sum ?? '0']),
    }),
  );
}
