import { useGetRecordRepresentation, useRecordContext, useResourceContext } from 'react-admin';

/**
 * A record's own name as the page title, for records whose name already says what they are
 * ("Cohort I", not react-admin's default "Cohort Cohort I").
 */
export function RecordTitle() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const represent = useGetRecordRepresentation(resource);
  return <span>{record ? represent(record) : ''}</span>;
}
