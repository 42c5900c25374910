import type { dashboardEn } from './dashboard.en';
import type { MessagesLike } from './messages';

/** `dashboard.en.ts` in Spanish. */
export const dashboardEs: MessagesLike<typeof dashboardEn> = {
  title: 'Panel',
  welcome: 'Le damos la bienvenida, {name}',
  signedInAs: 'Sesión iniciada como {email}, {role}.',
  loading: 'Cargando el panel',
  failed: 'No se pudo cargar el panel: {message}',
  tableOf: 'Tabla: {title}',
  moreNotShown:
    'Hay uno más que no se muestra aquí. |||| Hay {smart_count} más que no se muestran aquí.',
  purpose: {
    CEI_ADMIN: 'Usted administra todos los registros del programa y las cuentas.',
    CEI_STAFF: 'Usted administra todos los registros del programa.',
    COE_LIAISON:
      'Usted da seguimiento a los equipos de los distritos de sus oficinas de educación del condado: su composición, vacantes, asistencia y métricas, y sus visitas de seguimiento. No se le muestran los nombres de estudiantes ni de familiares.',
    CBO_PARTNER:
      'Usted ve los equipos en los que su organización tiene miembros, sus convocatorias y los reembolsos de su organización.',
    TEAM_LEAD:
      'Usted mantiene la lista de miembros de su equipo (cubriendo las vacantes) y ve su asistencia, financiamiento y resultados.',
    API_PARTNER:
      'Usted ve el directorio y los resultados estatales, sin datos de personas. Sus programas leen lo mismo con tokens de API.',
  },
  scope: {
    countyOffices: 'Sus oficinas de educación del condado',
    organization: 'Su organización',
    teams: 'Sus equipos',
    none: 'ninguno todavía: pida a un administrador de CEI que defina su alcance.',
  },
  urgency: {
    error: 'Urgente:',
    warning: 'Requiere atención:',
    info: 'Nota:',
    success: 'Todo en orden:',
  },
  chart: {
    showTable: 'Ver como tabla',
    hideTable: 'Ocultar la tabla',
    noData: 'No hay datos para mostrar',
  },
  vacancies: {
    title: 'Vacantes abiertas',
    overdue:
      'una vacante pasó su fecha límite ({date}). |||| {smart_count} vacantes pasaron su fecha límite (la primera vencía el {date}).',
    due: 'una vacante vence el {date}. |||| {smart_count} vacantes por cubrir; la primera vence el {date}.',
    none: 'no hay vacantes abiertas: todos los puestos obligatorios están cubiertos.',
    empty: 'No hay vacantes por cubrir.',
    all: 'Todas las vacantes',
  },
  applications: {
    title: 'Solicitudes por estado',
    submitted:
      'una carta de interés fue presentada y espera que empiece su revisión. |||| {smart_count} cartas de interés fueron presentadas y esperan que empiece su revisión.',
    underReview:
      'una carta está en revisión y espera una decisión. |||| {smart_count} cartas están en revisión y esperan una decisión.',
    nothing: 'ninguna carta de interés espera revisión ni decisión.',
    none: 'Ninguna cohorte está reclutando y no se ha recibido ninguna carta de interés.',
    noneInCohort: 'Todavía no hay cartas de interés.',
    all: 'Todas las solicitudes',
  },
  convenings: {
    title: 'Próximas convocatorias',
    next: 'la próxima convocatoria es {name}, {date}.',
    nextOvernight:
      'la próxima convocatoria es {name}, {date}, con estancia de una noche: organice el viaje.',
    none: 'Todavía no hay convocatorias programadas.',
    calendar: 'Calendario',
    all: 'Todas las convocatorias',
  },
  stipends: {
    title: 'Estipendios por estado',
    approved:
      'un estipendio aprobado ({amount}) espera el pago. |||| {smart_count} estipendios aprobados ({amount}) esperan el pago.',
    planned:
      'un estipendio previsto ({amount}) está por aprobar. |||| {smart_count} estipendios previstos ({amount}) están por aprobar.',
    none: 'No hay estipendios programados.',
    caption: 'Estipendios de todos los equipos, por estado',
    status: 'Estado',
    count: 'Estipendios',
    amount: 'Monto',
    all: 'Todos los estipendios',
  },
  funding: {
    title: 'Financiamiento frente a la asignación',
    chart: 'Asignación, fondos comprometidos, pagados y restantes',
    summary:
      'De la asignación de {appropriation} hay {committed} comprometidos y {paid} pagados; quedan {remaining}.',
    over: 'se ha comprometido más de lo asignado, por {amount}.',
    claims: 'hay {amount} en solicitudes de reembolso de viaje esperando una decisión.',
    appropriation: 'Asignación',
    committed: 'Comprometido',
    paid: 'Pagado',
    remaining: 'Restante',
    figure: 'Concepto',
    amount: 'Monto',
    reimbursements: 'Reembolsos por decidir',
  },
  attendance: {
    title: 'Asistencia por cohorte',
    chart: 'Tasa de asistencia por convocatoria, una línea por cohorte',
    summary:
      'Presentes sobre presentes y ausentes en cada convocatoria (sin contar las ausencias justificadas). Última: {latest}.',
    latestOf: '{cohort} {rate} el {date}',
    lowest: 'la tasa más reciente más baja es la de {cohort}: {rate} en {convening} ({date}).',
    none: 'Todavía no se ha registrado asistencia.',
    cohort: 'Cohorte',
    convening: 'Convocatoria',
    date: 'Fecha',
    present: 'Presentes',
    absent: 'Ausentes',
    excused: 'Justificadas',
    rate: 'Tasa',
  },
  teams: {
    county: 'Los equipos de su condado',
    caption:
      'Equipos a su cargo: composición, vacantes abiertas, asistencia ({year} y todos los años) y métricas',
    incomplete:
      'a uno de {total} equipos le faltan funciones obligatorias: {teams}. |||| a {smart_count} de {total} equipos les faltan funciones obligatorias: {teams}.',
    allComplete: 'todos los equipos tienen cubiertas sus funciones obligatorias.',
    none: 'Todavía no tiene equipos a su cargo.',
    team: 'Equipo',
    composition: 'Composición',
    vacancies: 'Vacantes abiertas',
    attendanceYear: 'Asistencia {year}',
    attendanceAll: 'Asistencia, todos los años',
    metrics: 'Métricas',
    complete: 'Completa',
    missing: 'Faltan: {roles}',
    noVacancy: 'Ninguna',
    openVacancies: '{overdue} atrasadas, {due} por vencer',
    noAttendance: 'sin registros',
    noMetrics: 'Sin mediciones',
    better:
      '{better} de una mejor que la línea de base |||| {better} de {smart_count} mejor que la línea de base',
    all: 'Todos los equipos',
  },
  metrics: {
    title: 'Progreso de las métricas frente a la línea de base',
    yours: 'Sus mediciones',
    worse: 'peor que la línea de base: {list}.',
    allBetter: 'todos los valores más recientes igualan o mejoran su línea de base.',
    none: 'Todavía no se han registrado mediciones.',
    comparisonSummary:
      'Línea de base (rayada) y valor más reciente por equipo; {better} de un equipo mejora su línea de base. |||| Línea de base (rayada) y valor más reciente por equipo; {better} de {smart_count} equipos mejoran su línea de base.',
    trendSummary: 'Línea de base {baseline}, más reciente {latest}: {change}.',
    noBaseline: 'Todavía no hay línea de base: el progreso se mide a partir de ella.',
    baselineLine: 'Línea de base {value}',
    same: 'sin cambio',
    team: 'Equipo',
    period: 'Periodo',
    value: 'Valor',
  },
  checkIns: {
    title: 'Visitas de seguimiento y tareas pendientes',
    overdue:
      'una tarea de seguimiento pasó su fecha límite. |||| {smart_count} tareas de seguimiento pasaron su fecha límite.',
    open: 'una tarea de seguimiento abierta. |||| {smart_count} tareas de seguimiento abiertas.',
    followUps: 'Tareas de seguimiento abiertas',
    noFollowUps: 'No hay tareas de seguimiento abiertas.',
    recent: 'Visitas recientes a sus equipos',
    none: 'Todavía no hay visitas registradas.',
    dueOn: 'vence el {date}',
    wasDue: 'venció el {date}',
    new: 'Registrar una visita',
    all: 'Todas las visitas',
  },
  partner: {
    teams: 'Los equipos de su organización',
    caption: 'Equipos en los que su organización tiene miembros',
    seatEmpty:
      'el puesto de socio comunitario está vacío en un equipo: {teams}. |||| el puesto de socio comunitario está vacío en {smart_count} equipos: {teams}.',
    seatsFilled: 'todos los equipos tienen cubierto su puesto de socio comunitario.',
    none: 'Su organización todavía no forma parte de ningún equipo.',
    cohort: 'Cohorte',
    reimbursements: 'Sus solicitudes de reembolso',
  },
  lead: {
    none: 'Su cuenta todavía no está vinculada a ningún equipo: consulte a un administrador de CEI.',
    roster: 'Puestos por cubrir: {team}',
    missing: 'funciones obligatorias que nadie ocupa: {roles}.',
    missingRole: 'Falta: {role}',
    rosterComplete: 'Todas las funciones obligatorias están cubiertas y no hay vacantes abiertas.',
    openRoster: 'Abrir la lista de miembros',
    attendance: 'Asistencia de su equipo en {year}: {rate}.',
    noAttendance: 'Todavía no hay asistencia registrada para su equipo en {year}.',
    nextConvening: 'Sus próximas convocatorias',
    record: 'Registrar una medición',
    outcomes: 'Resultados de su equipo',
  },
  api: {
    directory: 'Directorio',
    aggregatesOnly: 'solo cifras y tasas: no se comparten datos de personas con los socios de API.',
    countyOffices: 'Oficinas de educación del condado',
    leas: 'Agencias educativas locales (LEA)',
    schools: 'Escuelas',
    communityOrganizations: 'Organizaciones comunitarias',
    cohorts: 'Cohortes',
    teams: 'Equipos activos',
    cohortLine:
      '{status}, un equipo, asistencia {rate} |||| {status}, {smart_count} equipos, asistencia {rate}',
    outcomes: 'Resultados estatales',
    outcomesChart: 'Proporción de equipos que mejoran su línea de base, por métrica',
    outcomesSummary: 'Equipos cuyo valor más reciente mejora su línea de base: {list}.',
    improvedOf: '{metric} {improved} de uno |||| {metric} {improved} de {smart_count}',
    fewest:
      '{metric}: {improved} de 1 equipo está mejor que su línea de base, la menor cantidad entre los indicadores. |||| {metric}: {improved} de {smart_count} equipos están mejor que su línea de base, la menor cantidad entre los indicadores.',
    improvedShare: 'Mejor que la línea de base',
    metric: 'Métrica',
    teamsMeasured: 'Equipos medidos',
    improved: 'Mejor',
    unchanged: 'Sin cambio',
    worsened: 'Peor',
    baselineMean: 'Línea de base media',
    latestMean: 'Valor más reciente medio',
    metrics: 'Métricas',
    measurements: 'Mediciones',
    smallTeams:
      'Los equipos con menos de cinco personas en una convocatoria no se incluyen en estas cifras, para que no se pueda deducir la asistencia de nadie.',
  },
};
