// Run by `npm install` (the `prepare` script): links node_modules/.bin/parley to bin/parley.js, so that `npx parley`
// in the repository runs this checkout directly. With a `bin` entry named `parley` in package.json, npm instead
// installs the checkout into its own cache (~/.npm/_npx) on the first `npx parley`: about 10 s, a cache that must be
// writable, and an entry left broken for good when two runs race or one is interrupted ("Could not read
// package.json: ENOENT"). Hence package.json has no `bin` entry.
import { mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
const link = join(binDir, 'parley');
const target = relative(binDir, join(root, 'bin', 'parley.js'));

function currentTarget() {
  try {
    return readlinkSync(link);
  } catch {
    return null;
  }
}

if (currentTarget() !== target) {
  mkdirSync(binDir, { recursive: true });
  rmSync(link, { force: true });
  symlinkSync(target, link);
}
