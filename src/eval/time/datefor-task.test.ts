import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dateForEval } from './datefor-task.js';

const isUsage = (e: unknown) => (e as { code?: string }).code === 'E_USAGE';

test('eval datefor needs exactly one of --timeml and --meantime', async () => {
  await assert.rejects(dateForEval.run({}, []), isUsage);
  await assert.rejects(dateForEval.run({ timeml: 'a', meantime: 'b' }, []), isUsage);
});

// Written for this test: "The airline said Monday it ordered 20 jets." in CAT XML, with the link
// written from the timex ("Monday INCLUDES said"), as MEANTIME often writes them.
const WORDS = ['Airline', 'orders', 'jets', 'March', '3', 'The', 'airline', 'said', 'Monday', 'it', 'ordered', '20', 'jets', '.'];
const SENTENCE_OF = [0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2];
const cat = (dct: string) => `<Document doc_id="1" doc_name="x" lang="en" url="">
${WORDS.map((w, i) => `<token number="${i}" sentence="${SENTENCE_OF[i]}" t_id="${i + 1}">${w}</token>`).join('\n')}
<Markables>
<EVENT_MENTION m_id="5" pred="say"><token_anchor t_id="8"/></EVENT_MENTION>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2008-03-03"><token_anchor t_id="9"/></TIMEX3>
${dct}
<EVENT class="SPEECH_COGNITIVE" m_id="20"/>
</Markables>
<Relations>
<TLINK reltype="INCLUDES"><source m_id="2"/><target m_id="5"/></TLINK>
<REFERS_TO><source m_id="5"/><target m_id="20"/></REFERS_TO>
</Relations>
</Document>`;

test('eval datefor --meantime counts each sub-corpus, SPEECH_COGNITIVE events as REPORTING, and skips undated files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-datefor-'));
  try {
    for (const sub of ['corpus_a', 'corpus_b']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'corpus_a', '1_dated.xml'), cat('<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2008-03-03"><token_anchor t_id="4"/><token_anchor t_id="5"/></TIMEX3>'));
    writeFileSync(join(dir, 'corpus_b', '2_undated.xml'), cat(''));
    const r = await dateForEval.run({ meantime: dir }, []);
    assert.equal(r.documents, 1);
    assert.equal(r.skipped, 1);
    assert.deepEqual(r.inclusion, { links: 1, picked: 1, rate: 1 });
    assert.deepEqual(r.reporting.inclusion, { links: 1, picked: 1, rate: 1 });
    assert.deepEqual(Object.keys(r.bySubset ?? {}), ['corpus_a', 'corpus_b']);
    assert.match(dateForEval.table(r), /\(1 document without a creation time skipped\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Written for this test: a story that says when once ("On Friday") and goes on in the past tense.
const STORY = `<?xml version="1.0" ?>
<TimeML>
<DOCID>story</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-07-12" temporalFunction="false" functionInDocument="CREATION_TIME">2020-07-12</TIMEX3></DCT>
<TEXT>
On <TIMEX3 tid="t1" type="DATE" value="2020-07-10">Friday</TIMEX3>, protesters <EVENT eid="e1" class="OCCURRENCE">clashed</EVENT> with police in Belgrade. Police <EVENT eid="e2" class="OCCURRENCE">fired</EVENT> tear gas at the crowd. The city <EVENT eid="e3" class="STATE">remains</EVENT> calm.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PRESENT" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="SIMULTANEOUS" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
<TLINK lid="l3" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei3"/>
</TimeML>
`;

test('eval datefor counts past acts with no day of their own: the publication date against the day the story has reached', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-datefor-'));
  try {
    writeFileSync(join(dir, 'story.tml'), STORY);
    const r = await dateForEval.run({ timeml: dir }, []);
    // "fired" is a past act of a sentence with no day, on Friday by its link to "clashed"; "remains" is present
    assert.deepEqual(r.narrative, { events: 1, reached: 1, publication: 0, narrative: 1, publicationRate: 0, narrativeRate: 1 });
    assert.match(dateForEval.table(r), /the day the story has reached/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
