import type { Language } from '../i18n/messages.js';

/** The email to an endpoint's owner when it is disabled after repeated failures. */
export function disabledEndpointEmail(
  endpoint: { id: string; url: string },
  failures: number,
  owner: { name: string; language: Language },
  publicUrl: string,
): { subject: string; text: string } {
  const link = `${publicUrl}/#/webhook-endpoints/${endpoint.id}/show`;
  if (owner.language === 'es') {
    return {
      subject: `Punto de conexión de webhooks desactivado: ${endpoint.url}`,
      text: [
        `Hola, ${owner.name}:`,
        '',
        `Desactivamos su punto de conexión de webhooks ${endpoint.url} después de ${failures} intentos de entrega fallidos seguidos. No se le enviarán más eventos hasta que lo vuelva a activar.`,
        '',
        'Revise el registro de entregas, corrija el receptor y vuelva a activarlo:',
        link,
      ].join('\n'),
    };
  }
  return {
    subject: `Webhook endpoint disabled: ${endpoint.url}`,
    text: [
      `Hello ${owner.name},`,
      '',
      `We disabled your webhook endpoint ${endpoint.url} after ${failures} failed delivery attempts in a row. No more events will be sent to it until it is enabled again.`,
      '',
      'Look at its delivery log, fix the receiver and enable it again:',
      link,
    ].join('\n'),
  };
}
