import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled part of a show screen below its main fields, e.g. a team's roster. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ px: 2, pb: 2 }} aria-label={title}>
      <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
