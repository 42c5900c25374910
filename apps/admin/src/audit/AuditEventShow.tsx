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
} from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { InstantField } from '../common/values';
import { definitions } from '../resources';
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
        <InstantField source="occurredAt" label="When" />
        <EnumField source="action" enumName="AuditAction" />
        <RecordLink
          source="actor"
          reference="accounts"
          label="Who"
          text={(actor: { displayName?: string; email?: string }) =>
            `${actor.displayName ?? ''} (${actor.email ?? ''})`
          }
        />
        <EnumField source="actorRole" enumName="Role" label="As" emptyText="—" />
        <TextField source="summary" />
        <Subject />
        <Labeled label="Changes">
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
  if (!event?.entity) return null;
  const resource = definitions.find((definition) => definition.type === event.entity)?.name;
  const label = `${event.entity} ${event.entityId ?? ''}`.trim();
  return (
    <Labeled label="Record">
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
  const changes = readableChanges(event?.changes);
  switch (changes.kind) {
    case 'none':
      return <Typography variant="body2">—</Typography>;
    case 'read':
      return (
        <Stack direction="row" gap={0.5} flexWrap="wrap" aria-label="Fields read">
          {changes.fields.map((field) => (
            <Chip key={field} size="small" label={field} />
          ))}
        </Stack>
      );
    case 'fields':
      return (
        <Table size="small" aria-label="Changes">
          <TableHead>
            <TableRow>
              <TableCell>Field</TableCell>
              <TableCell>Before</TableCell>
              <TableCell>After</TableCell>
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
