import type { MountRoutes } from '../http/routes.js';
import { scopedDataOf } from '../http/routes.js';
import { languageOfRequest } from '../i18n/request-language.js';
import { ApplicationDocument } from './application.entity.js';
import { applicationMessages } from './application.messages.js';

export const documentDownloadPath = (id: string) => `/files/application-documents/${id}`;

/**
 * GET /files/application-documents/:id: the uploaded letter, for viewers who may read it (the
 * session cookie, as for GraphQL). Out of scope answers exactly as missing: 404.
 */
export const mountDocumentRoutes: MountRoutes = (router, dependencies) => {
  router.get('/files/application-documents/:id', async (request, response, next) => {
    try {
      const data = await scopedDataOf(request, dependencies);
      const document = await data.byId(ApplicationDocument, request.params.id);
      if (!document) {
        const text = applicationMessages.documentNotFound().render(languageOfRequest(request));
        response.status(404).type('text/plain').send(text);
        return;
      }
      await data.em.populate(document, ['content']);
      response.setHeader('Content-Type', document.contentType);
      response.setHeader('Content-Length', String(document.byteSize));
      response.setHeader('Cache-Control', 'private, no-store');
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.attachment(document.fileName);
      response.end(document.content);
    } catch (error) {
      next(error);
    }
  });
};
