import { parseRelayOptions, usage, UsageError } from './config/parse-relay-options';
import { startRelay } from './start-relay';

/** The `gitpulse-relay` command: parse, start, print the URL, stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let options;
  try {
    options = parseRelayOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`gitpulse-relay: ${error.message}`);
    process.exit(2);
  }
  if ('help' in options) {
    console.log(usage);
    return;
  }
  const relay = await startRelay(options);
  console.log(`gitpulse-relay listening on ${relay.url}`);
  const stop = () => {
    relay.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`gitpulse-relay: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`gitpulse-relay: ${(error as Error).message}`);
  process.exit(1);
});
