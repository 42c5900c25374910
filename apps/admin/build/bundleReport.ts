import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** One JavaScript file of the build, with what it loads. */
interface ChunkFacts {
  file: string;
  bytes: number;
  gzipBytes: number;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
}

/** A set of files the browser loads together, and their total sizes. */
export interface LoadSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** What `dist/bundle-report.json` holds. */
export interface BundleReport {
  /** The first page: the entry and everything it imports statically (the sign-in page). */
  firstPage: LoadSize;
  /** The first screen of a signed-in user: the above, plus the app's and home screen's chunks. */
  signedInFirstPage: LoadSize;
  /** The first page's budget: the build fails over it. */
  budgetGzipBytes: number;
  /** The largest lazily loaded chunks, loaded only by the screens that need them. */
  largestLazyChunks: { file: string; bytes: number; gzipBytes: number }[];
  totalGzipBytes: number;
}

interface Options {
  /** Modules that make a signed-in user's home screen (loaded lazily after sign-in). */
  homeModules: RegExp[];
  budgetGzipBytes: number;
  /** Modules a signed-in user's first screen must not hold (the Spanish, for English readers). */
  lazyModules: RegExp[];
  /** Where to write the table of sizes, between `<!-- bundle-sizes -->` markers (size mode only). */
  sizesFile: URL;
}

/**
 * Measures what the browser downloads for the first page, in bytes and gzip bytes, from the
 * chunk graph the bundler wrote: writes `dist/bundle-report.json`, prints a summary, fails the
 * build when the first page is over its budget or a signed-in user's first screen holds one of
 * `lazyModules`, and under `vite build --mode size` rewrites the table in `sizesFile`
 * (docs/admin.md).
 */
export function bundleReport({
  homeModules,
  budgetGzipBytes,
  lazyModules,
  sizesFile,
}: Options): Plugin {
  let mode = 'production';
  return {
    name: 'cei-bundle-report',
    apply: 'build',
    configResolved(config) {
      mode = config.mode;
    },
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkFacts>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.set(output.fileName, {
          file: output.fileName,
          bytes: Buffer.byteLength(output.code),
          gzipBytes: gzipSync(output.code, { level: 9 }).length,
          isEntry: output.isEntry,
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          moduleIds: output.moduleIds,
        });
      }
      const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
      const firstPage = staticClosure(
        chunks,
        entries.map((chunk) => chunk.file),
      );
      const homeChunks = [...chunks.values()]
        .filter((chunk) =>
          chunk.moduleIds.some((id) => homeModules.some((pattern) => pattern.test(id))),
        )
        .map((chunk) => chunk.file);
      const signedInFirstPage = staticClosure(chunks, [...firstPage, ...homeChunks]);
      const lazy = [...chunks.values()].filter((chunk) => !signedInFirstPage.has(chunk.file));
      const report: BundleReport = {
        firstPage: loadSize(chunks, firstPage),
        signedInFirstPage: loadSize(chunks, signedInFirstPage),
        budgetGzipBytes,
        largestLazyChunks: lazy
          .sort((a, b) => b.gzipBytes - a.gzipBytes)
          .slice(0, 8)
          .map(({ file, bytes, gzipBytes }) => ({ file, bytes, gzipBytes })),
        totalGzipBytes: [...chunks.values()].reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
      };
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-report.json',
        source: `${JSON.stringify(report, null, 2)}\n`,
      });
      this.info(
        `first page ${kb(report.firstPage.gzipBytes)} gzip, signed in ${kb(report.signedInFirstPage.gzipBytes)} gzip (budget ${kb(budgetGzipBytes)})`,
      );
      if (report.firstPage.gzipBytes > budgetGzipBytes) {
        this.error(
          `The first page's JavaScript is ${kb(report.firstPage.gzipBytes)} gzip, over the budget of ${kb(budgetGzipBytes)}: ${report.firstPage.files.join(', ')}.`,
        );
      }
      const early = [...signedInFirstPage].flatMap((file) =>
        (chunks.get(file)?.moduleIds ?? []).filter((id) =>
          lazyModules.some((lazy) => lazy.test(id)),
        ),
      );
      if (early.length > 0) {
        this.error(
          `Loaded with the first screen, though only some readers need it: ${early.join(', ')}.`,
        );
      }
      if (mode === 'size') writeSizesTable(sizesFile, report);
    },
  };
}

function staticClosure(chunks: Map<string, ChunkFacts>, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return seen;
}

function loadSize(chunks: Map<string, ChunkFacts>, files: Set<string>): LoadSize {
  const facts = [...files].map((file) => chunks.get(file)).filter((chunk) => !!chunk);
  return {
    files: facts.map((chunk) => chunk.file).sort(),
    bytes: facts.reduce((sum, chunk) => sum + chunk.bytes, 0),
    gzipBytes: facts.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const START = '<!-- bundle-sizes:start -->';
const END = '<!-- bundle-sizes:end -->';

function writeSizesTable(sizesFile: URL, report: BundleReport): void {
  const text = readFileSync(sizesFile, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${sizesFile.pathname} has no ${START} … ${END}`);
  const row = (what: string, size: { bytes: number; gzipBytes: number }) =>
    `| ${what} | ${kb(size.bytes)} | ${kb(size.gzipBytes)} |`;
  const table = [
    START,
    '| JavaScript | minified | gzip |',
    '| --- | ---: | ---: |',
    row(`First page: sign-in (${report.firstPage.files.length} files)`, report.firstPage),
    row(
      `Signed in: the app and home screen, with the above (${report.signedInFirstPage.files.length} files)`,
      report.signedInFirstPage,
    ),
    ...report.largestLazyChunks
      .slice(0, 5)
      .map((chunk) => row(`Lazy: \`${chunk.file.replace(/-[\w-]{8}\.js$/, '.js')}\``, chunk)),
    `| All JavaScript | | ${kb(report.totalGzipBytes)} |`,
    '',
    `Budget for the first page: ${kb(report.budgetGzipBytes)} gzip (the build fails over it). Written by \`npm run size\` in apps/admin.`,
    END,
  ].join('\n');
  writeFileSync(sizesFile, text.slice(0, start) + table + text.slice(end + END.length));
}
