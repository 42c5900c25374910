import { ImportKind, ImportMode, ImportStatus } from '@cei/domain';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Length, Max, Min } from '../common/validation.js';
import { DEFAULT_LIMIT, defineList, descending, MAX_LIMIT } from '../graphql/list.js';
import { DataImport, ImportRowError } from './data-import.entity.js';
import './import.enums.js';

@InputType({ description: 'A CSV file to check, row by row, before importing it.' })
export class PreviewImportInput {
  @Field(() => ImportKind, { description: 'What the file holds.' })
  kind: ImportKind;

  @Field(() => String, { description: 'The name of the file, as the user picked it.' })
  @Length(1, 255)
  fileName: string;

  @Field(() => String, {
    description:
      'The file as text (UTF-8, at most 5 MB): a header row naming the columns, then one row per record.',
  })
  content: string;
}

@InputType({ description: 'How to import a previewed file.' })
export class CommitImportInput {
  @Field(() => ImportMode, {
    description: 'ALL: every row or nothing; VALID_ONLY: the valid rows, skipping the others.',
  })
  mode: ImportMode;
}

@InputType({ description: 'Filters for imports; all given filters must match.' })
export class DataImportFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ImportKind, { nullable: true })
  kind?: ImportKind;

  @Field(() => ImportStatus, { nullable: true })
  status?: ImportStatus;
}

export const DataImportList = defineList(DataImport, {
  filter: DataImportFilter,
  orderFields: { CREATED_AT: 'createdAt', FILE_NAME: 'fileName' },
  search: ['fileName'],
  defaultOrder: [descending('createdAt')],
});

@ArgsType()
export class ImportErrorArgs {
  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Problems to skip.' })
  @Min(0)
  offset?: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_LIMIT,
    description: `Problems to return: ${DEFAULT_LIMIT} by default, at most ${MAX_LIMIT}.`,
  })
  @Min(0)
  @Max(10_000)
  limit?: number;
}

@ObjectType({ description: "A page of an import's problems, and how many there are in all." })
export class ImportRowErrors {
  @Field(() => [ImportRowError], { description: 'The problems on this page, by row.' })
  nodes: ImportRowError[];

  @Field(() => Int, { description: 'How many problems the file has.' })
  totalCount: number;
}

@ObjectType({ description: 'How many records of one kind an import created.' })
export class ImportCreatedCount {
  @Field(() => String, { description: 'The kind of record, e.g. "Person" or "Membership".' })
  entity: string;

  @Field(() => Int, { description: 'How many were created.' })
  count: number;
}
