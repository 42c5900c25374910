import { ImportKind, ImportMode, ImportStatus } from '@cei/domain';
import { registerEnumType } from 'type-graphql';

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description:
    'What a CSV import holds: LEAs and schools, people and memberships, or measurements.',
});
registerEnumType(ImportMode, {
  name: 'ImportMode',
  description:
    'ALL writes nothing unless every row is valid; VALID_ONLY writes the valid rows and skips the others.',
});
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description:
    'Where an import is: previewed, importing, completed, failed, or expired (not imported within 24 hours of its last check: its file is deleted).',
});
