import { ApplicationStatus } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import { applicationActionsFor } from './applicationActions';

const everything = (_action: string) => true;
const actionsOf = (status: ApplicationStatus, can: (action: string) => boolean = everything) =>
  applicationActionsFor(status, can).map(({ action }) => action);

describe('the steps offered for an application', () => {
  it.each([
    [ApplicationStatus.DRAFT, ['submit', 'withdraw']],
    [ApplicationStatus.SUBMITTED, ['startReview', 'withdraw']],
    [ApplicationStatus.UNDER_REVIEW, ['select', 'waitlist', 'decline', 'withdraw']],
    [ApplicationStatus.WAITLISTED, ['select', 'decline', 'withdraw']],
    [ApplicationStatus.SELECTED, []],
    [ApplicationStatus.DECLINED, []],
    [ApplicationStatus.WITHDRAWN, []],
  ])('for a %s application are %j', (status, expected) => {
    expect(actionsOf(status)).toEqual(expected);
  });

  it('leaves out the steps the viewer’s role may not take', () => {
    expect(actionsOf(ApplicationStatus.UNDER_REVIEW, (action) => action !== 'select')).toEqual([
      'waitlist',
      'decline',
      'withdraw',
    ]);
    expect(actionsOf(ApplicationStatus.DRAFT, () => false)).toEqual([]);
  });
});
