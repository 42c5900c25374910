import { CalendarFeedKind, Role } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { ForbiddenError, InvalidInputError, UnauthenticatedError } from '../common/errors.js';
import { newToken, tokenHash } from '../common/tokens.js';
import type { Config } from '../config/config.js';
import { Person } from '../rosters/person.entity.js';
import { isStaff } from '../scope/rules.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { Viewer } from '../scope/viewer.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import type { CreateCalendarFeedInput, IssuedCalendarFeed } from './calendar-feed.inputs.js';
import { conveningMessages as m } from './convening.messages.js';

/**
 * Calendar feeds: a secret URL per feed, whose token is 32 random bytes (base64url). Only its
 * SHA-256 is stored, so the URL is shown once, when issued; renewing replaces the token and the
 * old URL stops working at once.
 */

export function calendarFeedUrl(config: Config, token: string): string {
  return `${config.publicUrl}/calendar/${token}.ics`;
}

function issue(config: Config, feed: CalendarFeed): IssuedCalendarFeed {
  const token = newToken();
  feed.tokenHash = tokenHash(token);
  return { feed, url: calendarFeedUrl(config, token) };
}

export async function createCalendarFeed(
  data: ScopedData,
  config: Config,
  input: CreateCalendarFeedInput,
): Promise<IssuedCalendarFeed> {
  const { accountId } = data.viewer;
  if (!accountId) throw new UnauthenticatedError();
  if ((input.cohortId == null) === (input.personId == null)) {
    throw InvalidInputError.field('input', m.exactlyOneFeedSubject());
  }
  return data.transaction(async (tx) => {
    const feed = tx.em.create(CalendarFeed, {
      kind: input.cohortId ? CalendarFeedKind.COHORT : CalendarFeedKind.PERSON,
      owner: ref(Account, accountId),
      tokenHash: '',
    });
    if (input.cohortId) {
      feed.cohort = ref(await tx.reference(Cohort, input.cohortId, 'input.cohortId'));
    } else {
      feed.person = ref(await feedPerson(tx, input.personId as string));
    }
    const issued = issue(config, feed);
    await tx.assertWritable(CalendarFeed, feed);
    await tx.em.flush();
    return issued;
  });
}

/** Whether a viewer may subscribe to other people's convenings (those people they may read). */
export function maySubscribeOthers(viewer: Viewer): boolean {
  return isStaff(viewer) || viewer.role === Role.TEAM_LEAD;
}

/**
 * Whose convenings a viewer may subscribe to: their own; CEI staff and team leads also those of
 * people they may read (a team lead: people on their own team's roster), through the scope layer.
 */
async function feedPerson(tx: ScopedData, personId: string): Promise<Person> {
  const { viewer } = tx;
  if (personId !== viewer.personId && !maySubscribeOthers(viewer)) {
    throw new ForbiddenError(m.ownFeedsOnly());
  }
  return tx.reference(Person, personId, 'input.personId');
}

export function renewCalendarFeed(
  data: ScopedData,
  config: Config,
  id: string,
): Promise<IssuedCalendarFeed> {
  return data.transaction(async (tx) => {
    const feed = await tx.forWrite(CalendarFeed, id);
    const issued = issue(config, feed);
    feed.lastFetchedAt = null;
    await tx.em.flush();
    return issued;
  });
}

/** The viewer's own feeds (CEI admins may read everyone's, but this lists their own). */
export function ownCalendarFeeds(data: ScopedData): Promise<CalendarFeed[]> {
  const { accountId } = data.viewer;
  if (!accountId) return Promise.resolve([]);
  return data.em.find(
    CalendarFeed,
    { owner: accountId },
    { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  );
}
