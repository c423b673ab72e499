import { resolve } from 'node:path';
import type { ConnectionTest } from '../../shared/domain/connection';
import type { Core } from '../core/core';
import { callCore, type CliIo } from './call-core';
import { CliError } from './cli-error';
import { sanitizeCell } from './format-table';
import { parseCommandOptions } from './parse-command-line';

export interface ConnectionCommandIo extends CliIo {
  stdin: NodeJS.ReadStream;
}

/** Pipes and files: the whole of stdin, so `printf %s "$TOKEN" | gitpulse connect ...` works with or without a newline. */
export async function readAllOfStdin(stdin: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** A terminal: one line typed or pasted without echo, so the token stays off the screen and out of scrollback. */
export function readHiddenLine(io: ConnectionCommandIo, prompt: string): Promise<string> {
  const { stdin, stderr } = io;
  stderr.write(prompt);
  return new Promise((done, fail) => {
    let line = '';
    const finish = (error?: CliError) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      if (error) fail(error);
      else done(line);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new CliError('connect: cancelled', 130));
        if (char === '\u007f' || char === '\b') line = line.slice(0, -1);
        else if (char >= ' ') line += char;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

async function readTokenInput(io: ConnectionCommandIo, gitlabUrl: string): Promise<string> {
  const text = io.stdin.isTTY ? await readHiddenLine(io, `GitLab token for ${gitlabUrl} (read_api scope; input hidden): `) : await readAllOfStdin(io.stdin);
  const token = text.trim();
  if (!token) {
    throw new CliError(
      `connect: no token given. Pipe it in, e.g. printf %s "$TOKEN" | gitpulse connect --gitlab-url ${gitlabUrl}, or use --test to check the saved one`,
      2,
    );
  }
  return token;
}

function parseRequestsPerMinute(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 100_000)
    throw new CliError(`connect: --requests-per-minute must be a whole number from 1 to 100000, not "${text}"`, 2);
  return value;
}

function describeExpiry(result: ConnectionTest): string {
  if (result.tokenExpiresAt === null) return result.scopes.length ? 'never' : 'unknown';
  const days = result.expiresInDays ?? 0;
  return `${result.tokenExpiresAt} (in ${days} ${days === 1 ? 'day' : 'days'})`;
}

function printConnectionTest(result: ConnectionTest, print: (text: string) => void): void {
  print(sanitizeCell(result.message));
  print(`  Scopes:   ${result.scopes.length ? result.scopes.join(', ') : 'unknown'}`);
  print(`  Expires:  ${describeExpiry(result)}`);
  for (const warning of result.warnings) print(`  Warning:  ${sanitizeCell(warning)}`);
}

async function connect(core: Core, rest: string[], io: ConnectionCommandIo, print: (text: string) => void): Promise<void> {
  const { values } = parseCommandOptions('connect', rest, {
    'gitlab-url': { type: 'string' },
    test: { type: 'boolean' },
    'requests-per-minute': { type: 'string' },
    'ca-file': { type: 'string' },
  });
  const gitlabUrl = values['gitlab-url'];
  if (!gitlabUrl) throw new CliError('connect: --gitlab-url URL is required', 2);
  const requestsPerMinute = parseRequestsPerMinute(values['requests-per-minute']);
  if (values['ca-file'] === '') throw new CliError('connect: --ca-file needs a PEM file path', 2);
  const settings = {
    ...(requestsPerMinute !== undefined ? { requestsPerMinute } : {}),
    // The core may run elsewhere than this shell's folder; it gets an absolute path.
    ...(values['ca-file'] !== undefined ? { caFile: resolve(values['ca-file']) } : {}),
  };
  let result: ConnectionTest;
  if (values.test) {
    // Settings given with --test are saved too: they are part of what gets tested.
    const hasSettings = Object.keys(settings).length > 0;
    result = hasSettings ? await callCore(core, 'connections.save', { gitlabUrl, ...settings }) : await callCore(core, 'connections.test', { gitlabUrl });
  } else {
    const token = await readTokenInput(io, gitlabUrl);
    result = await callCore(core, 'connections.save', { gitlabUrl, token, ...settings });
  }
  if (!result.ok) throw new CliError(sanitizeCell(result.message));
  printConnectionTest(result, print);
  if (!values.test) print('Saved the token in the OS keychain.');
}

/** `gitpulse connect` and `gitpulse disconnect`: a GitLab instance's token in and out of the OS keychain. */
export async function runConnectionCommand(core: Core, command: 'connect' | 'disconnect', rest: string[], io: ConnectionCommandIo): Promise<void> {
  const print = (text: string): void => {
    io.stdout.write(`${text}\n`);
  };
  if (command === 'connect') return connect(core, rest, io, print);
  const { values } = parseCommandOptions('disconnect', rest, { 'gitlab-url': { type: 'string' } });
  if (!values['gitlab-url']) throw new CliError('disconnect: --gitlab-url URL is required', 2);
  const { removed } = await callCore(core, 'connections.remove', { gitlabUrl: values['gitlab-url'] });
  print(`Removed the connection to ${removed} and its saved token.`);
}
