import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import GroupsIcon from '@mui/icons-material/Groups';
import PersonIcon from '@mui/icons-material/Person';
import SearchIcon from '@mui/icons-material/Search';
import { Autocomplete, Box, InputAdornment, TextField, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useCreatePath, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useAccess } from '../auth/useAccess';
import { RESOURCE_OF_KIND, type SearchHit } from './search.graphql';
import { MIN_SEARCH_LENGTH, useSearchHits } from './useSearchHits';

/** Read by screen readers, not shown. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const ICON_OF_KIND = {
  PERSON: PersonIcon,
  ORGANIZATION: CorporateFareIcon,
  TEAM: GroupsIcon,
};

/** Whether a key press is typed into a field (then "/" is a character, not the shortcut). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The global search box of the app bar: people, organizations and teams the viewer may see, from
 * the server's `search` (scoped there). A combobox with a listbox of results: arrows move, Enter
 * opens the record's page, Escape closes; "/" or Ctrl+K (⌘K) focuses it from anywhere.
 */
export function GlobalSearch() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const { can } = useAccess();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const { hits, isSearching, error } = useSearchHits(text);
  const openable = hits.filter((hit) => can('show', RESOURCE_OF_KIND[hit.kind]));

  useEffect(() => {
    const focus = (event: KeyboardEvent) => {
      const shortcut =
        (event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
        (event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target));
      if (!shortcut) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', focus);
    return () => document.removeEventListener('keydown', focus);
  }, []);

  const tooShort = text.trim().length < MIN_SEARCH_LENGTH;
  const status = tooShort
    ? translate('cei.search.typeMore')
    : error
      ? translate('cei.search.failed', { message: error })
      : isSearching
        ? translate('cei.search.searching')
        : openable.length === 0
          ? translate('cei.search.nothingFound', { text: text.trim() })
          : translate('cei.search.results', { smart_count: openable.length });

  const open = (hit: SearchHit) => {
    setText('');
    input.current?.blur();
    navigate(createPath({ resource: RESOURCE_OF_KIND[hit.kind], id: hit.id, type: 'show' }));
  };

  return (
    <Box sx={{ width: { xs: 180, sm: 280, md: 360 }, mx: 1 }}>
      <Autocomplete<SearchHit, false, false, false>
        options={openable}
        value={null}
        inputValue={text}
        onInputChange={(_, value, reason) => {
          if (reason !== 'reset') setText(value);
        }}
        onChange={(_, hit) => {
          if (hit) open(hit);
        }}
        // The server has filtered and ranked them already.
        filterOptions={(options) => options}
        getOptionLabel={(hit) => hit.title}
        getOptionKey={(hit) => `${hit.kind}:${hit.id}`}
        isOptionEqualToValue={(a, b) => a.kind === b.kind && a.id === b.id}
        autoHighlight
        forcePopupIcon={false}
        clearOnBlur={false}
        handleHomeEndKeys={false}
        loading={isSearching}
        loadingText={status}
        noOptionsText={status}
        size="small"
        renderOption={({ key, ...props }, hit) => {
          const Icon = ICON_OF_KIND[hit.kind];
          return (
            <Box component="li" key={key} {...props} sx={{ gap: 1.5 }}>
              <Icon fontSize="small" aria-hidden />
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" noWrap>
                  {hit.title}
                </Typography>
                <Typography variant="caption" color="text.secondary" noWrap component="div">
                  {translate(`cei.search.kinds.${hit.kind}`)}
                  {hit.subtitle ? ` · ${hit.subtitle}` : ''}
                </Typography>
              </Box>
            </Box>
          );
        }}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={input}
            variant="outlined"
            placeholder={translate('cei.search.placeholder')}
            slotProps={{
              input: {
                ...params.InputProps,
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchIcon fontSize="small" aria-hidden />
                  </InputAdornment>
                ),
              },
              htmlInput: {
                ...params.inputProps,
                'aria-label': translate('cei.search.label'),
                'aria-keyshortcuts': '/ Control+K Meta+K',
              },
            }}
            sx={{
              bgcolor: 'background.paper',
              borderRadius: 1,
              '& .MuiOutlinedInput-notchedOutline': { border: 'none' },
            }}
          />
        )}
      />
      <Box sx={visuallyHidden} role="status" aria-live="polite">
        {tooShort ? '' : status}
      </Box>
    </Box>
  );
}
