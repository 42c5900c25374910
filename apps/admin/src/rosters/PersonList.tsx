import { PersonKind } from '@cei/domain';
import { Alert, Typography } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  EmailField,
  List,
  Loading,
  ReferenceInput,
  SearchInput,
  TextField,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { col, personNameCell } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { personName } from '../common/people';
import { RecordLink } from '../common/RecordLink';

/** The person's name, or that it is not shown to the viewer (a student's, to a liaison). */
function PersonName() {
  const person = useRecordContext();
  if (!person) return null;
  const hidden = person.givenName == null && person.familyName == null;
  return (
    <Typography component="span" variant="body2" color={hidden ? 'text.secondary' : undefined}>
      {personName(person)}
    </Typography>
  );
}

/**
 * How many students and family members are on the viewer's teams, in one sentence, for those who
 * may not read their names (a row each saying "Name not shown" told them nothing more).
 */
function HiddenPeople() {
  const translate = useTranslate();
  const one = { page: 1, perPage: 1 };
  const students = useGetList('people', {
    filter: { kind: PersonKind.STUDENT },
    pagination: one,
  }).total;
  const family = useGetList('people', {
    filter: { kind: PersonKind.FAMILY_MEMBER },
    pagination: one,
  }).total;
  if (students === undefined || family === undefined || students + family === 0) return null;
  return (
    <Alert severity="info" sx={{ mt: 1 }}>
      {translate('cei.people.hiddenGroup', { smart_count: students + family })}
    </Alert>
  );
}

/**
 * People on the rosters the viewer covers. Liaisons and CBO partners may not search people, filter
 * them on protected fields or sort them by name (the server refuses: a filter is an oracle), so
 * their list offers none of those and sorts by kind; nor do they see phones and languages. Nor
 * do they read students' and family members' names: their list opens on professionals, with the
 * others counted in a sentence (the kind filter brings their rows back).
 */
export function PersonList() {
  const { can, isPending } = useAccess();
  // The first query must already use what the role may ask for.
  if (isPending) return <Loading />;

  const searches = can('filter', 'people.q');
  const sortsByName = can('sort', 'people.familyName');
  const readsLanguage = can('read', 'people.preferredLanguage');
  const readsPhone = can('read', 'people.phone');
  const filters = [
    ...(searches ? [<SearchInput key="q" source="q" alwaysOn />] : []),
    <EnumInput key="kind" source="kind" enumName="PersonKind" alwaysOn={!searches} />,
    ...(can('filter', 'people.preferredLanguage')
      ? [<EnumInput key="preferredLanguage" source="preferredLanguage" enumName="Language" />]
      : []),
    <ReferenceInput
      key="employerId"
      source="employerId"
      reference="organizations"
      sort={{ field: 'name', order: 'ASC' }}
    >
      <AutocompleteInput optionText="name" helperText={false} />
    </ReferenceInput>,
  ];

  const exportColumns = [
    col.custom('familyName', personNameCell, { label: 'cei.people.name' }),
    col.enum('kind', 'PersonKind'),
    col.text('title'),
    col.reference('employer'),
    col.text('email'),
    ...(readsPhone ? [col.text('phone')] : []),
    ...(readsLanguage
      ? [col.enum('preferredLanguage', 'Language', { label: 'cei.people.language' })]
      : []),
  ];

  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      filterDefaultValues={searches ? undefined : { kind: PersonKind.PROFESSIONAL }}
      sort={sortsByName ? { field: 'familyName', order: 'ASC' } : { field: 'kind', order: 'ASC' }}
    >
      {!searches && <HiddenPeople />}
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="familyName" label="cei.people.name" disableSort={!sortsByName}>
          <PersonName />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <EnumField source="kind" enumName="PersonKind" />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort>
          <TextField source="title" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="employer" disableSort>
          <RecordLink source="employer" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="email" disableSort>
          <EmailField source="email" emptyText="—" />
        </DataTable.Col>
        {readsPhone && <DataTable.Col source="phone" disableSort />}
        {readsLanguage && (
          <DataTable.Col source="preferredLanguage" label="cei.people.language" disableSort>
            <EnumField source="preferredLanguage" enumName="Language" emptyText="—" />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
}
