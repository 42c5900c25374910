import { DataImport } from './data-import.entity.js';
import { DataImportQueries, DataImportResolver } from './import.resolver.js';

export const entities = [DataImport];
export const resolvers = [DataImportQueries, DataImportResolver];
