import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, cliPath, runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

const packageVersion = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const recordModuleLoads = fileURLToPath(new URL('../../support/record-module-loads.mjs', import.meta.url));

/** Runs the built CLI with every module it resolves recorded; returns the run and those URLs. */
async function runRecordingModules(args: string[]) {
  const run = await runCli(args, {}, undefined, ['--import', recordModuleLoads, cliPath]);
  const line = run.stderr.split('\n').find((l) => l.startsWith('modules: '));
  if (!line) throw new Error(`no module list on stderr: ${run.stderr}`);
  return { run, modules: JSON.parse(line.slice('modules: '.length)) as string[] };
}

/** A string of echarts' own code. The build bundles echarts into out/main, so it loads as a chunk, not from node_modules. */
const echartsMarker = '_echarts_instance_';
const chunksDir = fileURLToPath(new URL('../../../out/main/chunks/', import.meta.url));

/** Which of the export libraries a run loaded: exceljs and playwright-core from node_modules, echarts inside a chunk. */
function findExportLibraries(modules: string[]): string[] {
  const files = modules.filter((url) => url.startsWith('file:'));
  const external = ['exceljs', 'playwright-core'].filter((name) => files.some((url) => url.includes(`/node_modules/${name}/`)));
  const hasEcharts = files.some(
    (url) => url.includes('/node_modules/echarts/') || (url.includes('/out/main/') && readFileSync(fileURLToPath(url), 'utf8').includes(echartsMarker)),
  );
  return hasEcharts ? [...external, 'echarts'] : external;
}

describe('gitpulse --version and --help', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('print the version from package.json without touching the data folder', async () => {
    // A file where the data folder should be: opening the core there would fail.
    const notAFolder = join(temp.path, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const version = await runCli(['--data-dir', notAFolder, '--version']);
    expect(version).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });

    const fresh = join(temp.path, 'fresh');
    const help = await runCli(['--help'], { GITPULSE_DATA_DIR: fresh });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: gitpulse/);
    expect((await runCli(['--version'], { GITPULSE_DATA_DIR: fresh })).stdout).toBe(`${packageVersion}\n`);
    expect(existsSync(fresh)).toBe(false);
  });

  it('load neither the core nor any dependency, which only commands that need them load', async () => {
    for (const args of [['--version'], ['--help']]) {
      const { run, modules } = await runRecordingModules(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(
        modules.filter((url) => url.startsWith('file:') && !url.includes('/out/main/')),
        args.join(' '),
      ).toEqual([]);
      expect(
        modules.some((url) => url.includes('/out/main/chunks/') && !url.includes('app-version')),
        args.join(' '),
      ).toBe(false);
    }
    // The same recording shows the core when a command needs it.
    const { run, modules } = await runRecordingModules(['--data-dir', join(temp.path, 'data'), 'course', 'list']);
    expect(run.code, run.stderr).toBe(0);
    expect(modules.some((url) => url.includes('/node_modules/better-sqlite3/'))).toBe(true);
  });

  it('run through bin/gitpulse.js, the installed command, once the build is up to date', async () => {
    const run = await runCli(['--version'], {}, undefined, [binPath]);
    expect(run).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });
  });
});

describe('gitpulse course list', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('lists courses without loading exceljs, playwright-core or echarts, which an export loads for its format', async () => {
    const dataDir = join(temp.path, 'data');
    expect((await runCli(['--data-dir', dataDir, 'demo'])).code).toBe(0);
    // The marker is in the build, so finding it nowhere below means echarts was not loaded.
    expect(readdirSync(chunksDir).some((name) => readFileSync(join(chunksDir, name), 'utf8').includes(echartsMarker))).toBe(true);

    const list = await runRecordingModules(['--data-dir', dataDir, 'course', 'list']);
    expect(list.run.code, list.run.stderr).toBe(0);
    expect(list.run.stdout).toContain('demo');
    expect(findExportLibraries(list.modules)).toEqual([]);

    const out = join(temp.path, 'grades.xlsx');
    const xlsx = await runRecordingModules(['--data-dir', dataDir, 'export', '--format', 'xlsx', '--out', out]);
    expect(xlsx.run.code, xlsx.run.stderr).toBe(0);
    // An .xlsx file is a zip archive, which starts with "PK".
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(findExportLibraries(xlsx.modules)).toEqual(['exceljs']);
  });
});
