import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../core/core';
import { startPreviewServer } from '../server/start-preview-server';
import { CliError } from './cli-error';

/** Serves the app to a browser until Ctrl+C; the core stays open for the server's whole life. */
export async function serveCommand(core: Core, rendererDir: string, portText: string | undefined, print: (text: string) => void): Promise<void> {
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`serve: --port must be a number from 0 to 65535, not "${portText}"`, 2);
  if (!existsSync(join(rendererDir, 'index.html'))) throw new CliError('serve: the app is not built yet; run npm run build first');
  let server;
  try {
    server = await startPreviewServer({ core, rendererDir, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'EADDRINUSE' ? `serve: port ${port} is already in use` : `serve: ${(error as Error).message}`);
  }
  print(`GitPulse is running. Open this address in your browser:\n${server.url}\nPress Ctrl+C to stop.`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
