import type { UiLanguage } from '@cei/domain';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  List,
  ListItem,
  ListItemButton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { type DemoSignIn, demoSignIns } from './sessionRequests';

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
  demoTitle: string;
  demoHint: (password: string) => string;
  /** A demo account as a choice: "CEI staff: staff@example.org". */
  demoChoice: (role: string, email: string) => string;
}

/**
 * The sign-in card: email, password, and the reason a sign-in failed shown above the button
 * (an alert, so screen readers announce it). Plain MUI, so the first page can show it before
 * react-admin is loaded (`SignInScreen`); inside the app `LoginPage` shows the same card.
 * `onSubmit` rejects with the message to show. On a trial install (the server holds the demo
 * data) the demo accounts are listed under the card; choosing one fills in the form.
 */
export function SignInForm({
  texts,
  language,
  languageMenu,
  onSubmit,
}: {
  texts: SignInTexts;
  language: UiLanguage;
  languageMenu: ReactNode;
  onSubmit: (credentials: Credentials) => Promise<void>;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [demo, setDemo] = useState<DemoSignIn[]>([]);

  useEffect(() => {
    let current = true;
    void demoSignIns(language).then((accounts) => current && setDemo(accounts));
    return () => {
      current = false;
    };
  }, [language]);

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
          {demo.length > 0 && (
            <Box component="section" aria-labelledby="demo-sign-ins" mt={3}>
              <Typography id="demo-sign-ins" variant="subtitle2" component="h2">
                {texts.demoTitle}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {texts.demoHint(demo[0]?.password ?? '')}
              </Typography>
              <List dense disablePadding>
                {demo.map((account) => (
                  <ListItem key={account.email} disablePadding>
                    <ListItemButton
                      onClick={() => {
                        setEmail(account.email);
                        setPassword(account.password);
                      }}
                    >
                      {texts.demoChoice(account.role, account.email)}
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
