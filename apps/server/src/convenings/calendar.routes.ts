import { CalendarFeedKind, labelOf, uiLanguageOf } from '@cei/domain';
import type { FindOptions } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { viewerOf } from '../accounts/credentials.js';
import { TOKEN_PATTERN, tokenHash } from '../common/tokens.js';
import type { MountRoutes } from '../http/routes.js';
import { languageOfRequest } from '../i18n/request-language.js';
import { Membership } from '../rosters/membership.entity.js';
import { Person } from '../rosters/person.entity.js';
import { scopeTo, systemFork } from '../scope/scope-filter.js';
import { ScopedData } from '../scope/scoped-data.js';
import { attendeeProblem, cohortIdsOfConvenings, conveningDay } from './attendees.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { calendarIcs } from './calendar-ics.js';
import { Convening } from './convening.entity.js';
import { conveningMessages } from './convening.messages.js';

/**
 * GET /calendar/<token>.ics: a feed's iCalendar file, for calendar programs that cannot sign in.
 * The token is the credential, so the feed is read as the system, and the file holds only
 * schedule information (public tier): a cohort's convenings, or those a person is expected at.
 */
export const calendarRoutes: MountRoutes = (router, { orm }) => {
  router.get('/calendar/:token.ics', async (request, response) => {
    const token = request.params.token ?? '';
    const em = systemFork(orm);
    const feed = TOKEN_PATTERN.test(token)
      ? await em.findOne(
          CalendarFeed,
          { tokenHash: tokenHash(token) },
          { populate: ['owner', 'cohort'] },
        )
      : null;
    // A revoked feed is gone; a renewed one has another hash; a disabled account's feeds stop,
    // and so does a person's feed once its owner may no longer read that person.
    if (!feed || feed.owner.getEntity().disabledAt || !(await ownerStillReadsPerson(orm, feed))) {
      response
        .status(404)
        .type('text/plain')
        .send(`${conveningMessages.noCalendar().render(languageOfRequest(request))}\n`);
      return;
    }
    const language = uiLanguageOf(feed.owner.getEntity().language);
    const cohort = feed.cohort?.getEntity();
    const name = cohort
      ? `CEI: ${cohort.name}`
      : `CEI: ${labelOf('CalendarFeedKind', CalendarFeedKind.PERSON, language)}`;
    const body = calendarIcs(name, await feedConvenings(em, feed), language);
    // Not through the unit of work: a fetch is bookkeeping, not a change anyone makes, and must
    // not bump the version (nor race a renewal).
    await em.nativeUpdate(CalendarFeed, { id: feed.id }, { lastFetchedAt: new Date() });
    response
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Cache-Control', 'private, no-cache')
      .setHeader('Content-Disposition', 'inline; filename="cei-convenings.ics"')
      .setHeader('X-Robots-Tag', 'noindex')
      .send(body);
  });
};

/** For a person's feed: whether its owner may still read the person, through their scope. */
async function ownerStillReadsPerson(orm: MikroORM, feed: CalendarFeed): Promise<boolean> {
  if (!feed.person) return true;
  const em = orm.em.fork();
  const owner = await viewerOf(em, feed.owner.getEntity(), 'session');
  scopeTo(em, owner);
  return (await new ScopedData(em, owner).byId(Person, feed.person.id)) !== null;
}

/**
 * A cohort's convenings; or a person's: those of the cohorts of their teams held on days they
 * were on the team (the rule of `expectedAttendees`).
 */
async function feedConvenings(em: EntityManager, feed: CalendarFeed): Promise<Convening[]> {
  const order: FindOptions<Convening> = { orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] };
  if (feed.cohort) return em.find(Convening, { cohortLinks: { cohort: feed.cohort.id } }, order);
  if (!feed.person) return [];
  const memberships = await em.find(Membership, { person: feed.person.id }, { populate: ['team'] });
  const cohortIds = [
    ...new Set(memberships.map((membership) => membership.team.getEntity().cohort.id)),
  ];
  if (cohortIds.length === 0) return [];
  const convenings = await em.find(
    Convening,
    { cohortLinks: { cohort: { $in: cohortIds } } },
    order,
  );
  const cohortsOf = await cohortIdsOfConvenings(
    em,
    convenings.map((convening) => convening.id),
  );
  return convenings.filter((convening) => {
    const cohorts = cohortsOf.get(convening.id) ?? new Set<string>();
    const day = conveningDay(convening);
    return memberships.some(
      (membership) =>
        attendeeProblem(membership, membership.team.getEntity(), day, cohorts) === null,
    );
  });
}
