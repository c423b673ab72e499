/** A command as the shell would start it: the program's file name (no folder) and its arguments. */
export interface ShellCommand {
  program: string;
  args: string[];
}

/**
 * The commands one script line runs, and only those. The rule, so that `pip install pytest` or
 * `echo eslint` is not taken for running pytest or eslint:
 * - a line splits into commands at unquoted `&&`, `||`, `;`, `|`, `&`, parentheses, `$(` and backticks; an unquoted `#` that starts a word ends the line (a shell comment);
 * - within a command, words that only start another program are skipped: variable assignments
 *   (`CI=true`), `sudo`, `time`, `env`, `exec`, `nohup`, `nice`, `command`, `timeout DURATION`,
 *   shell keywords (`if`, `then`, `do`, `else`, `!`, `{`, ...), `python -m`, `coverage run -m`, `npx`,
 *   `pnpx`, `bunx`, `uvx`, and `npm exec`, `pnpm exec`/`dlx`, `yarn exec`/`dlx`, `poetry run`,
 *   `pipenv run`, `uv run`, `pdm run`, `hatch run`, `bundle exec`;
 * - the next word is the program, taken without its folder (`./vendor/bin/phpunit` is `phpunit`,
 *   `./gradlew` is `gradlew`); the tables of runners, linters and scanners match on it and its
 *   arguments, never on a word elsewhere in the line.
 */
export function splitShellCommands(line: string): ShellCommand[] {
  return splitIntoWordLists(line).flatMap((words) => {
    const command = skipLaunchers(words);
    return command ? [command] : [];
  });
}

function splitIntoWordLists(line: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let hasWord = false;
  let quote: '"' | "'" | null = null;
  const endWord = (): void => {
    if (hasWord) words.push(word);
    word = '';
    hasWord = false;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i] as string;
    if (quote !== null) {
      if (char === quote) quote = null;
      else if (char === '\\' && quote === '"' && i + 1 < line.length) word += line[(i += 1)];
      else word += char;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      hasWord = true;
    } else if (char === '\\' && i + 1 < line.length) {
      word += line[(i += 1)];
      hasWord = true;
    } else if (/\s/.test(char)) endWord();
    else if (char === '#' && !hasWord) break;
    else if ('&|;()`'.includes(char) || (char === '$' && line[i + 1] === '(')) {
      endCommand();
      if (char === '$') i += 1;
    } else {
      word += char;
      hasWord = true;
    }
  }
  endCommand();
  return commands;
}

const simpleLaunchers = new Set([
  'sudo',
  'time',
  'env',
  'exec',
  'nohup',
  'nice',
  'command',
  'builtin',
  'if',
  'then',
  'do',
  'else',
  'elif',
  'while',
  'until',
  '!',
  '{',
]);
const wordLaunchers = new Map([
  ['npm', 'exec'],
  ['pnpm', 'exec'],
  ['yarn', 'exec'],
  ['poetry', 'run'],
  ['pipenv', 'run'],
  ['uv', 'run'],
  ['pdm', 'run'],
  ['hatch', 'run'],
  ['bundle', 'exec'],
]);
const dlxLaunchers = new Set(['pnpm', 'yarn']);
const packageRunners = new Set(['npx', 'pnpx', 'bunx', 'uvx']);

function skipLaunchers(words: string[]): ShellCommand | null {
  let i = 0;
  const skipFlags = (): void => {
    while (words[i]?.startsWith('-') && words[i] !== '--') i += 1;
    if (words[i] === '--') i += 1;
  };
  for (let guard = 0; guard < words.length && i < words.length; guard += 1) {
    const word = words[i] as string;
    const name = baseName(word);
    const next = words[i + 1];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || simpleLaunchers.has(name)) {
      i += 1;
      if (name === 'sudo' || name === 'env' || name === 'nice') skipFlags();
    } else if (name === 'timeout') {
      i += 1;
      skipFlags();
      i += 1;
    } else if (/^python[0-9.]*$/.test(name) && next === '-m') {
      i += 2;
    } else if (name === 'coverage' && next === 'run') {
      const module = words.indexOf('-m', i + 2);
      if (module === -1) break;
      i = module + 1;
    } else if (packageRunners.has(name)) {
      i += 1;
      skipFlags();
    } else if (next !== undefined && (wordLaunchers.get(name) === next || (dlxLaunchers.has(name) && next === 'dlx'))) {
      i += 2;
      skipFlags();
    } else break;
  }
  const program = words[i];
  return program === undefined ? null : { program: baseName(program), args: words.slice(i + 1) };
}

function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1).replace(/\.(exe|bat|cmd)$/i, '');
}

/** The arguments that are not options, e.g. `test` in `go test -v ./...`. */
export function positionalArgs(command: ShellCommand): string[] {
  return command.args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('+'));
}

/** A Gradle task's own name: `:server:test` is `test`. */
export function taskName(arg: string): string {
  return arg.slice(arg.lastIndexOf(':') + 1);
}
