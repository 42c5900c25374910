import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Config } from '../config/config.js';

/**
 * Browser security headers on every answer (helmet). The Content Security Policy is the one the
 * admin app and its API explorer work under, everything from this server: scripts and Monaco's
 * workers as files; styles also inline, because MUI (emotion) and Monaco insert style elements at
 * run time; fonts and images also as data URLs (GraphiQL's fonts are inlined). No page may frame
 * ours (clickjacking). HSTS and the upgrade of http links only in production, which is served
 * over HTTPS; a development or test server is plain http on localhost.
 */
export function securityHeaders(config: Config): RequestHandler {
  const { set, removed } = headersOf(helmetFor(config));
  return (_request, response, next) => {
    response.setHeaders(set);
    for (const name of removed) response.removeHeader(name);
    next();
  };
}

function helmetFor(config: Config): RequestHandler {
  const production = config.environment === 'production';
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 60 * 60 } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/**
 * The headers a middleware sets and removes, run once: helmet's are the same for every request
 * (no directive depends on it), and its twelve middlewares run per request cost a small query
 * ~3 % of its time.
 */
function headersOf(middleware: RequestHandler): { set: Map<string, string>; removed: string[] } {
  const set = new Map<string, string>();
  const removed: string[] = [];
  const response = {
    setHeader(name: string, value: string) {
      set.set(name, value);
    },
    removeHeader(name: string) {
      set.delete(name);
      removed.push(name);
    },
  };
  let finished = false;
  middleware({} as Request, response as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('the security headers middleware did not finish at once');
  return { set, removed };
}
