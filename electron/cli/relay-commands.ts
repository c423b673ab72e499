import type { RelayStatus } from '../../shared/api/relay-api';
import type { Core } from '../core/core';
import { callCore } from './call-core';
import { CliError } from './cli-error';
import { readAllOfStdin, readHiddenLine, type ConnectionCommandIo } from './connection-commands';
import { sanitizeCell } from './format-table';
import { parseCommandOptions } from './parse-command-line';

const stateText: Record<RelayStatus['state'], string> = {
  off: 'not set up',
  live: 'live (long-polling)',
  down: 'down (scheduled syncs carry on)',
  idle: 'set up (this command does not poll; the app and gitpulse serve do)',
};

function printStatus(status: RelayStatus, print: (text: string) => void): void {
  if (!status.isConfigured) {
    print('No relay is set up. Run: gitpulse relay connect --url URL (client token on stdin or in GITPULSE_RELAY_TOKEN)');
    return;
  }
  print(`Relay:       ${sanitizeCell(status.url ?? '')}`);
  print(`State:       ${stateText[status.state]}`);
  print(`Token:       ${status.tokenSource === 'environment' ? 'GITPULSE_RELAY_TOKEN' : status.tokenSource === 'keychain' ? 'OS keychain' : 'missing'}`);
  print(`Last event:  ${status.lastEventAt ?? 'none yet'}`);
  print(`Last pull:   ${status.lastPulledAt ?? 'never'}`);
  print(`Cursor:      ${status.cursor} (${status.appliedCount} applied, ${status.ignoredCount} ignored)`);
  if (status.lastError) print(`Last error:  ${sanitizeCell(status.lastError)}`);
}

/** `gitpulse relay connect|status|pull`: the webhook relay the app pulls GitLab's events from. */
export async function runRelayCommand(
  core: Core,
  subcommand: string,
  rest: string[],
  io: ConnectionCommandIo,
  env: Record<string, string | undefined>,
): Promise<void> {
  const print = (text: string): void => {
    io.stdout.write(`${text}\n`);
  };
  switch (subcommand) {
    case 'connect': {
      const { values } = parseCommandOptions('relay connect', rest, { url: { type: 'string' } });
      if (!values.url) throw new CliError('relay connect: --url URL is required', 2);
      // GITPULSE_RELAY_TOKEN is for headless hosts: used as is and never written to the keychain.
      let token: string | undefined;
      if (!env.GITPULSE_RELAY_TOKEN?.trim()) {
        const text = io.stdin.isTTY ? await readHiddenLine(io, `Relay client token for ${values.url} (input hidden): `) : await readAllOfStdin(io.stdin);
        token = text.trim();
        if (!token)
          throw new CliError(
            `relay connect: no token given. Pipe it in, e.g. printf %s "$TOKEN" | gitpulse relay connect --url ${values.url}, or set GITPULSE_RELAY_TOKEN`,
            2,
          );
      }
      const status = await callCore(core, 'relay.connect', { url: values.url, ...(token ? { token } : {}) });
      print(`The relay at ${sanitizeCell(status.url ?? values.url)} accepted the client token.${token ? ' Saved it in the OS keychain.' : ''}`);
      return;
    }
    case 'status': {
      const { values } = parseCommandOptions('relay status', rest, { json: { type: 'boolean' } });
      const status = await callCore(core, 'relay.status', {});
      if (values.json) return print(JSON.stringify(status, null, 2));
      printStatus(status, print);
      return;
    }
    case 'pull': {
      const { values } = parseCommandOptions('relay pull', rest, { course: { type: 'string' }, json: { type: 'boolean' } });
      const result = await callCore(core, 'relay.pull', values.course ? { course: values.course } : {});
      if (values.json) return print(JSON.stringify(result));
      const forCourse = result.appliedToCourse === null ? '' : ` (${result.appliedToCourse} for ${sanitizeCell(values.course ?? '')})`;
      print(
        `Applied ${result.applied} events${forCourse}; ignored ${result.ignored} for projects in no course and ${result.skipped} with nothing to store. Cursor ${result.cursor}.`,
      );
      if (result.applied > 0) print('Run gitpulse sync to fill in what webhooks leave out (merge times, commit stats, test reports).');
      return;
    }
    default:
      throw new CliError(`relay: unknown subcommand "${subcommand}" (connect, status, pull)`, 2);
  }
}
