import { Card, CardContent, Typography } from '@mui/material';
import {
  Form,
  HttpError,
  minLength,
  PasswordInput,
  required,
  SaveButton,
  Title,
  Toolbar,
  useAuthenticated,
  useAuthProvider,
  useNotify,
  useRedirect,
} from 'react-admin';
import type { CeiAuthProvider } from './authProvider';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

/** The server's minimum (issue 3: at least 12 characters), checked here too to save a trip. */
const newPasswordRules = [required(), minLength(12, 'At least 12 characters')];

/** A signed-in user changes their own password, from the user menu. */
export function ChangePasswordPage() {
  useAuthenticated();
  const authProvider = useAuthProvider<CeiAuthProvider>();
  const notify = useNotify();
  const redirect = useRedirect();

  async function submit(values: Partial<PasswordChange>) {
    if (values.newPassword !== values.confirmation) {
      return { confirmation: 'Does not match the new password' };
    }
    try {
      await authProvider?.changePassword({
        currentPassword: values.currentPassword ?? '',
        newPassword: values.newPassword ?? '',
      });
    } catch (error) {
      // Field problems (a wrong current password, a weak new one) go under their inputs.
      if (error instanceof HttpError && error.body?.errors) return error.body.errors;
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return undefined;
    }
    notify('Your password was changed. Your other sessions were signed out.', { type: 'success' });
    redirect('/');
    return undefined;
  }

  return (
    <Card sx={{ mt: 2, maxWidth: 520 }}>
      <Title title="Change my password" />
      <Form onSubmit={submit}>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            Change my password
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            Your other sessions end; this browser stays signed in.
          </Typography>
          <PasswordInput
            source="currentPassword"
            label="Current password"
            autoComplete="current-password"
            validate={required()}
            fullWidth
          />
          <PasswordInput
            source="newPassword"
            label="New password"
            autoComplete="new-password"
            validate={newPasswordRules}
            helperText="At least 12 characters"
            fullWidth
          />
          <PasswordInput
            source="confirmation"
            label="New password again"
            autoComplete="new-password"
            validate={required()}
            fullWidth
          />
        </CardContent>
        <Toolbar>
          <SaveButton label="Change password" />
        </Toolbar>
      </Form>
    </Card>
  );
}
