import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findStaleness } from '../../../bin/build-if-stale.js';
import { makeTempDir } from '../../support/temp-dir';

const built = new Date('2026-03-01T12:00:00Z');
const before = new Date('2026-03-01T11:00:00Z');
const after = new Date('2026-03-01T13:00:00Z');

describe('findStaleness', () => {
  let temp: ReturnType<typeof makeTempDir>;
  const write = (path: string, time: Date) => {
    const target = join(temp.path, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, '');
    utimesSync(target, time, time);
  };
  const touchDirs = (time: Date) => {
    for (const dir of ['electron', 'electron/cli', 'shared', 'renderer']) utimesSync(join(temp.path, dir), time, time);
  };

  beforeEach(() => {
    temp = makeTempDir();
    write('electron/cli/main.ts', before);
    write('shared/README.md', before);
    write('renderer/index.html', before);
    write('package.json', before);
    write('electron.vite.config.ts', before);
    touchDirs(before);
    write('out/main/cli.js', built);
    write('out/renderer/index.html', built);
  });
  afterEach(() => temp.cleanup());

  it('finds nothing to do when every output is newer than every source', () => {
    expect(findStaleness(temp.path)).toBeNull();
  });

  it('builds when an output is missing', () => {
    rmSync(join(temp.path, 'out/renderer/index.html'));
    expect(findStaleness(temp.path)).toMatch(/out\/renderer\/index\.html is missing/);
    rmSync(join(temp.path, 'out'), { recursive: true });
    expect(findStaleness(temp.path)).toMatch(/out\/main\/cli\.js is missing/);
  });

  it('builds when a source, the build config or package.json changed after the build', () => {
    write('electron/cli/main.ts', after);
    expect(findStaleness(temp.path)).toBe('electron/cli/main.ts changed since the last build');
    write('electron/cli/main.ts', before);
    write('electron.vite.config.ts', after);
    expect(findStaleness(temp.path)).toBe('electron.vite.config.ts changed since the last build');
  });

  it('notices a file deleted or added since the build by its folder', () => {
    utimesSync(join(temp.path, 'electron/cli'), after, after);
    expect(findStaleness(temp.path)).toBe('electron/cli changed since the last build');
  });

  it('ignores edits to the READMEs, which the build does not read', () => {
    write('shared/README.md', after);
    expect(findStaleness(temp.path)).toBeNull();
  });

  it('counts the oldest output as the time of the build', () => {
    write('out/main/cli.js', before);
    write('renderer/index.html', new Date('2026-03-01T11:30:00Z'));
    expect(findStaleness(temp.path)).toBe('renderer/index.html changed since the last build');
  });
});
