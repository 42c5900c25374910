import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { useState } from 'react';
import { ActionButton, useOperation } from '../common/actions';
import { ShownOnceDialog, type ShownOnceTexts } from '../common/ShownOnceDialog';
import { CREATE_CALENDAR_FEED, type IssuedCalendarFeed } from './convening.graphql';

/**
 * "Subscribe to the calendar": creates a calendar feed of a cohort's convenings (or a person's)
 * and shows its secret URL, once. Renewing the feed (on the calendar page) replaces the URL.
 */
export function SubscribeButton({ cohortId, personId }: { cohortId?: string; personId?: string }) {
  const run = useOperation();
  const [url, setUrl] = useState<string | null>(null);
  return (
    <>
      <ActionButton
        label="cei.calendar.subscribe"
        icon={<EventRepeatIcon />}
        onAction={async () => {
          const { issued } = await run<IssuedCalendarFeed>(CREATE_CALENDAR_FEED, {
            input: cohortId ? { cohortId } : { personId },
          });
          setUrl(issued.url);
        }}
      />
      {url && <FeedUrl url={url} onDone={() => setUrl(null)} />}
    </>
  );
}

/** A feed's address just issued: renewing the feed is the only way to another. */
export function FeedUrl({ url, onDone }: { url: string; onDone: () => void }) {
  return <ShownOnceDialog value={url} texts={FEED_URL_TEXTS} onDone={onDone} />;
}

const FEED_URL_TEXTS: ShownOnceTexts = {
  title: 'cei.calendar.issuedTitle',
  warning: 'cei.calendar.issuedWarning',
  label: 'cei.calendar.url',
  copyRefused: 'cei.calendar.copyRefused',
};
