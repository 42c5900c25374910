import type { RequestHandler } from 'express';
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
