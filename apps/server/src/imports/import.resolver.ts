import { Role } from '@cei/domain';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { Allow, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { Message } from '../i18n/messages.js';
import { requestLanguage } from '../i18n/request-language.js';
import { clampLimit } from '../scope/where.js';
import { DataImport, type ImportRowError } from './data-import.entity.js';
import {
  CommitImportInput,
  DataImportList,
  ImportCreatedCount,
  ImportErrorArgs,
  ImportRowErrors,
  PreviewImportInput,
} from './import.inputs.js';
import { commitImport, previewImport } from './import.service.js';

/** Who may import: CEI staff, and team leads (people, memberships, measurements of their teams). */
const IMPORTERS = [...STAFF, Role.TEAM_LEAD];

@Resolver(() => DataImport)
export class DataImportResolver {
  @FieldResolver(() => ImportRowErrors, {
    description: 'The problems found in the file, by row: what keeps each row from being imported.',
  })
  errors(
    @Root() record: DataImport,
    @Args(() => ImportErrorArgs) args: ImportErrorArgs,
  ): ImportRowErrors {
    const offset = args.offset ?? 0;
    const language = requestLanguage();
    const nodes: ImportRowError[] = record.problems
      .slice(offset, offset + clampLimit(args.limit))
      .map(({ row, column, message }) => ({
        row,
        column,
        message: Message.fromStored(message).render(language),
      }));
    return { nodes, totalCount: record.problems.length };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Why the import failed, when it did (nothing was written), in the language of the request.',
  })
  failure(@Root() record: DataImport): string | null {
    return record.failure ? Message.fromStored(record.failure).render(requestLanguage()) : null;
  }

  @FieldResolver(() => Int, { description: 'Rows with at least one problem.' })
  invalidRows(@Root() record: DataImport): number {
    return record.totalRows - record.validRows;
  }

  @FieldResolver(() => Float, {
    description: 'How far the import has got, from 0 to 1: rows written of rows to write.',
  })
  progress(@Root() record: DataImport): number {
    if (record.status === 'COMPLETED') return 1;
    if (record.status !== 'IMPORTING' || record.rowsToImport === 0) return 0;
    return Math.min(1, record.processedRows / record.rowsToImport);
  }

  @FieldResolver(() => [ImportCreatedCount], {
    description: 'Records created, per kind of record (once completed).',
  })
  created(@Root() record: DataImport): ImportCreatedCount[] {
    return Object.entries(record.createdCounts).map(([entity, count]) => ({ entity, count }));
  }

  @Allow(...IMPORTERS)
  @Mutation(() => DataImport, {
    description:
      'Checks a CSV file row by row and keeps it for importing; writes nothing. Its `errors` name each problem by row and column.',
  })
  previewImport(
    @Arg('input', () => PreviewImportInput) input: PreviewImportInput,
    @Ctx() { data }: Context,
  ): Promise<DataImport> {
    return previewImport(data, input);
  }

  @Allow(...IMPORTERS)
  @Mutation(() => DataImport, {
    description:
      'Imports a previewed file in one transaction: ALL refuses (BAD_USER_INPUT) unless every row is valid; VALID_ONLY writes the valid rows and skips the others. Poll `dataImport(id)` for its progress meanwhile.',
  })
  commitImport(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CommitImportInput) input: CommitImportInput,
    @Ctx() { data }: Context,
  ): Promise<DataImport> {
    return commitImport(data, id, input);
  }
}

export const DataImportQueries = entityQueries(DataImport, DataImportList, {
  one: 'dataImport',
  many: 'dataImports',
  description: "Your CSV imports (CEI admins: everyone's), newest first.",
  access: IMPORTERS,
});
