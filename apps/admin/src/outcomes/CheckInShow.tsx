import { Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { DayField } from '../common/values';
import { Section } from '../layout/Section';
import { FollowUps } from './FollowUps';

export function CheckInShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RecordLink source="team" reference="teams" />
        <DayField source="occurredOn" />
        <EnumField source="kind" enumName="CheckInKind" />
        <TextField source="liaisonName" label="resources.checkIns.fields.liaison" emptyText="—" />
        <TextField source="summary" />
      </SimpleShowLayout>
      <Section title="cei.followUps.title">
        <CheckInFollowUps />
      </Section>
    </Show>
  );
}

function CheckInFollowUps() {
  const checkIn = useRecordContext();
  return checkIn ? <FollowUps checkInId={String(checkIn.id)} /> : null;
}
