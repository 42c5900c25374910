import { gql } from '@apollo/client';
import type { ImportStatus } from '@cei/domain';

export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface DataImportRecord {
  id: string;
  kind: string;
  status: ImportStatus;
  mode: string | null;
  fileName: string;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  importedRows: number;
  skippedRows: number;
  processedRows: number;
  rowsToImport: number;
  progress: number;
  failure: string | null;
  created: { entity: string; count: number }[];
  errors: { totalCount: number; nodes: ImportProblem[] };
}

const DATA_IMPORT_FIELDS = gql`
  fragment DataImportFields on DataImport {
    id
    kind
    status
    mode
    fileName
    totalRows
    validRows
    invalidRows
    importedRows
    skippedRows
    processedRows
    rowsToImport
    progress
    failure
    created {
      entity
      count
    }
    errors(offset: $errorOffset, limit: $errorLimit) {
      totalCount
      nodes {
        row
        column
        message
      }
    }
  }
`;

/** Sends the file to be checked; nothing is written. */
export const PREVIEW_IMPORT = gql`
  mutation PreviewImport($input: PreviewImportInput!, $errorOffset: Int, $errorLimit: Int) {
    previewImport(input: $input) {
      ...DataImportFields
    }
  }
  ${DATA_IMPORT_FIELDS}
`;

/** Imports a previewed file; resolves once every row is written. */
export const COMMIT_IMPORT = gql`
  mutation CommitImport(
    $id: ID!
    $input: CommitImportInput!
    $errorOffset: Int
    $errorLimit: Int
  ) {
    commitImport(id: $id, input: $input) {
      ...DataImportFields
    }
  }
  ${DATA_IMPORT_FIELDS}
`;

/** The import again: a page of its problems, or its progress while it is written. */
export const DATA_IMPORT = gql`
  query DataImport($id: ID!, $errorOffset: Int, $errorLimit: Int) {
    dataImport(id: $id) {
      ...DataImportFields
    }
  }
  ${DATA_IMPORT_FIELDS}
`;

export const IMPORT_DOCUMENTS = { PREVIEW_IMPORT, COMMIT_IMPORT, DATA_IMPORT };
