import HistoryIcon from '@mui/icons-material/History';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import { auditEventDefinition } from './audit.graphql';

/** Read-only: the server writes the log, and nobody may change it. */
export const auditEvents = adminResource(
  auditEventDefinition,
  {
    icon: HistoryIcon,
    recordRepresentation: 'summary',
    list: lazyNamed(() => import('./AuditEventList'), 'AuditEventList'),
    show: lazyNamed(() => import('./AuditEventShow'), 'AuditEventShow'),
  },
  'Administration',
);
