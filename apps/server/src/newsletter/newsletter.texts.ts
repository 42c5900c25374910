import type { UiLanguage } from '@cei/domain';

/**
 * What subscribers read, in English and in Spanish: the emails and the pages behind their links.
 * A subscriber who chose another language gets English.
 */

/** Days a confirmation link stays valid; subscribing again sends a fresh one. */
export const CONFIRMATION_VALID_DAYS = 7;

export interface PageText {
  title: string;
  text: string;
  button?: string;
}

interface NewsletterTexts {
  confirmationEmail: {
    subject: string;
    body: (name: string | null, confirmUrl: string, unsubscribeUrl: string) => string;
  };
  alreadySubscribedEmail: { subject: string; body: (name: string | null) => string };
  confirmPage: PageText;
  confirmedPage: PageText;
  unsubscribePage: PageText;
  unsubscribedPage: PageText;
}

/** Names come from a public form: one line, no control characters. */
const oneLine = (name: string | null) =>
  name
    ?.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .trim()
    .slice(0, 200) || null;

export const newsletterTexts: Record<UiLanguage, NewsletterTexts> = {
  en: {
    confirmationEmail: {
      subject: 'Confirm your subscription to the CEI newsletter',
      body: (name, confirmUrl, unsubscribeUrl) =>
        [
          `Hello${oneLine(name) ? ` ${oneLine(name)}` : ''},`,
          '',
          "Someone (we hope you) asked to receive the newsletter of California's Community Engagement Initiative (CEI) at this address. To confirm, open this link:",
          '',
          confirmUrl,
          '',
          `The link expires in ${CONFIRMATION_VALID_DAYS} days. If you did not ask for it, ignore this email: nothing more will be sent.`,
          '',
          'To unsubscribe at any time:',
          unsubscribeUrl,
          '',
        ].join('\n'),
    },
    alreadySubscribedEmail: {
      subject: 'This address is already subscribed to the CEI newsletter',
      body: (name) =>
        [
          `Hello${oneLine(name) ? ` ${oneLine(name)}` : ''},`,
          '',
          'Someone asked to subscribe this address to the newsletter of the Community Engagement Initiative (CEI), but it is already subscribed: there is nothing to do.',
          '',
          'To unsubscribe, use the link at the end of any newsletter or of the confirmation email you received.',
          '',
        ].join('\n'),
    },
    confirmPage: {
      title: 'Confirm your subscription',
      text: 'Press the button to start receiving the newsletter of the Community Engagement Initiative (CEI).',
      button: 'Confirm my subscription',
    },
    confirmedPage: {
      title: 'Subscription confirmed',
      text: 'Thank you. You will receive the CEI newsletter at this address. Every newsletter ends with a link to unsubscribe.',
    },
    unsubscribePage: {
      title: 'Unsubscribe',
      text: 'Press the button to stop receiving the newsletter of the Community Engagement Initiative (CEI).',
      button: 'Unsubscribe',
    },
    unsubscribedPage: {
      title: 'You are unsubscribed',
      text: 'You will receive no more CEI newsletters at this address. If this was a mistake, you can subscribe again.',
    },
  },
  es: {
    confirmationEmail: {
      subject: 'Confirme su suscripción al boletín de la CEI',
      body: (name, confirmUrl, unsubscribeUrl) =>
        [
          `Hola${oneLine(name) ? `, ${oneLine(name)}` : ''}:`,
          '',
          'Alguien (esperamos que usted) pidió recibir en esta dirección el boletín de la Iniciativa de Participación Comunitaria (CEI) de California. Para confirmarlo, abra este enlace:',
          '',
          confirmUrl,
          '',
          `El enlace vence en ${CONFIRMATION_VALID_DAYS} días. Si usted no lo pidió, ignore este mensaje: no se le enviará nada más.`,
          '',
          'Para cancelar la suscripción en cualquier momento:',
          unsubscribeUrl,
          '',
        ].join('\n'),
    },
    alreadySubscribedEmail: {
      subject: 'Esta dirección ya está suscrita al boletín de la CEI',
      body: (name) =>
        [
          `Hola${oneLine(name) ? `, ${oneLine(name)}` : ''}:`,
          '',
          'Alguien pidió suscribir esta dirección al boletín de la Iniciativa de Participación Comunitaria (CEI), pero ya está suscrita: no tiene que hacer nada.',
          '',
          'Para cancelar la suscripción, use el enlace al final de cualquier boletín o del mensaje de confirmación que recibió.',
          '',
        ].join('\n'),
    },
    confirmPage: {
      title: 'Confirme su suscripción',
      text: 'Pulse el botón para empezar a recibir el boletín de la Iniciativa de Participación Comunitaria (CEI).',
      button: 'Confirmar mi suscripción',
    },
    confirmedPage: {
      title: 'Suscripción confirmada',
      text: 'Gracias. Recibirá el boletín de la CEI en esta dirección. Cada boletín termina con un enlace para cancelar la suscripción.',
    },
    unsubscribePage: {
      title: 'Cancelar la suscripción',
      text: 'Pulse el botón para dejar de recibir el boletín de la Iniciativa de Participación Comunitaria (CEI).',
      button: 'Cancelar mi suscripción',
    },
    unsubscribedPage: {
      title: 'Suscripción cancelada',
      text: 'No recibirá más boletines de la CEI en esta dirección. Si fue un error, puede suscribirse de nuevo.',
    },
  },
};

/** For a link that matches nothing: both languages, since whose it was is unknown. */
export const invalidLinkPage: Record<UiLanguage, PageText> = {
  en: {
    title: 'This link is not valid',
    text: 'It may have expired or been used already. To subscribe, sign up again.',
  },
  es: {
    title: 'Este enlace no es válido',
    text: 'Puede que haya vencido o que ya se haya usado. Para suscribirse, regístrese de nuevo.',
  },
};
