import { Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useLogin, useNotify, useTranslate } from 'react-admin';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';

/**
 * Signing in with the email and password of a CEI account, in the language chosen here (or the
 * browser's); once signed in, the account's own language, if it chose one, takes over.
 */
export function LoginPage() {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  useDocumentLanguage();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    try {
      await login({ email, password });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.auth.sign_in_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  }

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100' }}>
      <Card component="main" sx={{ width: 380 }}>
        <CardContent>
          <Stack direction="row" justifyContent="space-between" alignItems="flex-start">
            <Typography variant="h5" component="h1" gutterBottom>
              {translate('cei.app.title')}
            </Typography>
            <LanguageMenu />
          </Stack>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('cei.app.program')}
          </Typography>
          <Stack component="form" gap={2} mt={2} onSubmit={submit}>
            <TextField
              label={translate('ra.auth.email')}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              required
              autoFocus
            />
            <TextField
              label={translate('ra.auth.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
            <Button type="submit" variant="contained" disabled={pending}>
              {translate('ra.auth.sign_in')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
