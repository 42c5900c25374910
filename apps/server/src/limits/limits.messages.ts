import { defineMessages } from '../i18n/messages.js';

/** Refusals of the request and cost budgets (limits/request-limits.ts). */
export const limitsMessages = defineMessages('limits', {
  tooManyRequests: {
    en: 'Too many requests in a short time. Try again in {seconds} second(s).',
    es: 'Demasiadas solicitudes en poco tiempo. Vuelva a intentarlo en {seconds} segundo(s).',
  },
  overCostBudget: {
    en: 'This query costs {cost} and only {remaining} of your query budget is left. Try again in {seconds} second(s), or ask for smaller pages or fewer fields.',
    es: 'Esta consulta cuesta {cost} y solo le quedan {remaining} de su presupuesto de consultas. Vuelva a intentarlo en {seconds} segundo(s), o pida páginas más pequeñas o menos campos.',
  },
  queryTooCostly: {
    en: 'This query costs {cost}, more than the {max} one query may cost. Ask for smaller pages or fewer fields.',
    es: 'Esta consulta cuesta {cost}, más de los {max} que puede costar una sola consulta. Pida páginas más pequeñas o menos campos.',
  },
});
