import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeEval } from './task.js';

const isUsage = (e: unknown) => (e as { code?: string }).code === 'E_USAGE';

test('eval time needs exactly one of --timeml and --meantime', async () => {
  await assert.rejects(timeEval.run({}, []), isUsage);
  await assert.rejects(timeEval.run({ timeml: 'a', meantime: 'b' }, []), isUsage);
});

// Written for this test: a dated and an undated article in CAT XML, in two sub-corpora.
const cat = (dct: string) => `<Document doc_id="1" doc_name="x" lang="en" url="">
<token number="0" sentence="0" t_id="1">Airline</token>
<token number="1" sentence="0" t_id="2">orders</token>
<token number="2" sentence="0" t_id="3">jets</token>
<token number="3" sentence="1" t_id="4">March</token>
<token number="4" sentence="1" t_id="5">3</token>
<token number="5" sentence="2" t_id="6">The</token>
<token number="6" sentence="2" t_id="7">order</token>
<token number="7" sentence="2" t_id="8">was</token>
<token number="8" sentence="2" t_id="9">signed</token>
<token number="9" sentence="2" t_id="10">Monday</token>
<token number="10" sentence="2" t_id="11">.</token>
<Markables>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2008-03-03"><token_anchor t_id="10"/></TIMEX3>
${dct}
</Markables>
</Document>`;

test('eval time --meantime scores each sub-corpus and counts the documents without a creation time as skipped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-meantime-'));
  try {
    for (const sub of ['corpus_a', 'corpus_b']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'corpus_a', '1_dated.xml'), cat('<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2008-03-03"><token_anchor t_id="4"/><token_anchor t_id="5"/></TIMEX3>'));
    writeFileSync(join(dir, 'corpus_b', '2_undated.xml'), cat(''));
    const r = await timeEval.run({ meantime: dir }, []);
    assert.equal(r.documents, 1);
    assert.equal(r.skipped, 1);
    assert.equal(r.timexes, 1);
    assert.deepEqual(Object.keys(r.bySubset ?? {}), ['corpus_a', 'corpus_b']);
    assert.equal(r.bySubset?.corpus_b.documents, 0);
    assert.match(timeEval.table(r), /\(1 document without a creation time skipped\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
