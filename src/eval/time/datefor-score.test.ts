import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { countDateFor, emptyDateForCounts, summariseDateFor } from './datefor-score.js';
import { readTimeML } from './timeml.js';

// Written for this test: one link of each kind the count must tell apart.
const ARTICLE = `<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-01-14" temporalFunction="false" functionInDocument="CREATION_TIME">2025-01-14</TIMEX3></DCT>
<TEXT>
The mayor <EVENT eid="e1" class="REPORTING">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2025-01-13">Monday</TIMEX3> that the bridge would <EVENT eid="e2" class="OCCURRENCE">reopen</EVENT> after <TIMEX3 tid="t2" type="DATE" value="2025-03-03">March 3</TIMEX3>.
The council <EVENT eid="e3" class="OCCURRENCE">met</EVENT> for <TIMEX3 tid="t3" type="DURATION" value="PT3H">three hours</TIMEX3> on <TIMEX3 tid="t4" type="DATE" value="2025-01-10">Friday</TIMEX3>.
Repairs <EVENT eid="e4" class="OCCURRENCE">ended</EVENT> on <TIMEX3 tid="t5" type="DATE" value="2025-01-09">Thursday</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei1"/>
<TLINK lid="l3" relType="AFTER" eventInstanceID="ei2" relatedToTime="t2"/>
<TLINK lid="l4" relType="DURING" eventInstanceID="ei3" relatedToTime="t3"/>
<TLINK lid="l5" relType="INCLUDES" timeID="t4" relatedToEventInstance="ei3"/>
<TLINK lid="l6" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t4"/>
<TLINK lid="l7" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t0"/>
<TLINK lid="l8" relType="ENDS" eventInstanceID="ei4" relatedToTime="t5"/>
<TLINK lid="l9" relType="INCLUDES" eventInstanceID="ei4" relatedToTime="t5"/>
</TimeML>`;

const gold = readTimeML(ARTICLE, 'council');
const doc = createAnalyzer(['segment', 'anchor', 'time']).run(new Doc(gold.text, { id: gold.id, published: gold.dct }));

test('dateFor is counted once per same-sentence event–timex pair whose timex the stage finds as a calendar point', () => {
  const counts = emptyDateForCounts();
  countDateFor(counts, gold, doc);
  // Pairs: said/Monday (l1, its converse l2 not again), reopen/March 3, met/three hours, met/Friday,
  // ended/Thursday (l8; l9 is the same pair). said/Friday crosses sentences, met/DCT is the creation time.
  assert.equal(counts.pairs, 5);
  assert.equal(counts.timexNotFound, 1, 'three hours is a duration');
  // said ← Monday and met ← Friday ("t4 INCLUDES ei3" read from the event) are picked; the
  // ending on Thursday is picked though TimeML only ties its end to it; "after March 3" is not.
  assert.deepEqual(summariseDateFor(counts), {
    pairs: 5,
    timexNotFound: 1,
    inclusion: { links: 2, picked: 2, rate: 1 },
    ordering: { links: 2, picked: 1, rate: 0.5 },
    reporting: { inclusion: { links: 1, picked: 1, rate: 1 }, ordering: { links: 0, picked: 0, rate: 0 } },
  });
});

test('a timex dateFor picks counts only when it is the linked one', () => {
  const counts = emptyDateForCounts();
  const first = doc.get('timexes')[0];
  countDateFor(counts, gold, doc, () => first);
  assert.equal(first.value, '2025-01-13');
  assert.deepEqual([counts.inclusion, counts.ordering, counts.reportingInclusion], [
    { links: 2, picked: 1 }, { links: 2, picked: 0 }, { links: 1, picked: 1 },
  ]);
});
