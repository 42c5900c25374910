import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A titled part of a show screen below its main fields, e.g. a team's roster. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  // The title is a message key (or a text already translated, which reads as itself).
  const heading = useTranslate()(title);
  return (
    <Box component="section" sx={{ px: 2, pb: 2 }} aria-label={heading}>
      <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
        {heading}
      </Typography>
      {children}
    </Box>
  );
}
