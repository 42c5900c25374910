// `npm test`: every check and test of every package through turbo, then, when something failed, a
// short account of each failure at the very end of the output.
//
// Turbo streams the packages' output side by side, so a failure in one package scrolls away under
// another package's output long before the run ends, and a CI log often keeps only its tail.
// Turbo keeps each task's whole output in its log file; this reprints the failing part of it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

// `lint:root` is Biome on the whole tree, packages included, so the packages' own `lint` tasks
// (the same check of a part of it, for `npm run lint`) would only repeat it.
const tasks = ['typecheck', 'lint:root', 'lint:cycles', 'test'];
const runsDir = join('.turbo', 'runs');
rmSync(runsDir, { recursive: true, force: true });

const run = spawnSync(
  'turbo',
  ['run', ...tasks, '--continue', '--summarize', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  },
);
const exitCode = run.status ?? 1;
if (exitCode !== 0) printFailures();
process.exit(exitCode);

function printFailures() {
  const summaryFile = existsSync(runsDir)
    ? readdirSync(runsDir).find((f) => f.endsWith('.json'))
    : undefined;
  if (!summaryFile) return;
  const summary = JSON.parse(readFileSync(join(runsDir, summaryFile), 'utf8'));
  const failed = summary.tasks.filter((task) => task.execution && task.execution.exitCode !== 0);
  const failedTests = [];
  for (const task of failed) {
    console.error(`\n━━ ${task.taskId} failed (exit ${task.execution.exitCode}) ━━`);
    if (!task.logFile || !existsSync(task.logFile)) continue;
    const lines = stripVTControlCharacters(readFileSync(task.logFile, 'utf8')).split('\n');
    console.error(failingPart(lines, task.logFile));
    for (const line of lines) {
      if (/^\s*FAIL\s/.test(line) && !failedTests.includes(line.trim()))
        failedTests.push(line.trim());
    }
  }
  // Last, so that even a log cut to its tail names every failed test.
  console.error(`\n━━ failed: ${failed.map((task) => task.taskId).join(', ')} ━━`);
  for (const line of failedTests) console.error(line);
}

/** Vitest's closing account of the failures when there is one, else the log's last lines. */
function failingPart(lines, logFile) {
  const start = lines.findIndex((line) =>
    /⎯+ (Failed Tests|Failed Suites|Unhandled Errors?) \d+/.test(line),
  );
  const part = start >= 0 ? lines.slice(start) : lines.slice(-40);
  const maxLines = 100;
  if (part.length <= maxLines) return part.join('\n');
  return [...part.slice(0, maxLines), `… ${part.length - maxLines} more lines in ${logFile}`].join(
    '\n',
  );
}
