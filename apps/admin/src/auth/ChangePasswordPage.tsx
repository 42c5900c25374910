import { Card, CardContent, Typography } from '@mui/material';
import {
  Form,
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
  useTranslate,
} from 'react-admin';
import { useFormFailure } from '../common/actions';
import type { CeiAuthProvider } from './authProvider';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

/** The server's minimum (issue 3: at least 12 characters), checked here too to save a trip. */
const newPasswordRules = [required(), minLength(12, 'cei.account.passwordLength')];

/** A signed-in user changes their own password, from the user menu. */
export function ChangePasswordPage() {
  useAuthenticated();
  const authProvider = useAuthProvider<CeiAuthProvider>();
  const notify = useNotify();
  const failure = useFormFailure();
  const redirect = useRedirect();
  const translate = useTranslate();

  async function submit(values: Partial<PasswordChange>) {
    if (values.newPassword !== values.confirmation) {
      return { confirmation: 'cei.account.passwordMismatch' };
    }
    try {
      await authProvider?.changePassword({
        currentPassword: values.currentPassword ?? '',
        newPassword: values.newPassword ?? '',
      });
    } catch (error) {
      // Field problems (a wrong current password, a weak new one) go under their inputs.
      return failure(error);
    }
    notify('cei.account.passwordChanged', { type: 'success' });
    redirect('/');
    return undefined;
  }

  return (
    <Card sx={{ mt: 2, maxWidth: 520 }}>
      <Title title="cei.account.changePassword" />
      <Form onSubmit={submit}>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('cei.account.changePassword')}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('cei.account.passwordSessions')}
          </Typography>
          <PasswordInput
            source="currentPassword"
            label="resources.accounts.fields.currentPassword"
            autoComplete="current-password"
            validate={required()}
            fullWidth
          />
          <PasswordInput
            source="newPassword"
            label="resources.accounts.fields.newPassword"
            autoComplete="new-password"
            validate={newPasswordRules}
            helperText="cei.account.passwordLength"
            fullWidth
          />
          <PasswordInput
            source="confirmation"
            label="cei.account.newPasswordAgain"
            autoComplete="new-password"
            validate={required()}
            fullWidth
          />
        </CardContent>
        <Toolbar>
          <SaveButton label="cei.account.changePasswordButton" />
        </Toolbar>
      </Form>
    </Card>
  );
}
