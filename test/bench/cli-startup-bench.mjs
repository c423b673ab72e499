// `npm run bench:cli`: how long `gitpulse` takes to start and answer, as a user runs it
// (bin/gitpulse.js, which checks the build is fresh, then the bundle in out/main/cli.js), against a
// throwaway data folder. Prints the median of N runs (`--runs=N`, default 15) with min and max.
// For comparison it also times the same CLI run from source through tsx, the way bin/gitpulse.js
// ran it before it was bundled (that launcher also loaded the whole core for --version, which no
// longer happens either way). Plain JavaScript, so it runs under plain Node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, packageRoot } from '../../bin/build-if-stale.js';

const runsArgument = process.argv.find((arg) => arg.startsWith('--runs='));
const runs = runsArgument ? Number(runsArgument.slice('--runs='.length)) : 15;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${runsArgument}"`);

const binPath = join(packageRoot, 'bin', 'gitpulse.js');
const cliPath = join(packageRoot, 'out', 'main', 'cli.js');
const sourceCliPath = join(packageRoot, 'electron', 'cli', 'main.ts');
const rawImports = fileURLToPath(new URL('./register-raw-imports.mjs', import.meta.url));
const fromSource = ['--import', 'tsx', '--import', rawImports, sourceCliPath];

const cases = [
  { label: 'node -e "" (Node itself, for reference)', args: ['-e', ''] },
  { label: 'gitpulse --version', args: [binPath, '--version'] },
  { label: 'gitpulse course list', args: [binPath, 'course', 'list'] },
  { label: 'node out/main/cli.js --version (no build check)', args: [cliPath, '--version'] },
  { label: 'node out/main/cli.js course list (no build check)', args: [cliPath, 'course', 'list'] },
  { label: 'from source through tsx: --version', args: [...fromSource, '--version'] },
  { label: 'from source through tsx: course list', args: [...fromSource, 'course', 'list'] },
];

ensureBuilt();
const dataDir = mkdtempSync(join(tmpdir(), 'gitpulse-cli-bench-'));
const env = { ...process.env, GITPULSE_DATA_DIR: dataDir, GITLAB_TOKEN: undefined };

function timeRun(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: packageRoot, env, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return elapsed;
}

function median(sorted) {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

try {
  // The first command creates the database and applies the migrations; that is not start-up time.
  const firstRun = timeRun([cliPath, 'course', 'list']);
  console.log(`Node ${process.versions.node}, ${runs} runs each, data folder ${dataDir}`);
  console.log(`(first course list, creating the database: ${firstRun.toFixed(0)} ms, not counted)\n`);
  const rows = [];
  for (const { label, args } of cases) {
    timeRun(args); // warm the OS file cache
    const times = Array.from({ length: runs }, () => timeRun(args)).sort((a, b) => a - b);
    rows.push([label, median(times), times[0], times[times.length - 1]]);
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`${'Command'.padEnd(width)}  median     min     max`);
  for (const [label, med, min, max] of rows) {
    console.log(`${label.padEnd(width)}  ${`${med.toFixed(0)} ms`.padStart(6)}  ${`${min.toFixed(0)} ms`.padStart(6)}  ${`${max.toFixed(0)} ms`.padStart(6)}`);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
