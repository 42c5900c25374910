import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, type ReactNode, useState } from 'react';

export interface Credentials {
  email: string;
  password: string;
}

export interface SignInTexts {
  title: string;
  program: string;
  email: string;
  password: string;
  submit: string;
}

/**
 * The sign-in card: email, password, and the reason a sign-in failed shown above the button
 * (an alert, so screen readers announce it). Plain MUI, so the first page can show it before
 * react-admin is loaded (`SignInScreen`); inside the app `LoginPage` shows the same card.
 * `onSubmit` rejects with the message to show.
 */
export function SignInForm({
  texts,
  languageMenu,
  onSubmit,
}: {
  texts: SignInTexts;
  languageMenu: ReactNode;
  onSubmit: (credentials: Credentials) => Promise<void>;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setFailure(undefined);
    try {
      await onSubmit({ email, password });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setPending(false);
    }
  }

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100' }}>
      <Card component="main" sx={{ width: 380 }}>
        <CardContent>
          <Stack direction="row" justifyContent="space-between" alignItems="flex-start">
            <Typography variant="h5" component="h1" gutterBottom>
              {texts.title}
            </Typography>
            {languageMenu}
          </Stack>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {texts.program}
          </Typography>
          <Stack component="form" gap={2} mt={2} onSubmit={submit}>
            <TextField
              label={texts.email}
              type="email"
              autoComplete="username"
              variant="filled"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              required
              autoFocus
            />
            <TextField
              label={texts.password}
              type="password"
              autoComplete="current-password"
              variant="filled"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
            {failure && <Alert severity="error">{failure}</Alert>}
            <Button type="submit" variant="contained" disabled={pending}>
              {texts.submit}
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
