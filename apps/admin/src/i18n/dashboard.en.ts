/**
 * The role dashboards (src/dashboards), in English and Spanish, under `cei.dashboard`. Counts
 * use Polyglot's plural forms (`smart_count`, singular |||| plural); numbers, amounts and dates
 * come formatted by the screens (Intl, in the interface language).
 */
export const dashboardEn = {
  title: 'Dashboard',
  welcome: 'Welcome, {name}',
  signedInAs: 'Signed in as {email}, {role}.',
  loading: 'Loading the dashboard',
  failed: 'The dashboard could not be loaded: {message}',
  tableOf: 'Table: {title}',
  moreNotShown: 'One more is not shown here. |||| {smart_count} more are not shown here.',
  purpose: {
    CEI_ADMIN: 'You administer every record of the program, and the accounts.',
    CEI_STAFF: 'You administer every record of the program.',
    COE_LIAISON:
      'You follow the teams of the districts in your county offices: their composition, vacancies, attendance and metrics, and your check-ins. Students’ and family members’ names are not shown to you.',
    CBO_PARTNER:
      'You see the teams your organization has members on, their convenings and your organization’s reimbursements.',
    TEAM_LEAD:
      'You keep your team’s roster (filling vacancies), see its attendance, funding and outcomes.',
    API_PARTNER:
      'You see the directory and statewide outcomes; no person-level data. Your programs read the same through API tokens.',
  },
  scope: {
    countyOffices: 'Your county offices',
    organization: 'Your organization',
    teams: 'Your teams',
    none: 'none yet: ask a CEI administrator to set your scope.',
  },
  urgency: {
    error: 'Urgent:',
    warning: 'Needs attention:',
    info: 'Note:',
    success: 'All clear:',
  },
  chart: {
    showTable: 'Show as table',
    hideTable: 'Hide the table',
    noData: 'No data to show',
  },
  vacancies: {
    title: 'Open vacancies',
    overdue:
      'one vacancy is past its due date ({date}). |||| {smart_count} vacancies are past their due date (the first was due {date}).',
    due: 'one vacancy is due by {date}. |||| {smart_count} vacancies are due, the first by {date}.',
    none: 'no open vacancy: every required seat is filled or was never left.',
    empty: 'No vacancies to fill.',
    all: 'All vacancies',
  },
  applications: {
    title: 'Applications by status',
    submitted:
      'one letter of interest is submitted and waits for its review to start. |||| {smart_count} letters of interest are submitted and wait for their review to start.',
    underReview:
      'one letter is under review and waits for a decision. |||| {smart_count} letters are under review and wait for a decision.',
    nothing: 'no letter of interest waits for a review or a decision.',
    none: 'No cohort is recruiting and no letter of interest has been received.',
    noneInCohort: 'No letters of interest yet.',
    all: 'All applications',
  },
  convenings: {
    title: 'Upcoming convenings',
    next: 'the next convening is {name}, {date}.',
    nextOvernight: 'the next convening is {name}, {date}, with an overnight stay: plan the travel.',
    none: 'No convening is scheduled yet.',
    calendar: 'Calendar',
    all: 'All convenings',
  },
  stipends: {
    title: 'Stipends by status',
    approved:
      'one approved stipend ({amount}) waits for payment. |||| {smart_count} approved stipends ({amount}) wait for payment.',
    planned:
      'one planned stipend ({amount}) is to be approved. |||| {smart_count} planned stipends ({amount}) are to be approved.',
    none: 'No stipends are scheduled.',
    caption: 'Stipends of every team, by status',
    status: 'Status',
    count: 'Stipends',
    amount: 'Amount',
    all: 'All stipends',
  },
  funding: {
    title: 'Funding against the appropriation',
    chart: 'Appropriation, committed, paid and remaining funds',
    summary:
      '{committed} of the {appropriation} appropriation is committed and {paid} paid; {remaining} remains.',
    over: 'more is committed than was appropriated, by {amount}.',
    claims: '{amount} in travel claims wait for a decision.',
    appropriation: 'Appropriation',
    committed: 'Committed',
    paid: 'Paid',
    remaining: 'Remaining',
    figure: 'Figure',
    amount: 'Amount',
    reimbursements: 'Claims to decide',
  },
  attendance: {
    title: 'Attendance per cohort',
    chart: 'Attendance rate per convening, one line per cohort',
    summary:
      'Present out of present and absent at each convening (excused absences left out). Latest: {latest}.',
    latestOf: '{cohort} {rate} on {date}',
    lowest:
      'of each cohort’s latest convening, the lowest rate is {cohort}’s: {rate} at {convening} ({date}).',
    none: 'No attendance has been recorded yet.',
    cohort: 'Cohort',
    convening: 'Convening',
    date: 'Date',
    present: 'Present',
    absent: 'Absent',
    excused: 'Excused',
    rate: 'Rate',
  },
  teams: {
    county: 'Your county’s teams',
    caption:
      'Teams you cover: composition, open vacancies, attendance ({year} and all years) and metrics',
    incomplete:
      'one of {total} teams is missing required roles: {teams}. |||| {smart_count} of {total} teams are missing required roles: {teams}.',
    allComplete: 'every team has each required role filled.',
    none: 'No team is in your scope yet.',
    team: 'Team',
    composition: 'Composition',
    vacancies: 'Open vacancies',
    attendanceYear: 'Attendance {year}',
    attendanceAll: 'Attendance, all years',
    metrics: 'Metrics',
    complete: 'Complete',
    missing: 'Missing: {roles}',
    noVacancy: 'None',
    openVacancies: '{overdue} overdue, {due} due',
    noAttendance: 'none recorded',
    noMetrics: 'No measurements',
    better:
      '{better} of one better than baseline |||| {better} of {smart_count} better than baseline',
    all: 'All teams',
  },
  metrics: {
    title: 'Metric progress against baseline',
    yours: 'Your measurements',
    worse: 'worse than the baseline: {list}.',
    allBetter: 'every latest value is at or better than its baseline.',
    none: 'No measurements have been recorded yet.',
    comparisonSummary:
      'Baseline (hatched) and latest value per team; {better} of one team is better than its baseline. |||| Baseline (hatched) and latest value per team; {better} of {smart_count} teams are better than their baseline.',
    trendSummary: 'Baseline {baseline}, latest {latest}: {change}.',
    noBaseline: 'No baseline recorded yet: progress is measured from it.',
    baselineLine: 'Baseline {value}',
    same: 'unchanged',
    team: 'Team',
    period: 'Period',
    value: 'Value',
  },
  checkIns: {
    title: 'Check-ins and follow-ups',
    overdue:
      'one follow-up is past its due date. |||| {smart_count} follow-ups are past their due date.',
    open: 'one open follow-up. |||| {smart_count} open follow-ups.',
    followUps: 'Open follow-ups',
    noFollowUps: 'No open follow-ups.',
    recent: 'Recent check-ins with your teams',
    none: 'No check-ins recorded yet.',
    dueOn: 'due {date}',
    wasDue: 'was due {date}',
    new: 'Record a check-in',
    all: 'All check-ins',
  },
  partner: {
    teams: 'Your organization’s teams',
    caption: 'Teams your organization has members on',
    seatEmpty:
      'the community partner seat is empty on one team: {teams}. |||| the community partner seat is empty on {smart_count} teams: {teams}.',
    seatsFilled: 'every team has its community partner seat filled.',
    none: 'Your organization is on no team yet.',
    cohort: 'Cohort',
    reimbursements: 'Your travel claims',
  },
  lead: {
    none: 'No team is bound to your account yet: ask a CEI administrator.',
    roster: 'Roster gaps: {team}',
    missing: 'required roles nobody holds: {roles}.',
    missingRole: 'Missing: {role}',
    rosterComplete: 'Every required role is filled and no vacancy is open.',
    openRoster: 'Open the roster',
    attendance: 'Your team’s attendance in {year}: {rate}.',
    noAttendance: 'No attendance recorded for your team in {year} yet.',
    nextConvening: 'Your next convenings',
    record: 'Record a measurement',
    outcomes: 'Your team’s outcomes',
  },
  api: {
    directory: 'Directory',
    aggregatesOnly: 'counts and rates only: no person-level data is shared with API partners.',
    countyOffices: 'County offices',
    leas: 'LEAs',
    schools: 'Schools',
    communityOrganizations: 'Community organizations',
    cohorts: 'Cohorts',
    teams: 'Active teams',
    cohortLine:
      '{status}, one team, attendance {rate} |||| {status}, {smart_count} teams, attendance {rate}',
    outcomes: 'Statewide outcomes',
    outcomesChart: 'Share of teams better than their baseline, per metric',
    outcomesSummary: 'Teams whose latest value is better than their baseline: {list}.',
    improvedOf: '{metric} {improved} of one |||| {metric} {improved} of {smart_count}',
    fewest:
      '{metric}: {improved} of 1 team is better than its baseline, the fewest of any metric. |||| {metric}: {improved} of {smart_count} teams are better than their baseline, the fewest of any metric.',
    improvedShare: 'Better than baseline',
    metric: 'Metric',
    teamsMeasured: 'Teams measured',
    improved: 'Better',
    unchanged: 'Unchanged',
    worsened: 'Worse',
    baselineMean: 'Mean baseline',
    latestMean: 'Mean latest value',
    metrics: 'Metrics',
    measurements: 'Measurements',
    smallTeams:
      'Teams with fewer than five people at a convening are left out of these figures, so that no one’s attendance can be told.',
  },
};
