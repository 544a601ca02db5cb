import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTimeML } from './timeml.js';

const SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>SAMPLE1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
Suspected bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> outside the U.S. embassies <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, AT&amp;T said, <TIMEX3 tid="t2" type="DURATION" value="P2M" mod="LESS_THAN">nearly two months</TIMEX3> later.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="UNKNOWN"/>
</TimeML>`;

test('the reader strips tags, decodes entities and keeps each TIMEX3 as offsets into the plain text', () => {
  const doc = readTimeML(SAMPLE, 'sample');
  assert.equal(doc.dct, '1998-08-07');
  assert.equal(doc.text, '\nSuspected bombs exploded outside the U.S. embassies Friday, AT&T said, nearly two months later.\n');
  assert.deepEqual(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value, t.mod]), [
    ['Friday', 'DATE', '1998-08-07', null],
    ['nearly two months', 'DURATION', 'P2M', 'LESS_THAN'],
  ]);
});

test('a file without a DCT is refused with a coded error', () => {
  assert.throws(() => readTimeML('<TimeML><TEXT>Friday</TEXT></TimeML>', 'bad'), (e: unknown) => (e as { code?: string }).code === 'E_INPUT_FORMAT');
});

test('on real TimeBank files, every gold span slices back to its own text', { skip: !existsSync('../shared/data/tempeval3') && 'needs ../shared/data' }, () => {
  const dir = '../shared/data/tempeval3/TBAQ-cleaned/TimeBank';
  for (const name of readdirSync(dir).slice(0, 5)) {
    const doc = readTimeML(readFileSync(join(dir, name), 'utf8'), name);
    assert.ok(doc.timexes.length > 0, name);
    for (const t of doc.timexes) assert.equal(doc.text.slice(t.start, t.end), t.text);
    assert.ok(!/[<>]/.test(doc.text), `${name} still holds markup`);
  }
});

const LINKED = `<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-01-14" temporalFunction="false" functionInDocument="CREATION_TIME">2025-01-14</TIMEX3></DCT>
<TEXT>
The mayor <EVENT eid="e1" class="REPORTING">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2025-01-13">Monday</TIMEX3> that the bridge would <EVENT eid="e2" class="OCCURRENCE">reopen</EVENT> after <TIMEX3 tid="t2" type="DATE" value="2025-03-03">March 3</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei10" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei11" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei12" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei10" relatedToTime="t1"/>
<TLINK lid="l2" relType="BEFORE" timeID="t2" relatedToEventInstance="ei11"/>
<TLINK lid="l3" relType="DURING" timeID="t1" relatedToEventInstance="ei12"/>
<TLINK lid="l4" relType="AFTER" eventInstanceID="ei10" relatedToEventInstance="ei11"/>
<TLINK lid="l5" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
<TLINK lid="l6" relType="BEFORE" eventInstanceID="ei10" relatedToTime="t0"/>
</TimeML>`;

test('the reader keeps each EVENT with its class and instances, and event–timex TLINKs read from the event', () => {
  const doc = readTimeML(LINKED, 'linked');
  assert.deepEqual(doc.timexes.map((t) => [t.id, t.text]), [['t1', 'Monday'], ['t2', 'March 3']]);
  assert.deepEqual(doc.events.map((e) => [e.id, doc.text.slice(e.start, e.end), e.text, e.class, e.instances]), [
    ['e1', 'said', 'said', 'REPORTING', ['ei10']],
    ['e2', 'reopen', 'reopen', 'OCCURRENCE', ['ei11', 'ei12']],
  ]);
  // "t2 BEFORE ei11" is "ei11 AFTER t2"; DURING stays DURING; event–event and timex–timex links are left out.
  assert.deepEqual(doc.eventTimeLinks, [
    { eventInstance: 'ei10', timex: 't1', relType: 'IS_INCLUDED' },
    { eventInstance: 'ei11', timex: 't2', relType: 'AFTER' },
    { eventInstance: 'ei12', timex: 't1', relType: 'DURING' },
    { eventInstance: 'ei10', timex: 't0', relType: 'BEFORE' },
  ]);
});
