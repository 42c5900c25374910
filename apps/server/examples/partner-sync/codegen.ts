import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the partner example, generated from the committed schema by GraphQL Code Generator
 * (client preset): `pnpm --filter @cei/server exec graphql-codegen --config examples/partner-sync/codegen.ts`.
 * Documents stay strings (`documentMode: 'string'`), so the example needs no GraphQL library
 * at run time, only `fetch`.
 */
const config: CodegenConfig = {
  schema: new URL('../../schema.graphql', import.meta.url).pathname,
  documents: [new URL('./src/sync.ts', import.meta.url).pathname],
  generates: {
    [new URL('./src/gql/', import.meta.url).pathname]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string', JSON: 'unknown' },
      },
    },
  },
};
export default config;
