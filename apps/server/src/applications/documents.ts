import { basename } from 'node:path';
import { DocumentFormat } from '@cei/domain';
import { fileTypeFromBuffer } from 'file-type';
import { InvalidInputError } from '../common/errors.js';
import type { Message } from '../i18n/messages.js';
import { applicationMessages as m } from './application.messages.js';

/** A letter of interest is up to three pages: 5 MB leaves room for scans and embedded fonts. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface DocumentUpload {
  format: DocumentFormat;
  fileName: string;
  contentBase64: string;
}

export interface CheckedDocument {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * The media types each format accepts, as detected from the file's bytes (its name and the
 * browser's claimed type prove nothing): PDF; Word as .docx, or as the older .doc (an OLE
 * compound file, which file-type reports as "cfb").
 */
const ACCEPTED: Record<DocumentFormat, Record<string, string>> = {
  PDF: { pdf: 'application/pdf' },
  WORD: {
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    cfb: 'application/msword',
  },
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes and checks an upload; every problem is a BAD_USER_INPUT naming the input field. */
export async function checkedDocument(upload: DocumentUpload): Promise<CheckedDocument> {
  const encoded = upload.contentBase64.replace(/\s+/g, '');
  if (encoded.length > Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4) {
    throw InvalidInputError.field('input.contentBase64', tooLarge());
  }
  if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) {
    throw InvalidInputError.field('input.contentBase64', m.notBase64());
  }
  const content = Buffer.from(encoded, 'base64');
  if (content.byteLength === 0) throw InvalidInputError.field('input.contentBase64', m.emptyFile());
  if (content.byteLength > MAX_DOCUMENT_BYTES) {
    throw InvalidInputError.field('input.contentBase64', tooLarge());
  }
  const detected = await fileTypeFromBuffer(content);
  const contentType = detected && ACCEPTED[upload.format][detected.ext];
  if (!contentType) {
    const expected = upload.format === DocumentFormat.PDF ? m.aPdf() : m.aWordDocument();
    const found = detected ? m.fileOfType({ extension: detected.ext }) : m.fileOfUnknownType();
    throw InvalidInputError.field('input.contentBase64', m.wrongFileType({ expected, found }));
  }
  const fileName = basename(upload.fileName.replace(/\\/g, '/')).trim();
  if (!fileName || fileName.length > 200) {
    throw InvalidInputError.field('input.fileName', m.fileName());
  }
  return { fileName, contentType, content };
}

function tooLarge(): Message {
  return m.fileTooLarge({ size: MAX_DOCUMENT_BYTES / (1024 * 1024) });
}
