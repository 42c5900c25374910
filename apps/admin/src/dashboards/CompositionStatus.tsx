import { labelOf } from '@cei/domain';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import { Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Composition } from './dashboard.graphql';
import { useFormats } from './formats';

/** "Complete", or the missing roles, with an icon that repeats what the words say. */
export function CompositionStatus({ composition }: { composition: Composition | null }) {
  const translate = useTranslate();
  const { language } = useFormats();
  if (!composition) return <>—</>;
  const Icon = composition.isComplete ? CheckCircleIcon : ErrorIcon;
  return (
    <Stack direction="row" gap={0.5} alignItems="center">
      <Icon fontSize="small" color={composition.isComplete ? 'success' : 'error'} aria-hidden />
      <span>
        {composition.isComplete
          ? translate('cei.dashboard.teams.complete')
          : translate('cei.dashboard.teams.missing', {
              roles: composition.missingRoles
                .map((role) => labelOf('TeamRole', role, language))
                .join(', '),
            })}
      </span>
    </Stack>
  );
}
