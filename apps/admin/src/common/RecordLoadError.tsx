import { Alert } from '@mui/material';
import { useContext } from 'react';
import { EditContext, NotFound, ShowContext, useTranslate } from 'react-admin';

/**
 * What a show or edit screen displays when its record cannot be read. The server answers an id
 * outside the viewer's scope exactly as one that does not exist, so both get react-admin's
 * not-found page rather than an empty form; other failures say what went wrong.
 */
export function RecordLoadError() {
  const show = useContext(ShowContext);
  const edit = useContext(EditContext);
  const translate = useTranslate();
  const error = (show ?? edit)?.error as { status?: number; message?: string } | null | undefined;
  if (!error) return null;
  if (error.status === 404) return <NotFound />;
  return (
    <Alert severity="error" sx={{ m: 2 }}>
      {translate(error.message ?? 'cei.errors.recordUnreadable')}
    </Alert>
  );
}
