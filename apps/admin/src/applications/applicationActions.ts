import { ApplicationStatus, canApplicationTransition } from '@cei/domain';
import type { DocumentNode } from 'graphql';
import {
  DECLINE_APPLICATION,
  SELECT_APPLICATION,
  START_APPLICATION_REVIEW,
  SUBMIT_APPLICATION,
  WAITLIST_APPLICATION,
  WITHDRAW_APPLICATION,
} from './application.graphql';

/** A step of an application's path, as a button: the access action and the status it leads to. */
export interface ApplicationAction {
  /** The access action (auth/canAccess.ts) and the message keys' name: `submit`. */
  action: 'submit' | 'startReview' | 'select' | 'waitlist' | 'decline' | 'withdraw';
  to: ApplicationStatus;
  document: DocumentNode;
}

/** In the order the buttons are shown: forward steps first, withdrawing last. */
export const APPLICATION_ACTIONS: readonly ApplicationAction[] = [
  { action: 'submit', to: ApplicationStatus.SUBMITTED, document: SUBMIT_APPLICATION },
  { action: 'startReview', to: ApplicationStatus.UNDER_REVIEW, document: START_APPLICATION_REVIEW },
  { action: 'select', to: ApplicationStatus.SELECTED, document: SELECT_APPLICATION },
  { action: 'waitlist', to: ApplicationStatus.WAITLISTED, document: WAITLIST_APPLICATION },
  { action: 'decline', to: ApplicationStatus.DECLINED, document: DECLINE_APPLICATION },
  { action: 'withdraw', to: ApplicationStatus.WITHDRAWN, document: WITHDRAW_APPLICATION },
];

/**
 * The steps offered for an application in `status` to a viewer whose role may do those `can`
 * allows: the domain's transitions (the server applies the same), nothing else.
 */
export function applicationActionsFor(
  status: ApplicationStatus,
  can: (action: string) => boolean,
): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter(
    ({ action, to }) => canApplicationTransition(status, to) && can(action),
  );
}
