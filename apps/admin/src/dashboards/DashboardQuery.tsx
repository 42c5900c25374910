import { Alert, Box, CircularProgress } from '@mui/material';
import type { DocumentNode } from 'graphql';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useGraphQuery } from '../data/useGraphQuery';

/**
 * A dashboard's one query, and what to show while it loads or when it fails; `render` gets the
 * answer once it is there.
 */
export function DashboardQuery<T>({
  document,
  variables,
  render,
}: {
  document: DocumentNode;
  variables: Record<string, unknown>;
  render: (data: T) => ReactNode;
}) {
  const translate = useTranslate();
  const { data, isPending, error } = useGraphQuery<T>(document, variables);
  if (isPending) {
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', py: 4 }}>
        <CircularProgress aria-label={translate('cei.dashboard.loading')} />
      </Box>
    );
  }
  if (error || !data) {
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {translate('cei.dashboard.failed', { message: (error as Error | null)?.message ?? '' })}
      </Alert>
    );
  }
  return <>{render(data)}</>;
}
