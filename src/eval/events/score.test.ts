import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPetrarchFile } from './petrarch.js';
import { countryOf, goldTypeName, scoreRecord } from './score.js';

/** Records in the PETRARCH validation layout, quirks included (the unit-test file's DEMO-00, MIT). */
const FILE = `<Validation>
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Actorfile>PETR.Validate.actors.txt</Actorfile>
</Environment>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence category="TEST" date="20080804" id="X-1" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
Nothing happened.
</Text>
</Sentence>
<Sentence date="19950101" id="FINAL-RECORD"><EventCoding noevents = "True"></EventCoding><Text>ALL OF THE UNIT TESTS WERE CODED CORRECTLY.</Text></Sentence>
</Validation>`;

test('PETRARCH records are read leniently, without their parse or the sentinel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-petr-'));
  const path = join(dir, 'records.xml');
  writeFileSync(path, FILE);
  const { records, environment } = readPetrarchFile(path);
  assert.deepEqual(environment.Verbfile, ['PETR.Validate.verbs.txt']);
  assert.deepEqual(records.map((r) => [r.id, r.date, r.codings.length]), [['DEMO-00', '1995-01-01', 1], ['X-1', '2008-08-04', 0]]);
  assert.deepEqual(records[0]!.codings[0], { source: 'ARN', target: 'GON', code: '064' });
  assert.equal(records[1]!.text, 'Nothing happened.');
});

test('codings match one to one; a miss says what went wrong', () => {
  const gold = [{ source: 'ARN', target: 'GON', code: '064' }, { source: 'GON', target: 'ARN', code: '064' }];
  const score = scoreRecord(gold, [{ source: 'ARN', target: 'GON', code: '064' }, { source: 'GON', target: 'ARN', code: '061' }, { source: 'ARN', target: 'GON', code: '064' }]);
  assert.equal(score.correct.length, 1);
  assert.deepEqual(score.missed.map((m) => m.cause), ['code wrong, root right']);
  assert.equal(score.falsePositives.length, 2);
});

test('event types in the names of the PLOVER gold records, and country codes', () => {
  assert.equal(goldTypeName('1041', 'REQUEST'), 'DEMAND');
  assert.equal(goldTypeName('112', 'ACCUSE'), 'DISAPPROVE');
  assert.equal(goldTypeName('090', 'ACCUSE'), 'INVESTIGATE');
  assert.equal(goldTypeName('193', 'ASSAULT'), 'FIGHT');
  assert.equal(goldTypeName('180', 'ASSAULT'), 'ASSAULT');
  assert.equal(goldTypeName('062', 'AGREE'), 'AGREE');
  assert.equal(goldTypeName('0813', 'RETREAT'), 'CONCEDE');
  assert.equal(goldTypeName('0814', 'RETREAT'), 'CONCEDE');
  assert.equal(goldTypeName('0841', 'RETREAT'), 'RETREAT');
  assert.equal(goldTypeName('1712', 'ASSAULT'), 'COERCE');
  assert.equal(countryOf('IRQGOV'), 'IRQ');
  assert.equal(countryOf('---GOV'), null);
});
