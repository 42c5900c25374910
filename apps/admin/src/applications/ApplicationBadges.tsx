import { ApplicationStatus, letterOfInterestPartLabels } from '@cei/domain';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Alert, Chip, List, ListItem } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useUiLanguage } from '../common/enums';
import type { ApplicationRecord } from './application.graphql';

/** "Late": submitted after the window closed. An icon and a word, not only a colour. */
export function LateBadge() {
  const application = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  if (!application?.isLate) return null;
  return (
    <Chip
      size="small"
      color="warning"
      icon={<ScheduleIcon />}
      label={translate('cei.applications.late')}
    />
  );
}

/**
 * How a missing part is named: the domain's label, else (a part the server adds, such as
 * `signedOn`) the field's own label.
 */
export function usePartLabel(): (part: string) => string {
  const translate = useTranslate();
  const language = useUiLanguage();
  const labels = letterOfInterestPartLabels[language] as Record<string, string>;
  return (part) => labels[part] ?? translate(`resources.applications.fields.${part}`);
}

/**
 * What a draft still lacks before it can be submitted (the server's `missingParts`, labelled by
 * the domain's list), or that it is complete.
 */
export function MissingParts() {
  const application = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const partLabel = usePartLabel();
  if (!application || application.status !== ApplicationStatus.DRAFT) return null;
  const missing = application.missingParts ?? [];
  if (missing.length === 0) {
    return (
      <Alert severity="success" icon={<CheckCircleIcon />}>
        {translate('cei.applications.missing.none')}
      </Alert>
    );
  }
  return (
    <Alert severity="warning">
      {translate('cei.applications.missing.intro', { smart_count: missing.length })}
      <List dense aria-label={translate('cei.applications.missing.title')}>
        {missing.map((part) => (
          <ListItem key={part} sx={{ display: 'list-item', listStyle: 'disc', ml: 2, py: 0 }}>
            {partLabel(part)}
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
