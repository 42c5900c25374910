import { OrganizationKind } from '@cei/domain';
import {
  DataTable,
  Labeled,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  UrlField,
  useRecordContext,
} from 'react-admin';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { DayField, InstantField } from '../common/values';
import { Section } from '../layout/Section';

export function OrganizationShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="kind" enumName="OrganizationKind" />
        <TextField source="shortName" emptyText="—" />
        <KindFields />
        <TextField source="city" emptyText="—" />
        <UrlField source="website" emptyText="—" target="_blank" rel="noreferrer" />
        <InstantField source="updatedAt" />
      </SimpleShowLayout>
      <RelatedRecords />
    </Show>
  );
}

/** What an organization's kind adds: a county office's code, an LEA's county office and type. */
function KindFields() {
  const record = useRecordContext();
  switch (record?.kind) {
    case OrganizationKind.COUNTY_OFFICE:
      return (
        <Labeled source="countyCode">
          <TextField source="countyCode" emptyText="—" />
        </Labeled>
      );
    case OrganizationKind.LEA:
      return (
        <>
          <Labeled source="countyOffice">
            <RecordLink source="countyOffice" reference="organizations" />
          </Labeled>
          <Labeled source="leaType">
            <EnumField source="leaType" enumName="LeaType" emptyText="—" />
          </Labeled>
          <Labeled source="locale">
            <EnumField source="locale" enumName="Locale" emptyText="—" />
          </Labeled>
          <Labeled source="cdsCode">
            <TextField source="cdsCode" emptyText="—" />
          </Labeled>
        </>
      );
    case OrganizationKind.SCHOOL:
      return (
        <>
          <Labeled source="lea">
            <RecordLink source="lea" reference="organizations" />
          </Labeled>
          <Labeled source="gradeSpan">
            <EnumField source="gradeSpan" enumName="GradeSpan" emptyText="—" />
          </Labeled>
          <Labeled source="cdsCode">
            <TextField source="cdsCode" emptyText="—" />
          </Labeled>
        </>
      );
    default:
      return null;
  }
}

/** The records hanging off an organization, by kind: LEAs of a county office, an LEA's teams. */
function RelatedRecords() {
  const record = useRecordContext();
  switch (record?.kind) {
    case OrganizationKind.COUNTY_OFFICE:
      return (
        <Section title="cei.organizations.leas">
          <OrganizationTable target="countyOfficeId" filter={{ kind: OrganizationKind.LEA }} />
        </Section>
      );
    case OrganizationKind.LEA:
      return (
        <>
          <Section title="cei.organizations.teamsLed">
            <ReferenceManyField
              reference="teams"
              target="leadLeaId"
              sort={{ field: 'joinedOn', order: 'DESC' }}
            >
              <DataTable rowClick="show" bulkActionButtons={false}>
                <DataTable.Col source="name" />
                <DataTable.Col source="cohort" disableSort>
                  <RecordLink source="cohort" reference="cohorts" />
                </DataTable.Col>
                <DataTable.Col source="status">
                  <EnumField source="status" enumName="TeamStatus" />
                </DataTable.Col>
                <DataTable.Col source="joinedOn" field={DayField} />
              </DataTable>
            </ReferenceManyField>
          </Section>
          <Section title="cei.organizations.schools">
            <OrganizationTable target="leaId" filter={{ kind: OrganizationKind.SCHOOL }} />
          </Section>
        </>
      );
    default:
      return null;
  }
}

function OrganizationTable({
  target,
  filter,
}: {
  target: string;
  filter: Record<string, unknown>;
}) {
  return (
    <ReferenceManyField
      reference="organizations"
      target={target}
      filter={filter}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="cdsCode" />
        <DataTable.Col source="leaType" disableSort>
          <EnumField source="leaType" enumName="LeaType" />
        </DataTable.Col>
        <DataTable.Col source="gradeSpan" disableSort>
          <EnumField source="gradeSpan" enumName="GradeSpan" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}
