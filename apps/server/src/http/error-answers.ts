import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { MAX_DOCUMENT_BYTES } from '../applications/documents.js';
import { graphqlMessages } from '../graphql/graphql.messages.js';
import type { Localizable } from '../i18n/messages.js';
import { languageOfRequest } from '../i18n/request-language.js';
import { httpMessages as m } from './http.messages.js';

const MB = 1024 * 1024;

/**
 * The largest request body: letters of interest are uploaded as base64 (a 5 MB file is about
 * 6.7 MB of JSON), and bodies up to here still reach the upload's own "at most 5 MB" field error.
 */
export const BODY_LIMIT_BYTES = 16 * MB;

const notUtf8 = new WeakSet<IncomingMessage>();

/**
 * /graphql's JSON body parser. The parser would quietly turn bytes that are not UTF-8 into
 * replacement characters and store them; the request is marked instead, and the GraphQL layer
 * refuses the fields holding them (graphql/text-inputs.ts).
 */
export function jsonBody(): RequestHandler {
  return express.json({
    limit: BODY_LIMIT_BYTES,
    verify: (request, _response, body) => {
      if (!isUtf8(body)) notUtf8.add(request);
    },
  });
}

/** Whether the request's body held bytes that are not UTF-8. */
export function bodyWasNotUtf8(request: IncomingMessage): boolean {
  return notUtf8.has(request);
}

/** body-parser's refusals (its `type`), in words for the caller. */
const BODY_REFUSALS: Record<string, { code: string; text: () => Localizable }> = {
  'entity.too.large': {
    code: 'PAYLOAD_TOO_LARGE',
    text: () =>
      m.bodyTooLarge({ limit: BODY_LIMIT_BYTES / MB, documentLimit: MAX_DOCUMENT_BYTES / MB }),
  },
  'entity.parse.failed': { code: 'BAD_REQUEST', text: () => m.bodyNotJson() },
  'encoding.unsupported': { code: 'BAD_REQUEST', text: () => m.bodyEncoding() },
  'charset.unsupported': { code: 'BAD_REQUEST', text: () => m.bodyEncoding() },
};

/**
 * The last error handler: whatever failed outside GraphQL (the body parser, a feature's route)
 * is answered as JSON in GraphQL's shape with a code, in the caller's language; never Express's
 * HTML page with its stack and file paths. Unexpected errors are logged with an id to quote.
 */
export function errorAnswers(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const language = languageOfRequest(request);
    const { status, type } = error as { status?: number; type?: string };
    const refusal = type ? BODY_REFUSALS[type] : undefined;
    let answer: { status: number; code: string; message: string; errorId?: string };
    if (refusal) {
      answer = {
        status: status ?? 400,
        code: refusal.code,
        message: refusal.text().render(language),
      };
    } else if (status && status >= 400 && status < 500) {
      answer = { status, code: 'BAD_REQUEST', message: m.badRequest().render(language) };
    } else {
      const errorId = randomUUID();
      logger.error({ err: error, errorId, path: request.path }, 'unexpected error');
      answer = {
        status: 500,
        code: 'INTERNAL_SERVER_ERROR',
        message: graphqlMessages.internalError({ errorId }).render(language),
        errorId,
      };
    }
    response.vary('Accept-Language');
    response.status(answer.status).json({
      errors: [
        {
          message: answer.message,
          extensions: { code: answer.code, ...(answer.errorId ? { errorId: answer.errorId } : {}) },
        },
      ],
    });
  };
}
