import { CohortStatus, OrganizationKind } from '@cei/domain';
import { Box, Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  DateInput,
  email,
  maxLength,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { OrganizationReferenceInput } from '../organizations/OrganizationReferenceInput';

/** The narrative sections of a letter of interest, in the order of the request for applications. */
export const NARRATIVE_SECTIONS = [
  'districtDescription',
  'motivation',
  'engagementHistory',
  'difficultConversations',
  'underservedEngagement',
  'ruralCircumstances',
] as const;

/**
 * A letter of interest as a draft: who applies (the LEA, and for a consortium its member LEAs),
 * the focus school, the point of contact, the superintendent's signature and the narrative. The
 * cohort and the applying LEA are chosen on creation only. Nothing here is required: a draft
 * may be saved half done, and the letter's missing parts are listed before it is submitted.
 */
export function ApplicationInputs({ creating = false }: { creating?: boolean }) {
  const translate = useTranslate();
  const heading = (key: string) => (
    <Typography variant="subtitle1" component="h2" sx={{ mt: 2, mb: 1 }}>
      {translate(key)}
    </Typography>
  );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 760 }}>
      {heading('cei.applications.form.applicant')}
      <ReferenceInput
        source="cohortId"
        reference="cohorts"
        filter={creating ? { status: CohortStatus.RECRUITING } : undefined}
        sort={{ field: 'number', order: 'ASC' }}
      >
        <SelectInput
          optionText="name"
          validate={required()}
          disabled={!creating}
          helperText={creating ? 'cei.applications.form.cohortHelp' : false}
        />
      </ReferenceInput>
      <OrganizationReferenceInput
        source="leaId"
        kind={OrganizationKind.LEA}
        validate={required()}
        disabled={!creating}
        helperText={translate('cei.applications.form.leaHelp')}
      />
      <ReferenceArrayInput
        source="memberLeaIds"
        reference="organizations"
        filter={{ kind: OrganizationKind.LEA }}
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteArrayInput
          optionText="name"
          helperText="cei.applications.form.memberLeasHelp"
          fullWidth
        />
      </ReferenceArrayInput>
      <OrganizationReferenceInput
        source="focusSchoolId"
        kind={OrganizationKind.SCHOOL}
        helperText={translate('cei.applications.form.focusSchoolHelp')}
      />

      {heading('cei.applications.form.contact')}
      <TextInput source="contactName" validate={maxLength(200)} />
      <TextInput source="contactPhone" type="tel" validate={maxLength(40)} />
      <TextInput source="contactEmail" type="email" validate={[email(), maxLength(200)]} />
      <TextInput
        source="superintendentName"
        validate={maxLength(200)}
        helperText="cei.applications.form.superintendentHelp"
      />
      <DateInput source="signedOn" />

      {heading('cei.applications.form.narrative')}
      {NARRATIVE_SECTIONS.map((section) => (
        <TextInput
          key={section}
          source={section}
          multiline
          minRows={3}
          helperText={section === 'ruralCircumstances' ? 'cei.applications.form.ruralHelp' : false}
        />
      ))}
    </Box>
  );
}
