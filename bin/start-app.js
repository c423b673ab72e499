#!/usr/bin/env node
// `npm start`: opens the app. Electron 45 downloads its binary lazily and nothing in `npm install`
// does it, so this runs Electron's own installer (`install-electron`) when the binary is missing and
// then `electron-vite preview`. Where the download cannot happen (offline, a locked-down machine), it
// starts the same app in the system browser through the loopback preview (`gitpulse serve`) and
// says so in one line. Plain JavaScript with Node built-ins only.
await import('./check-node-version.js');
const { spawn, spawnSync } = await import('node:child_process');
const { existsSync, readFileSync } = await import('node:fs');
const { createRequire } = await import('node:module');
const { dirname, join } = await import('node:path');
const { fileURLToPath } = await import('node:url');

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));
const electronDir = dirname(require.resolve('electron/package.json'));

/** The binary exists where electron's own index.js looks for it (path.txt names it inside dist/). */
function hasElectronBinary() {
  try {
    return existsSync(join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8')));
  } catch {
    return false;
  }
}

function runToEnd(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  // Ctrl+C reaches the child through the terminal; this process only waits for it.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
}

if (!hasElectronBinary() && process.env.GITPULSE_START_BROWSER !== '1') {
  console.error('gitpulse: downloading the Electron binary (first start only)…');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: ['ignore', 'inherit', 'ignore'] });
}

if (hasElectronBinary() && process.env.GITPULSE_START_BROWSER !== '1') {
  runToEnd(process.execPath, [join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'preview']);
} else {
  console.error('gitpulse: Electron could not be downloaded here, so the same app opens in your browser instead (the loopback preview, gitpulse serve).');
  const server = spawn(process.execPath, [join(root, 'bin', 'gitpulse.js'), 'serve'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let printed = '';
  let isOpened = false;
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    printed += chunk.toString();
    const url = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(printed)?.[0];
    if (url && !isOpened) {
      isOpened = true;
      openInBrowser(url);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
}

/** The system's own opener; GITPULSE_NO_BROWSER=1 only prints the address (tests, SSH sessions). */
function openInBrowser(url) {
  if (process.env.GITPULSE_NO_BROWSER === '1') return;
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const opener = spawn(command, args, { stdio: 'ignore', detached: true });
  opener.on('error', () => console.error(`gitpulse: could not open a browser; open ${url.split('#')[0]}#… as printed above.`));
  opener.unref();
}
