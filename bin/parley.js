#!/usr/bin/env node
// The CLI runs from the compiled dist/; a checkout that was updated without `npm install` (which installs the
// dependencies and compiles) gets one line saying so, not a module-resolution stack trace.
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  const missing = /Cannot find (?:package|module) '([^']+)'/.exec(error.message)?.[1] ?? 'a module';
  process.stderr.write(`parley: E_NOT_INSTALLED: ${missing} is missing; run \`npm install\` in the Parley folder (it installs the dependencies and compiles dist/)\n`);
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
