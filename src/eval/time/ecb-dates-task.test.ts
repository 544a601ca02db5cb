import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EcbDatesResult } from './ecb-dates-task.js';
import { catXml, timeMarkable } from './ecb-test-xml.js';
import { datesEval } from './gum-dates-task.js';

const code = (expected: string) => (e: unknown) => (e as { code?: string }).code === expected;

test('eval dates needs exactly one of --gum and --ecb', async () => {
  await assert.rejects(datesEval.run({}, []), code('E_USAGE'));
  await assert.rejects(datesEval.run({ gum: 'a', ecb: 'b' }, []), code('E_USAGE'));
});

test('eval dates --ecb needs the sentence list beside the folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ecb-'));
  try {
    mkdirSync(join(dir, 'ECB+', '9'), { recursive: true });
    await assert.rejects(datesEval.run({ ecb: join(dir, 'ECB+') }, []), (e: unknown) => code('E_INPUT_NOT_FOUND')(e) && /ECBplus_coreference_sentences\.csv/.test(String(e)));
    await assert.rejects(datesEval.run({ ecb: join(dir, 'missing') }, []), code('E_INPUT_NOT_FOUND'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval dates --ecb scores recall in the listed sentences and counts the other timexes apart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ecb-'));
  try {
    mkdirSync(join(dir, 'ECB+', '9'), { recursive: true });
    writeFileSync(join(dir, 'ECBplus_coreference_sentences.csv'), 'Topic,File,Sentence Number\n9,1ecb,1\n');
    writeFileSync(join(dir, 'ECB+', '9', '9_1ecb.xml'), catXml('9_1ecb.xml', [
      'The ferry company was founded on March 3 , 2011 .',
      'The ferry sank on Friday after a storm that lasted two hours , the second time in May .',
    ], [timeMarkable('TIME_DATE', 1, 15, 16), timeMarkable('TIME_DURATION', 2, 22, 23), timeMarkable('TIME_REPETITION', 3, 25, 26, 27)].join('\n')));
    const r = (await datesEval.run({ ecb: join(dir, 'ECB+'), errors: true }, [])) as EcbDatesResult;
    assert.equal(r.source, 'ecb');
    assert.equal(r.documents, 1);
    assert.equal(r.anchored, 1);
    assert.deepEqual(r.byType.TIME_DATE, { gold: 1, found: 1, recall: 1 });
    assert.deepEqual(r.byType.TIME_REPETITION, { gold: 1, found: 0, recall: 0 });
    assert.deepEqual(r.headline, { gold: 2, found: 2, recall: 1 });
    assert.deepEqual(r.missed?.map((m) => [m.type, m.words, m.file]), [['TIME_REPETITION', 'the second time', '9_1ecb']]);
    // "March 3, 2011" is outside the listed sentence: neither gold nor counted
    assert.deepEqual(r.withoutGold?.map((e) => e.words), ['May']);
    assert.deepEqual(r.system, { inAnnotatedSentences: 3, overlappingGold: 2 });
    assert.match(datesEval.table(r), /^headline\s+2\s+2\s+100\.0%/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
