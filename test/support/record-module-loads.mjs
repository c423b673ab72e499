// Preloaded with `node --import` by the CLI start-up tests: records the URL of every module the
// process resolves (import and require alike) and prints them as one JSON line on stderr at exit.
import { writeSync } from 'node:fs';
import { registerHooks } from 'node:module';

const urls = [];
registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    urls.push(result.url);
    return result;
  },
});
// Written synchronously: at exit an asynchronous write to a pipe is cut at the pipe's buffer size.
process.on('exit', () => writeSync(2, `\nmodules: ${JSON.stringify([...new Set(urls)])}\n`));
