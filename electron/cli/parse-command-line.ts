import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Commands named by two words, such as `course add` or `alias list`. */
const twoWordCommands = new Set(['course', 'alias', 'exclude', 'iteration', 'relay', 'rubric', 'grade']);

export interface CommandLine {
  dataDir: string | undefined;
  words: string[];
  rest: string[];
  isHelp: boolean;
  isVersion: boolean;
}

/**
 * Splits off the global options (which may stand anywhere) and the command words; the command's own
 * options are parsed strictly later by parseCommandOptions, so a misspelt flag is an error, not ignored.
 */
export function parseCommandLine(argv: string[]): CommandLine {
  let dataDir: string | undefined;
  const remaining: string[] = [];
  let isHelp = false;
  let isVersion = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError('--data-dir needs a folder path', 2);
      dataDir = value;
      i += 1;
    } else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else if (arg === '--help' || arg === '-h') isHelp = true;
    else if (arg === '--version') isVersion = true;
    else remaining.push(arg);
  }
  const words: string[] = [];
  while (
    remaining.length > 0 &&
    !(remaining[0] as string).startsWith('-') &&
    words.length < (words[0] !== undefined && twoWordCommands.has(words[0]) ? 2 : 1)
  ) {
    words.push(remaining.shift() as string);
  }
  return { dataDir, words, rest: remaining, isHelp, isVersion };
}

/**
 * Joins `--flag -5` into `--flag=-5` for the flags that take a value: node's parser calls a value that
 * starts with a dash "ambiguous", which hides the message the command's own check gives (a number
 * from 1 to 100000, not "-5").
 */
function joinNegativeValues(args: string[], options: OptionSpec): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    if (name !== null && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else joined.push(arg);
  }
  return joined;
}

export function parseCommandOptions<O extends OptionSpec>(command: string, args: string[], options: O, positionals = 0) {
  try {
    const parsed = parseArgs({ args: joinNegativeValues(args, options), options, strict: true, allowPositionals: positionals > 0 });
    if (parsed.positionals.length > positionals) throw new CliError(`${command}: unexpected argument "${parsed.positionals[positionals]}"`, 2);
    return parsed;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const message = (error as Error).message.split('\n')[0] ?? 'bad arguments';
    throw new CliError(`${command}: ${message.replace(/\. To specify.*$/, '')}`, 2);
  }
}
