import { describe, expect, it } from 'vitest';
import { CliError } from '../../../electron/cli/cli-error';
import { parseCommandLine, parseCommandOptions } from '../../../electron/cli/parse-command-line';

describe('parseCommandLine', () => {
  it('takes --data-dir wherever it stands and splits the command words', () => {
    expect(parseCommandLine(['course', 'add', 'se', '--data-dir', '/d', '--group', 'g'])).toMatchObject({
      dataDir: '/d',
      words: ['course', 'add'],
      rest: ['se', '--group', 'g'],
    });
    expect(parseCommandLine(['--data-dir=/x', 'sync', '--json'])).toMatchObject({ dataDir: '/x', words: ['sync'], rest: ['--json'] });
  });

  it('rejects --data-dir without a value', () => {
    expect(() => parseCommandLine(['sync', '--data-dir'])).toThrow(CliError);
  });
});

describe('parseCommandOptions', () => {
  it('rejects an unknown flag with a usage error', () => {
    try {
      parseCommandOptions('sync', ['--jsn'], { json: { type: 'boolean' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).message).toMatch(/^sync: .*--jsn/);
    }
  });

  it('collects repeated --project flags', () => {
    const { values } = parseCommandOptions('course add', ['n', '--project', 'a/b', '--project', 'a/c'], { project: { type: 'string', multiple: true } }, 1);
    expect(values.project).toEqual(['a/b', 'a/c']);
  });
});
