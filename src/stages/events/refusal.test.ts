import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rejectionCode } from './refusal.js';

/** The CAMEO codebook's rejections of each act of cooperation (codebook 1.1b3, root 12). */
const REJECTIONS: ReadonlyArray<[act: string, rejection: string | null]> = [
  ['040', '125'], ['036', '125'], ['045', '126'], ['038', '126'], ['057', '127'], ['037', '127'],
  ['051', '120'], ['030', '120'], ['054', '120'],
  ['061', '1211'], ['062', '1212'], ['060', '121'], ['0311', '1211'],
  ['071', '1221'], ['0333', '1223'], ['070', '122'],
  ['0831', '1231'], ['0344', '1234'],
  ['081', '1241'], ['0352', '1242'], ['0841', '1243'], ['085', '1244'], ['086', '1245'], ['0874', '1246'], ['080', '124'],
  ['111', null], ['190', null], ['010', null], ['020', null],
];

test('a refused act of cooperation is coded as the codebook\'s rejection of it; other acts have none', () => {
  for (const [act, rejection] of REJECTIONS) assert.equal(rejectionCode(act), rejection, act);
});
