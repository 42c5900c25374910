import { ApplicationStatus, Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, type AuthProvider, RecordContextProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { type FakeOperation, fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { ApplicationDocuments } from './ApplicationDocuments';
import type { ApplicationRecord } from './application.graphql';

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

const draft: ApplicationRecord = {
  id: 'app1',
  version: 2,
  status: ApplicationStatus.DRAFT,
  isLate: false,
  submittedAt: null,
  deadline: null,
  missingParts: [],
  totalScore: null,
  rank: null,
  cohort: null,
  lea: null,
  documents: {
    nodes: [
      {
        id: 'doc1',
        format: 'WORD',
        fileName: 'letter.docx',
        byteSize: 24_576,
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        uploadedAt: '2025-05-01T17:00:00.000Z',
        downloadUrl: '/files/application-documents/doc1',
      },
    ],
  },
};

function renderDocuments(
  record: ApplicationRecord,
  respond: (operation: FakeOperation) => Record<string, unknown>,
  auth: AuthProvider = signedInAs(Role.CEI_STAFF),
) {
  const server = fakeServer(respond);
  render(
    <AdminContext
      dataProvider={server.dataProvider}
      authProvider={auth}
      i18nProvider={i18nProvider}
    >
      <RecordContextProvider value={record}>
        <ApplicationDocuments />
      </RecordContextProvider>
    </AdminContext>,
  );
  return server;
}

const uploaded = {
  data: {
    document: {
      __typename: 'ApplicationDocument',
      id: 'doc2',
      format: 'PDF',
      fileName: 'letter.pdf',
      byteSize: PDF_BYTES.length,
      downloadUrl: '/files/application-documents/doc2',
    },
  },
};

describe('a letter’s files', () => {
  afterEach(cleanup);

  it('links each uploaded file to its download, with its size', async () => {
    renderDocuments(draft, () => uploaded);
    const link = await screen.findByRole('link', { name: 'letter.docx' });
    expect(link.getAttribute('href')).toBe('/files/application-documents/doc1');
    expect(screen.getByText(/24 KB/)).toBeTruthy();
    expect(screen.getByText('Not uploaded yet.')).toBeTruthy();
  });

  it('reads a chosen file in the browser and sends its bytes as base64', async () => {
    const { operations } = renderDocuments(draft, () => uploaded);
    const input = await screen.findByLabelText('Upload the PDF');
    const file = new File([PDF_BYTES], 'letter.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() =>
      expect(
        operations.find((call) => call.operationName === 'UploadApplicationDocument')?.variables,
      ).toEqual({
        applicationId: 'app1',
        input: {
          format: 'PDF',
          fileName: 'letter.pdf',
          contentBase64: Buffer.from(PDF_BYTES).toString('base64'),
        },
      }),
    );
  });

  it('shows the server’s refusal under the picker, tied to it', async () => {
    renderDocuments(draft, ({ operationName }) =>
      operationName === 'UploadApplicationDocument'
        ? {
            errors: [
              {
                message: 'The file is not a PDF: its content is a ZIP archive.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ path: 'input.contentBase64', message: 'Not a PDF.' }],
                },
              },
            ],
          }
        : uploaded,
    );
    const input = await screen.findByLabelText('Upload the PDF');
    fireEvent.change(input, {
      target: { files: [new File(['PK\u0003\u0004'], 'letter.pdf', { type: 'application/pdf' })] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not a PDF/);
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a file over 5 MB before sending it', async () => {
    const { operations } = renderDocuments(draft, () => uploaded);
    const input = await screen.findByLabelText('Replace the Word document');
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.docx');
    fireEvent.change(input, { target: { files: [big] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/largest accepted is 5 MB/);
    expect(operations.some((call) => call.operationName === 'UploadApplicationDocument')).toBe(
      false,
    );
  });

  it('offers no upload once the letter is submitted', async () => {
    renderDocuments({ ...draft, status: ApplicationStatus.SUBMITTED }, () => uploaded);
    await screen.findByRole('link', { name: 'letter.docx' });
    expect(screen.queryByLabelText(/Upload the PDF/)).toBeNull();
  });
});
