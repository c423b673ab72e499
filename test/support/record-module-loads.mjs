// Preloaded with `node --import` by the CLI start-up tests: records the URL of every module the
// process resolves (import and require alike) and prints them as one JSON line on stderr at exit.
import { registerHooks } from 'node:module';

const urls = [];
registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    urls.push(result.url);
    return result;
  },
});
process.on('exit', () => process.stderr.write(`\nmodules: ${JSON.stringify(urls)}\n`));
