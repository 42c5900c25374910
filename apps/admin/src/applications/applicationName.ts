/** An application named by its applicant and cohort: "Azusa Unified School District, Cohort III". */
export function applicationName(application: {
  lea?: { name?: unknown } | null;
  cohort?: { name?: unknown } | null;
}): string {
  return [application.lea?.name, application.cohort?.name]
    .filter((part): part is string => typeof part === 'string')
    .join(', ');
}
