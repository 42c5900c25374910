import AutorenewIcon from '@mui/icons-material/Autorenew';
import BlockIcon from '@mui/icons-material/Block';
import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ActionButton, useOperation } from '../common/actions';
import { useUiLanguage } from '../common/enums';
import { personName } from '../common/people';
import { formatInstant } from '../common/values';
import { useGraphQuery } from '../data/useGraphQuery';
import { Section } from '../layout/Section';
import {
  CALENDAR_FEEDS,
  type IssuedCalendarFeed,
  RENEW_CALENDAR_FEED,
  REVOKE_CALENDAR_FEED,
} from './convening.graphql';
import { FeedUrl } from './SubscribeButton';

interface CalendarFeed {
  id: string;
  kind: 'COHORT' | 'PERSON';
  lastFetchedAt: string | null;
  createdAt: string;
  cohort: { id: string; name: string } | null;
  person: { id: string; givenName: string | null; familyName: string | null } | null;
}

/**
 * The viewer's calendar feeds: what each lists and when a calendar last read it; renewing one
 * gives a new URL (shown once) and stops the old; revoking stops it.
 */
export function CalendarFeeds() {
  const translate = useTranslate();
  const language = useUiLanguage();
  const run = useOperation();
  const [url, setUrl] = useState<string | null>(null);
  const { data } = useGraphQuery<{ calendarFeeds: CalendarFeed[] }>(CALENDAR_FEEDS, {});
  const feeds = data?.calendarFeeds ?? [];
  return (
    <Section title="cei.calendar.feeds">
      {feeds.length === 0 ? (
        <Typography variant="body2">{translate('cei.calendar.noFeeds')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('cei.calendar.lists')}</TableCell>
              <TableCell>{translate('cei.calendar.created')}</TableCell>
              <TableCell>{translate('cei.calendar.lastFetched')}</TableCell>
              <TableCell>{translate('cei.common.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {feeds.map((feed) => (
              <TableRow key={feed.id}>
                <TableCell>
                  {feed.cohort?.name ?? (feed.person ? personName(feed.person) : '—')}
                </TableCell>
                <TableCell>{formatInstant(feed.createdAt, language)}</TableCell>
                <TableCell>
                  {feed.lastFetchedAt
                    ? formatInstant(feed.lastFetchedAt, language)
                    : translate('cei.calendar.neverFetched')}
                </TableCell>
                <TableCell>
                  <Stack direction="row" gap={1}>
                    <ActionButton
                      label="cei.calendar.renew"
                      icon={<AutorenewIcon />}
                      confirm={{
                        title: 'cei.calendar.renewTitle',
                        content: 'cei.calendar.renewContent',
                      }}
                      onAction={async () => {
                        const { issued } = await run<IssuedCalendarFeed>(RENEW_CALENDAR_FEED, {
                          id: feed.id,
                        });
                        setUrl(issued.url);
                      }}
                    />
                    <ActionButton
                      label="cei.calendar.revoke"
                      icon={<BlockIcon />}
                      color="error"
                      confirm={{
                        title: 'cei.calendar.revokeTitle',
                        content: 'cei.calendar.revokeContent',
                      }}
                      onAction={() =>
                        run(
                          REVOKE_CALENDAR_FEED,
                          { id: feed.id },
                          { success: 'cei.calendar.revoked' },
                        )
                      }
                    />
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {url && <FeedUrl url={url} onDone={() => setUrl(null)} />}
    </Section>
  );
}
