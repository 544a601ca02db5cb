import { ParleyError } from '../model/errors.js';

/** The version of a format name such as 'parley.ner/4', or null when it is not one of ours. */
function versionOf(format: unknown, family: string): number | null {
  if (typeof format !== 'string' || !format.startsWith(`${family}/`)) return null;
  const version = Number(format.slice(family.length + 1));
  return Number.isInteger(version) ? version : null;
}

/**
 * Checks that a model file is in the format this build reads. A file newer than the code means the compiled
 * code is stale (a checkout updated without `npm install`), which retraining would not mend; an older or
 * foreign file is rebuilt with `retrain`.
 */
export function checkModelFormat(what: string, found: unknown, expected: string, retrain: string): void {
  if (found === expected) return;
  const family = expected.slice(0, expected.lastIndexOf('/'));
  const have = versionOf(found, family);
  const want = versionOf(expected, family);
  if (have !== null && want !== null && have > want) {
    throw new ParleyError('E_RESOURCE', `the ${what} is in format ${String(found)}, newer than this build reads (${expected}): the compiled code is out of date; run \`npm install\` in the Parley folder (it recompiles dist/)`);
  }
  throw new ParleyError('E_RESOURCE', `the ${what} is in format ${JSON.stringify(found ?? null)}, not ${expected}; run '${retrain}' to rebuild it`);
}
