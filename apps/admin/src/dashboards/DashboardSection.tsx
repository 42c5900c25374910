import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { type ReactNode, useId } from 'react';
import { Link, useTranslate } from 'react-admin';

/** How urgent a section's first line is: overdue work, work due, information, all done. */
export type Urgency = 'error' | 'warning' | 'info' | 'success';

const ICONS: Record<Urgency, typeof ErrorOutlineIcon> = {
  error: ErrorOutlineIcon,
  warning: WarningAmberIcon,
  info: InfoOutlinedIcon,
  success: CheckCircleOutlineIcon,
};

/** What needs attention, as one line: an icon and words (the colour only repeats them). */
export interface AttentionLine {
  urgency: Urgency;
  text: string;
}

export function Attention({ urgency, text }: AttentionLine) {
  const translate = useTranslate();
  const Icon = ICONS[urgency];
  return (
    <Stack
      direction="row"
      gap={1}
      alignItems="flex-start"
      data-urgency={urgency}
      sx={{
        px: 1.5,
        py: 1,
        mb: 1.5,
        borderRadius: 1,
        borderLeft: 4,
        borderColor: `${urgency}.main`,
        bgcolor: 'action.hover',
      }}
    >
      <Icon fontSize="small" sx={{ color: `${urgency}.dark`, mt: '2px' }} aria-hidden />
      <Typography variant="body2">
        <Box component="span" sx={{ fontWeight: 600 }}>
          {translate(`cei.dashboard.urgency.${urgency}`)}
        </Box>{' '}
        {text}
      </Typography>
    </Stack>
  );
}

/** A link to records, e.g. the list a section summarizes. */
export interface SectionLink {
  label: string;
  to: string;
}

/**
 * One part of a dashboard: a heading, what needs attention first, the figures, and links to the
 * records behind them.
 */
export function DashboardSection({
  title,
  attention,
  links = [],
  children,
  testId,
}: {
  title: string;
  attention?: AttentionLine[];
  links?: SectionLink[];
  children?: ReactNode;
  /** `data-section` of the card, for tests. */
  testId: string;
}) {
  const headingId = useId();
  return (
    <Card
      component="section"
      aria-labelledby={headingId}
      data-section={testId}
      variant="outlined"
      sx={{ height: '100%' }}
    >
      <CardContent>
        <Typography variant="h6" component="h2" id={headingId} gutterBottom>
          {title}
        </Typography>
        {attention?.map((line) => (
          <Attention key={line.text} {...line} />
        ))}
        {children}
        {links.length > 0 && (
          <Stack direction="row" gap={2} flexWrap="wrap" sx={{ mt: 1.5 }}>
            {links.map((link) => (
              <Link key={link.to} to={link.to} variant="body2">
                {link.label}
              </Link>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

/** A clear sentence where a section has nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="text.secondary" data-empty>
      {children}
    </Typography>
  );
}

/**
 * A wide table that scrolls sideways on narrow screens: a named region that takes the keyboard
 * focus, so it can be scrolled without a mouse.
 */
export function Scrollable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} sx={{ overflowX: 'auto' }}>
      {children}
    </Box>
  );
}
