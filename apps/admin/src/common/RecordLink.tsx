import { Chip, Stack, Typography } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';
import { type Identifier, Link, useCreatePath, useFieldValue } from 'react-admin';
import { useAccess } from '../auth/useAccess';

export interface LinkedRecord {
  id: Identifier;
  name?: string | null;
  [field: string]: unknown;
}

interface RecordLinkProps<T> {
  /** The field holding the referenced object: `cohort` for `team.cohort { id name }`, or a path. */
  source: string;
  /** The resource it belongs to, e.g. `cohorts`. */
  reference: string;
  /** How to name the referenced record; its `name` by default. */
  text?: (record: T) => ReactNode;
  /** Used by react-admin's show layouts and tables for the field's label. */
  label?: ReactNode;
}

const stop = (event: MouseEvent) => event.stopPropagation();

function display<T>(record: LinkedRecord, text: ((record: T) => ReactNode) | undefined): ReactNode {
  return text ? text(record as T) : (record.name ?? String(record.id));
}

/**
 * A link to a record the current one embeds (`team.cohort { id name }`). The object comes with
 * the record, read in the same request, unlike react-admin's ReferenceField which fetches it.
 * Plain text when the viewer's role has no screen for it (a CBO partner and an attendance record).
 */
export function RecordLink<T = LinkedRecord>({ source, reference, text }: RecordLinkProps<T>) {
  const createPath = useCreatePath();
  const { can } = useAccess();
  const target = useFieldValue({ source }) as LinkedRecord | null | undefined;
  if (!target) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  if (!can('show', reference)) {
    return (
      <Typography component="span" variant="body2">
        {display(target, text)}
      </Typography>
    );
  }
  return (
    <Link to={createPath({ resource: reference, id: target.id, type: 'show' })} onClick={stop}>
      {display(target, text)}
    </Link>
  );
}

/** Links to the records of an embedded list (`team.memberLeas { id name }`), as chips. */
export function RecordLinks<T = LinkedRecord>({ source, reference, text }: RecordLinkProps<T>) {
  const createPath = useCreatePath();
  const linked = useAccess().can('show', reference);
  const targets = (useFieldValue({ source }) as LinkedRecord[] | null | undefined) ?? [];
  if (targets.length === 0) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap">
      {targets.map((target) => (
        <Chip
          key={String(target.id)}
          size="small"
          label={display(target, text)}
          {...(linked
            ? {
                clickable: true,
                component: Link,
                to: createPath({ resource: reference, id: target.id, type: 'show' }),
                onClick: stop,
              }
            : {})}
        />
      ))}
    </Stack>
  );
}
