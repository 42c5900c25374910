import './monacoWorkers';
import 'graphiql/style.css';
import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
  useTheme,
} from '@mui/material';
import { GraphiQL } from 'graphiql';
import { type FormEvent, useMemo, useState } from 'react';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { explorerFetcher } from './explorerFetcher';

/**
 * The API explorer: GraphiQL, bundled (Monaco, its workers and fonts come from this server; no
 * CDN), on the schema's own documentation. It runs as the signed-in viewer, or as an API token
 * pasted here, which lives in this component's state only (GraphiQL's header editor, which can
 * persist headers, is off).
 */
export function ApiExplorer() {
  const translate = useTranslate();
  const theme = useTheme();
  const { identity } = useGetIdentity();
  const [mode, setMode] = useState<'session' | 'token'>('session');
  const [typed, setTyped] = useState('');
  const [token, setToken] = useState<string | undefined>();
  const fetcher = useMemo(() => explorerFetcher(token), [token]);

  const applyToken = (event: FormEvent) => {
    event.preventDefault();
    setToken(typed.trim() || undefined);
  };
  const forgetToken = () => {
    setTyped('');
    setToken(undefined);
  };

  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('cei.explorer.title')} />
      <Typography variant="body2">{translate('cei.explorer.intro')}</Typography>
      <FormControl>
        <FormLabel id="explorer-run-as">{translate('cei.explorer.runAs')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="explorer-run-as"
          value={mode}
          onChange={(event) => {
            const next = event.target.value as 'session' | 'token';
            setMode(next);
            if (next === 'session') forgetToken();
          }}
        >
          <FormControlLabel
            value="session"
            control={<Radio />}
            label={translate('cei.explorer.session', { name: identity?.fullName ?? '' })}
          />
          <FormControlLabel
            value="token"
            control={<Radio />}
            label={translate('cei.explorer.token')}
          />
        </RadioGroup>
      </FormControl>
      {mode === 'token' && (
        <Box component="form" onSubmit={applyToken}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              label={translate('cei.explorer.tokenLabel')}
              helperText={translate('cei.explorer.tokenHelp')}
              type="password"
              autoComplete="off"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              sx={{ minWidth: 360 }}
            />
            <Button type="submit" variant="contained" sx={{ mt: 1 }}>
              {translate('cei.explorer.useToken')}
            </Button>
            <Button onClick={forgetToken} sx={{ mt: 1 }} disabled={!token && !typed}>
              {translate('cei.explorer.forgetToken')}
            </Button>
          </Stack>
          {token && (
            <Alert severity="info" sx={{ mt: 1 }}>
              {translate('cei.explorer.usingToken')}
            </Alert>
          )}
        </Box>
      )}
      <Box
        sx={{
          height: 'calc(100vh - 220px)',
          minHeight: 480,
          // GraphiQL's own logo text is 4.26:1 on its toolbar; 4.5:1 is needed. Its stylesheet
          // sets the colour through a more specific rule, hence the `!important`.
          '& .graphiql-container .graphiql-logo .graphiql-logo-link': {
            color: '#545e71 !important',
          },
        }}
      >
        <GraphiQL
          // A new identity is a new schema view: start GraphiQL afresh with it.
          key={token ? 'token' : 'session'}
          fetcher={fetcher}
          isHeadersEditorEnabled={false}
          shouldPersistHeaders={false}
          forcedTheme={theme.palette.mode}
          defaultQuery={`# ${translate('cei.explorer.queryComment')}
query Example {
  me {
    email
    role
  }
  cohorts(limit: 5) {
    totalCount
    nodes {
      name
      status
    }
  }
}
`}
        />
      </Box>
    </Stack>
  );
}
