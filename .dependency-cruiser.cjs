/**
 * The import-cycle check of `npm test` (dependency-cruiser, `lint:cycles`). Type-only imports
 * are erased at compile time and are left out. Entities may form cycles among themselves alone:
 * MikroORM 7 names a relation's target by its class, through a callback (`() => Team`) it calls
 * once every module has loaded, and no longer by a string; a cycle through any other module fails.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import cycle: modules that need each other to load. Move what both need into a third.',
      from: { pathNot: '\\.entity\\.ts$' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
  },
};
