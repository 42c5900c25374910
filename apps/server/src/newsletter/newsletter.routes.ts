import { type UiLanguage, uiLanguageOf } from '@cei/domain';
import type { Request, Response } from 'express';
import type { MountRoutes } from '../http/routes.js';
import { systemFork } from '../scope/scope-filter.js';
import { ScopedData } from '../scope/scoped-data.js';
import { publicViewer } from '../scope/viewer.js';
import {
  confirmSubscription,
  subscriptionToConfirm,
  subscriptionToUnsubscribe,
  unsubscribe,
} from './newsletter.service.js';
import { invalidLinkPage, newsletterTexts, type PageText } from './newsletter.texts.js';
import type { Subscription } from './subscription.entity.js';

/**
 * The links in newsletter emails. GET only shows a page with a button (mail scanners and link
 * previews fetch links, and must not confirm or unsubscribe anyone); the button POSTs to the
 * same address, which does it. A token that matches nothing gets one neutral page in both
 * languages, the same for a wrong, used or expired link.
 */
export const routes: MountRoutes = (router, { orm, logger }) => {
  const data = () => new ScopedData(systemFork(orm), publicViewer);
  const handle =
    (work: (token: string) => Promise<[Subscription | null, keyof PageTexts]>) =>
    async (request: Request, response: Response) => {
      try {
        const [subscription, page] = await work(String(request.params.token));
        if (!subscription) {
          sendPage(response, 404, 'en', [invalidLinkPage.en, invalidLinkPage.es]);
          return;
        }
        const language = uiLanguageOf(subscription.language);
        sendPage(response, 200, language, [newsletterTexts[language][page]]);
      } catch (error) {
        logger.error({ err: error }, 'newsletter link failed');
        sendPage(response, 500, 'en', [
          { title: 'Something went wrong', text: 'Please try again later.' },
          { title: 'Algo salió mal', text: 'Inténtelo de nuevo más tarde.' },
        ]);
      }
    };

  router.get(
    '/newsletter/confirm/:token',
    handle(async (token) => [await subscriptionToConfirm(data(), token), 'confirmPage']),
  );
  router.post(
    '/newsletter/confirm/:token',
    handle(async (token) => [await confirmSubscription(data(), token), 'confirmedPage']),
  );
  router.get(
    '/newsletter/unsubscribe/:token',
    handle(async (token) => [await subscriptionToUnsubscribe(data(), token), 'unsubscribePage']),
  );
  router.post(
    '/newsletter/unsubscribe/:token',
    handle(async (token) => [await unsubscribe(data(), token), 'unsubscribedPage']),
  );
};

type PageTexts = Pick<
  (typeof newsletterTexts)['en'],
  'confirmPage' | 'confirmedPage' | 'unsubscribePage' | 'unsubscribedPage'
>;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ??
      character,
  );

/** A small self-contained page: no script, no external resource, nothing cached or referred. */
function sendPage(
  response: Response,
  status: number,
  language: UiLanguage,
  sections: PageText[],
): void {
  const body = sections
    .map(
      (section, index) =>
        `<section${index > 0 ? ' lang="es"' : ''}><h1>${escapeHtml(section.title)}</h1><p>${escapeHtml(section.text)}</p>${
          section.button
            ? `<form method="post"><button type="submit">${escapeHtml(section.button)}</button></form>`
            : ''
        }</section>`,
    )
    .join('');
  response
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      // The token is in the address: no page it leads to may learn it.
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex',
    })
    .send(
      `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(sections.map((section) => section.title).join(' / '))}</title><style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}h1{font-size:1.4rem}section+section{border-top:1px solid #ddd;margin-top:2rem}button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.3rem;background:#1d4f91;color:#fff;cursor:pointer}</style></head><body>${body}</body></html>`,
    );
}
