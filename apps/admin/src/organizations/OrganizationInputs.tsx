import { OrganizationKind } from '@cei/domain';
import { Box } from '@mui/material';
import { FormDataConsumer, maxLength, regex, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/enums';
import { OrganizationReferenceInput } from './OrganizationReferenceInput';

const cdsCode = regex(/^\d{14}$/, 'cei.organizations.cdsCodeFormat');
const countyCode = regex(/^\d{2}$/, 'cei.organizations.countyCodeFormat');

/**
 * The form of an organization: what every kind has, then what its kind adds (a county office
 * its county code, an LEA its county office, type and locale, a school its LEA and grade span).
 * The kind is chosen on creation only.
 */
export function OrganizationInputs({ creating = false }: { creating?: boolean }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <EnumInput
        source="kind"
        enumName="OrganizationKind"
        validate={required()}
        disabled={!creating}
        helperText={creating ? undefined : 'cei.organizations.kindKept'}
      />
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="shortName" validate={maxLength(60)} />
      <FormDataConsumer<{ kind?: OrganizationKind }>>
        {({ formData }) => <KindInputs kind={formData.kind} />}
      </FormDataConsumer>
      <TextInput source="city" />
      <TextInput source="website" type="url" />
    </Box>
  );
}

function KindInputs({ kind }: { kind: OrganizationKind | undefined }) {
  switch (kind) {
    case OrganizationKind.COUNTY_OFFICE:
      return <TextInput source="countyCode" validate={countyCode} />;
    case OrganizationKind.LEA:
      return (
        <>
          <OrganizationReferenceInput
            source="countyOfficeId"
            kind={OrganizationKind.COUNTY_OFFICE}
            validate={required()}
          />
          <EnumInput source="leaType" enumName="LeaType" />
          <EnumInput source="locale" enumName="Locale" />
          <TextInput source="cdsCode" validate={cdsCode} />
        </>
      );
    case OrganizationKind.SCHOOL:
      return (
        <>
          <OrganizationReferenceInput
            source="leaId"
            kind={OrganizationKind.LEA}
            validate={required()}
          />
          <EnumInput source="gradeSpan" enumName="GradeSpan" />
          <TextInput source="cdsCode" validate={cdsCode} />
        </>
      );
    default:
      return null;
  }
}
