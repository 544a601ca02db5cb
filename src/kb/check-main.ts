import { checkKb } from './check.js';

/** `npm run kb:check`: prints every problem in data/kb/ and exits 1 if there is any. */
const problems = checkKb();
for (const problem of problems) console.log(problem);
console.log(problems.length === 0 ? 'kb:check: no problems' : `kb:check: ${problems.length} problem(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
