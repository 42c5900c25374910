import {
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {
  Labeled,
  Link,
  Show,
  SimpleShowLayout,
  TextField,
  useCreatePath,
  useRecordContext,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { resourceListing } from '../auth/canAccess';
import { useAccess } from '../auth/useAccess';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { InstantField } from '../common/values';
import { readableChanges } from './auditChanges';

interface AuditEventRecord {
  id: string;
  entity?: string | null;
  entityId?: string | null;
  changes?: unknown;
}

/** One entry of the audit log: who did what to which record, when, and what changed. */
export function AuditEventShow() {
  return (
    // Read-only: no edit button, whatever the role.
    <Show actions={false}>
      <SimpleShowLayout>
        <InstantField source="occurredAt" />
        <EnumField source="action" enumName="AuditAction" />
        <RecordLink
          source="actor"
          reference="accounts"
          text={(actor: { displayName?: string; email?: string }) =>
            `${actor.displayName ?? ''} (${actor.email ?? ''})`
          }
        />
        <EnumField source="actorRole" enumName="Role" emptyText="—" />
        <TextField source="summary" />
        <Subject />
        <Labeled label="resources.auditEvents.fields.changes">
          <Changes />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}

/** The record the event is about, linked when the admin has a screen for its type. */
function Subject() {
  const event = useRecordContext<AuditEventRecord>();
  const createPath = useCreatePath();
  const { can } = useAccess();
  const translate = useTranslate();
  const resourceDefinitions = useResourceDefinitions();
  if (!event?.entity) return null;
  const listed = resourceListing(event.entity);
  const resource = listed && resourceDefinitions[listed] ? listed : undefined;
  // The record's type as the interface names it (an entity type name where it has no screen).
  const type = resource
    ? translate(`resources.${resource}.name`, { smart_count: 1, _: event.entity })
    : event.entity;
  const label = `${type} ${event.entityId ?? ''}`.trim();
  return (
    <Labeled label="resources.auditEvents.fields.record">
      {resource && event.entityId && can('show', resource) ? (
        <Link to={createPath({ resource, id: event.entityId, type: 'show' })}>{label}</Link>
      ) : (
        <Typography variant="body2">{label}</Typography>
      )}
    </Labeled>
  );
}

function Changes() {
  const event = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const changes = readableChanges(event?.changes);
  switch (changes.kind) {
    case 'none':
      return <Typography variant="body2">—</Typography>;
    case 'read':
      return (
        <Stack
          direction="row"
          gap={0.5}
          flexWrap="wrap"
          aria-label={translate('cei.audit.fieldsRead')}
        >
          {changes.fields.map((field) => (
            <Chip key={field} size="small" label={field} />
          ))}
        </Stack>
      );
    case 'fields':
      return (
        <Table size="small" aria-label={translate('resources.auditEvents.fields.changes')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('cei.audit.field')}</TableCell>
              <TableCell>{translate('cei.audit.before')}</TableCell>
              <TableCell>{translate('cei.audit.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.fields.map((change) => (
              <TableRow key={change.field}>
                <TableCell component="th" scope="row">
                  {change.field}
                </TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>{change.before}</TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>{change.after}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      );
    case 'other':
      return (
        <Typography component="pre" variant="body2" sx={{ fontFamily: 'monospace', m: 0 }}>
          {changes.json}
        </Typography>
      );
  }
}
