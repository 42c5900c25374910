import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import BookmarkBorderIcon from '@mui/icons-material/BookmarkBorder';
import BookmarkRemoveIcon from '@mui/icons-material/BookmarkRemove';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import { Divider, ListItemIcon, ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import { useId, useState } from 'react';
import {
  Button,
  required,
  TextInput,
  useDataProvider,
  useGetList,
  useListContext,
  useNavigate,
  useNotify,
  useTranslate,
} from 'react-admin';
import { OperationDialog } from '../actions';
import { isCurrentQuery, searchOf } from './savedQueries';
import type { SavedListState, SavedQueryRecord } from './savedQuery.graphql';

/**
 * "Saved filters" above a list: the signed-in person's saved filters and sorts of this list, to
 * pick again; "Save the current filters…" under a name; and removing the one in use. Saved on the
 * server, per account (savedQueries), so nobody else sees them.
 */
export function SavedQueriesButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider();
  const menuId = useId();
  const buttonId = useId();
  const { resource, filterValues, sort, perPage, displayedFilters } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const { data: queries = [], refetch } = useGetList<SavedQueryRecord>('savedQueries', {
    filter: { list: resource },
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });

  const current: SavedListState = {
    filter: filterValues ?? {},
    sort,
    perPage,
    displayedFilters: displayedFilters ?? {},
  };
  const inUse = queries.find((query) => isCurrentQuery(query.value, current));
  const close = () => setAnchor(null);

  function pick(query: SavedQueryRecord) {
    close();
    navigate({ search: searchOf(query.value, current) });
  }

  async function remove(query: SavedQueryRecord) {
    close();
    try {
      await dataProvider.delete('savedQueries', { id: query.id, previousData: query });
      notify('cei.lists.savedQueries.removed', { messageArgs: { name: query.name } });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
    await refetch();
  }

  async function save(values: Record<string, unknown>) {
    const name = String(values.name ?? '').trim();
    await dataProvider.create('savedQueries', {
      data: { list: resource, name, value: current },
    });
    notify('cei.lists.savedQueries.saved', { messageArgs: { name } });
    await refetch();
  }

  return (
    <>
      <Button
        id={buttonId}
        label="cei.lists.savedQueries.button"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <BookmarksIcon />
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={!!anchor}
        onClose={close}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        {queries.length === 0 && (
          <MenuItem disabled>
            <Typography variant="body2">{translate('cei.lists.savedQueries.none')}</Typography>
          </MenuItem>
        )}
        {queries.map((query) => (
          <MenuItem key={query.id} selected={query === inUse} onClick={() => pick(query)}>
            <ListItemIcon>
              <BookmarkBorderIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>
              {query === inUse
                ? translate('cei.lists.savedQueries.current', { name: query.name })
                : query.name}
            </ListItemText>
          </MenuItem>
        ))}
        <Divider />
        {inUse ? (
          <MenuItem onClick={() => remove(inUse)}>
            <ListItemIcon>
              <BookmarkRemoveIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>
              {translate('cei.lists.savedQueries.remove', { name: inUse.name })}
            </ListItemText>
          </MenuItem>
        ) : (
          <MenuItem
            onClick={() => {
              close();
              setSaving(true);
            }}
          >
            <ListItemIcon>
              <BookmarkAddIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{translate('cei.lists.savedQueries.save')}</ListItemText>
          </MenuItem>
        )}
      </Menu>
      <OperationDialog
        title="cei.lists.savedQueries.saveTitle"
        open={saving}
        onClose={() => setSaving(false)}
        submitLabel="ra.action.save"
        defaultValues={{ name: '' }}
        onSubmit={save}
      >
        <TextInput
          source="name"
          label="cei.lists.savedQueries.name"
          helperText="cei.lists.savedQueries.nameHelp"
          validate={required()}
          autoFocus
          fullWidth
        />
      </OperationDialog>
    </>
  );
}
