import { Stack } from '@mui/material';
import {
  DataTable,
  EmailField,
  FunctionField,
  Labeled,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { EnumField, useUiLanguage } from '../common/enums';
import { RecordLink, RecordLinks } from '../common/RecordLink';
import { DayField, formatScore, InstantField, LocaleNumberField } from '../common/values';
import { ApplicationActions } from './ApplicationActions';
import { LateBadge, MissingParts } from './ApplicationBadges';
import { ApplicationDocuments } from './ApplicationDocuments';
import { NARRATIVE_SECTIONS } from './ApplicationInputs';

/**
 * A letter of interest: its status and what it still lacks, who applies, its files and
 * narrative, its reviews; and the steps its status allows, as buttons.
 */
export function ApplicationShow() {
  const translate = useTranslate();
  const language = useUiLanguage();
  return (
    <Show
      actions={
        <TopToolbar>
          <ApplicationActions />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="cei.applications.tabs.summary">
          <Labeled label="resources.applications.fields.status">
            <Stack direction="row" gap={1} alignItems="center">
              <EnumField source="status" enumName="ApplicationStatus" />
              <LateBadge />
            </Stack>
          </Labeled>
          <MissingParts />
          <RecordLink source="cohort" reference="cohorts" />
          <InstantField source="deadline" />
          <InstantField source="submittedAt" />
          <InstantField source="decidedAt" />
          <FunctionField
            source="totalScore"
            render={(record) =>
              record.totalScore == null
                ? translate('cei.applications.noScore')
                : translate('cei.applications.scoreAndRank', {
                    score: formatScore(Number(record.totalScore), language),
                    rank: record.rank ?? '—',
                  })
            }
          />
          <RecordLink source="team" reference="teams" />
          <RecordLink source="lea" reference="organizations" />
          <RecordLinks source="memberLeas" reference="organizations" />
          <RecordLink source="focusSchool" reference="organizations" />
          <TextField source="contactName" emptyText="—" />
          <TextField source="contactPhone" emptyText="—" />
          <EmailField source="contactEmail" emptyText="—" />
          <TextField source="superintendentName" emptyText="—" />
          <DayField source="signedOn" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="cei.applications.tabs.letter" path="letter">
          <ApplicationDocuments />
          {NARRATIVE_SECTIONS.map((section) => (
            <TextField
              key={section}
              source={section}
              emptyText="—"
              sx={{ whiteSpace: 'pre-wrap' }}
            />
          ))}
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="cei.applications.tabs.reviews" path="reviews">
          <ReferenceManyField reference="reviews" target="applicationId" label={false}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col
                source="reviewer.displayName"
                label="cei.reviews.reviewer"
                disableSort
              />
              <DataTable.Col source="totalScore" field={LocaleNumberField} disableSort />
              <DataTable.Col source="submittedAt" field={InstantField} />
              <DataTable.Col source="comment" disableSort />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
