/** Los textos de las pantallas de webhooks (webhooks/): puntos de conexión, secreto y registro de entregas. */
export const webhooksEs = {
  registerTitle: 'Registrar un punto de conexión de webhooks',
  register: 'Registrar',
  ownerHelp: 'La cuenta de socio de API cuyo alcance decide qué se envía',
  urlHelp:
    'Adónde se envía (POST) cada cambio: https, a una dirección pública (http y direcciones locales solo en instalaciones de prueba)',
  urlFormat: 'Debe ser una URL http o https',
  eventTypesHelp:
    'Solo se envían cambios de registros que el socio puede leer, tal como los muestran sus consultas',
  enabledHelp:
    'Apagado: no se envía nada. Encendido de nuevo: salen las entregas en espera y el conteo de fallos vuelve a cero.',
  secretTitle: 'Secreto de firma',
  secretWarning:
    'Copie este secreto ahora y entrégueselo al receptor: con él comprueba el encabezado Webhook-Signature. No se volverá a mostrar.',
  secret: 'Secreto',
  copyRefused: 'El navegador no permitió copiar: seleccione el secreto y cópielo.',
  renew: 'Nuevo secreto',
  renewTitle: '¿Dar a este punto de conexión un nuevo secreto de firma?',
  renewContent:
    'Las entregas se firman con el nuevo secreto de inmediato; un receptor que aún compruebe el anterior las rechazará.',
  status: 'Estado',
  enabled: 'Activado',
  disabled: 'Desactivado',
  disabledAfterFailures: 'Desactivado tras {count} fallos seguidos',
  deliveries: 'Registro de entregas',
  noDeliveries: 'Aún no se ha enviado nada.',
  redeliver: 'Volver a enviar',
  redelivered: 'Se enviará de nuevo en menos de un minuto.',
};
