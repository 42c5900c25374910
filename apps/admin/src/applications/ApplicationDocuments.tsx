import { ApplicationStatus, DocumentFormat, INTL_LOCALE } from '@cei/domain';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Link as MuiLink, Stack, Typography } from '@mui/material';
import { type ChangeEvent, useId, useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { useOperation } from '../common/actions';
import { useUiLanguage } from '../common/enums';
import { fileToBase64, formatBytes, MAX_UPLOAD_BYTES } from '../common/fileContent';
import { formatInstant } from '../common/values';
import {
  type ApplicationDocumentRecord,
  type ApplicationRecord,
  UPLOAD_APPLICATION_DOCUMENT,
} from './application.graphql';

/** What the file picker offers per format; the server checks the content itself. */
const ACCEPT: Record<DocumentFormat, string> = {
  WORD: '.doc,.docx,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  PDF: '.pdf,application/pdf',
};

/** Out of sight but not out of the keyboard's reach or the accessibility tree. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * The letter as uploaded: one Word document and one PDF. Each shows its latest upload with a
 * download link (the server's `downloadUrl`, sent with the session cookie), and while the
 * application is a draft, a picker that uploads a file (read here, sent as base64); the server's
 * refusal (too large, not a PDF or Word file by its content) is shown under the picker.
 */
export function ApplicationDocuments() {
  const application = useRecordContext<ApplicationRecord>();
  const { can } = useAccess();
  if (!application) return null;
  const documents = application.documents?.nodes ?? [];
  const uploading = application.status === ApplicationStatus.DRAFT && can('upload', 'applications');
  return (
    <Stack gap={2} sx={{ my: 1 }}>
      {[DocumentFormat.WORD, DocumentFormat.PDF].map((format) => (
        <DocumentSlot
          key={format}
          applicationId={application.id}
          format={format}
          current={documents.find((document) => document.format === format)}
          uploading={uploading}
        />
      ))}
    </Stack>
  );
}

interface DocumentSlotProps {
  applicationId: string;
  format: DocumentFormat;
  current: ApplicationDocumentRecord | undefined;
  uploading: boolean;
}

function DocumentSlot({ applicationId, format, current, uploading }: DocumentSlotProps) {
  const translate = useTranslate();
  const language = useUiLanguage();
  const run = useOperation();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const title = translate(`cei.applications.documents.${format}`);

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(
        translate('cei.applications.documents.tooLarge', {
          size: formatBytes(file.size, INTL_LOCALE[language]),
          max: formatBytes(MAX_UPLOAD_BYTES, INTL_LOCALE[language]),
        }),
      );
      return;
    }
    setPending(true);
    try {
      await run(
        UPLOAD_APPLICATION_DOCUMENT,
        {
          applicationId,
          input: { format, fileName: file.name, contentBase64: await fileToBase64(file) },
        },
        { success: 'cei.applications.documents.uploaded', successArgs: { name: file.name } },
      );
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <Box component="section" aria-label={title}>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      {current ? (
        <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
          <DownloadIcon fontSize="small" aria-hidden />
          <MuiLink href={current.downloadUrl} download={current.fileName}>
            {current.fileName}
          </MuiLink>
          <Typography variant="body2" color="text.secondary">
            {translate('cei.applications.documents.details', {
              size: formatBytes(current.byteSize, INTL_LOCALE[language]),
              uploadedAt: formatInstant(current.uploadedAt, language),
            })}
          </Typography>
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('cei.applications.documents.none')}
        </Typography>
      )}
      {uploading && (
        <Box sx={{ mt: 1 }}>
          {/* The label is the button; the input inside it stays focusable for the keyboard. */}
          <Button
            component="label"
            size="small"
            variant="outlined"
            startIcon={<UploadFileIcon />}
            disabled={pending}
          >
            {translate(
              current ? 'cei.applications.documents.replace' : 'cei.applications.documents.upload',
              { format: title },
            )}
            <input
              type="file"
              accept={ACCEPT[format]}
              onChange={upload}
              disabled={pending}
              aria-describedby={error ? errorId : undefined}
              aria-invalid={error ? true : undefined}
              style={VISUALLY_HIDDEN}
            />
          </Button>
          {error && (
            <Alert id={errorId} severity="error" role="alert" sx={{ mt: 1 }}>
              {translate(error)}
            </Alert>
          )}
        </Box>
      )}
    </Box>
  );
}
