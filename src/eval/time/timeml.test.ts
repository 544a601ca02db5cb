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
