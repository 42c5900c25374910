import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, RequestHandler } from 'express';
import { LANGUAGES, type Language } from './messages.js';

/**
 * The language of a request's messages: the best of English and Spanish by its
 * `Accept-Language` (q-values weighed by Express's `acceptsLanguages`, i.e. `negotiator`, so
 * `es-MX` and `fr;q=1, es;q=0.5` are Spanish), English when it asks for neither or says nothing.
 * The same for a session, an API token or the public.
 */
export function languageOfRequest(request: Request): Language {
  if (!request.headers['accept-language']) return 'en';
  const best = request.acceptsLanguages(...LANGUAGES);
  return best === 'es' ? 'es' : 'en';
}

/**
 * Apollo's `formatError`, where every error becomes its wire form, receives no context, so the
 * language reaches it through AsyncLocalStorage: this middleware runs the rest of the request
 * (context, resolvers, formatting) inside the language's store. Mount it after the body parser,
 * whose stream callbacks run outside the request's async context.
 */
const storage = new AsyncLocalStorage<Language>();

export const requestLanguageMiddleware: RequestHandler = (request, response, next) => {
  response.vary('Accept-Language');
  storage.run(languageOfRequest(request), next);
};

/** The current request's language; English outside a request (jobs, scripts). */
export function requestLanguage(): Language {
  return storage.getStore() ?? 'en';
}

/** Runs `work` as if for a request in `language` (jobs writing for a reader, tests). */
export function inLanguage<T>(language: Language, work: () => T): T {
  return storage.run(language, work);
}
